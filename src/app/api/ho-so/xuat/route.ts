// GET /api/ho-so/xuat?<the worklist's own parameters>: the filtered worklist (every page, up to EXPORT_MAX_ROWS) as
// .xlsx, with the same parser, the same scope and the same order as the screen /ho-so. It carries applicants' names,
// so each export writes one personal-data read (the unit, the filter and the row count; never the names).
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { filterToParams, parseWorklistParams } from "@/domain/worklist";
import { buildWorklistWorkbook, worklistFileName } from "@/features/worklists/worklist-workbook";
import { worklistExportName } from "@/features/worklists/worklist-export-name";
import { readableUnitIds } from "@/server/auth/guard";
import { recordPersonalDataRead } from "@/server/data/audit";
import { EXPORT_MAX_ROWS, loadWorklistExport } from "@/server/data/worklists";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The worklist's parser, as a schema: its messages become the 400 answer. */
const worklistQuery = z.record(z.string(), z.string()).transform((params, ctx) => {
  const { filter, errors } = parseWorklistParams(params);
  for (const [field, message] of Object.entries(errors))
    if (message) ctx.addIssue({ code: "custom", path: [field], message });
  return filter;
});

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/ho-so/xuat"],
  query: worklistQuery,
  messages: {
    unauthenticated: "Xin vui lòng đăng nhập để xuất danh sách hồ sơ.",
    forbidden: "Tài khoản của ông/bà không có danh sách hồ sơ để xuất.",
  },
  run: async ({ user, query: filter }) => {
    const readable =
      user.role === "INSPECTOR" || user.role === "LEADERSHIP" ? await readableUnitIds(user) : [user.unitId];
    const list = await loadWorklistExport(user, filter, { readableUnitIds: readable });
    if (!list) return null;
    const generatedAt = new Date();
    await recordPersonalDataRead(
      user,
      "personal_data.export_worklist",
      { entity: "AdministrativeUnit", unitId: user.unitId },
      { scope: list.scopeKey, ...filterToParams({ ...filter, page: 1, cursor: null }), rows: list.rows.length },
    );
    const names = await worklistExportName(list.scopeKey, filter);
    const body = await buildWorklistWorkbook(list.rows, {
      listName: names.listName,
      filters: names.filters,
      generatedAt,
      truncatedAt: list.truncated ? EXPORT_MAX_ROWS : null,
    });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${worklistFileName(generatedAt)}"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
