import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, RowHeader, numClass, type ColumnEntry } from "./data-table";

const render = (props: Partial<Parameters<typeof DataTable>[0]> & { columns: readonly ColumnEntry[] }) =>
  renderToStaticMarkup(h(DataTable, { caption: "Hồ sơ hôm nay", ...props }));

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe("DataTable", () => {
  it("names its scroll region after the caption unless a label is given", () => {
    expect(render({ columns: ["Mã hồ sơ"] })).toContain('role="region" aria-label="Hồ sơ hôm nay"');
    expect(render({ columns: ["Mã hồ sơ"], label: "Hôm nay" })).toContain('aria-label="Hôm nay"');
  });

  it("leaves out false and null columns, and the empty row spans only the columns shown", () => {
    const decides = false;
    const html = render({
      columns: ["Số", null, { header: "In", hidden: true }, decides && { header: "Ký duyệt", hidden: true }],
      empty: "Chưa có phiếu.",
    });
    expect(count(html, /<th scope="col"/g)).toBe(2);
    expect(html).not.toContain("Ký duyệt");
    expect(html).toContain('<td colSpan="2"');
    expect(html).toContain('<span class="sr-only">In</span>');
  });

  it("right-aligns numeric columns and marks the sorted one with aria-sort", () => {
    const html = render({ columns: ["Đơn vị", { header: "Trễ hạn", numeric: true, sort: "descending" }] });
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right[^"]*" aria-sort="descending">Trễ hạn<\/th>/);
    expect(count(html, /aria-sort/g)).toBe(1);
  });

  it("puts the rows in tbody, hides the caption on request and renders totals in tfoot", () => {
    const html = renderToStaticMarkup(
      h(
        DataTable,
        {
          caption: "Theo trạng thái",
          captionHidden: true,
          columns: ["Trạng thái", { header: "Số hồ sơ", numeric: true }],
          foot: h("tr", null, h(RowHeader, null, "Tổng"), h("td", { className: numClass }, "3")),
          testId: "by-state",
        },
        h("tr", { key: "a" }, h(RowHeader, null, "Đang giải quyết"), h("td", { className: numClass }, "3")),
      ),
    );
    expect(html).toContain('<caption class="sr-only">Theo trạng thái</caption>');
    expect(html).toContain('data-testid="by-state"');
    expect(html).toMatch(/<tbody[^>]*><tr><th scope="row"[^>]*>Đang giải quyết<\/th>/);
    expect(html).toMatch(/<tfoot[^>]*><tr><th scope="row"[^>]*>Tổng<\/th>/);
  });
});
