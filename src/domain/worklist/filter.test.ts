import { describe, expect, it } from "vitest";
import { DEFAULT_FILTER, filterToParams, parseWorklistParams, worklistHref } from "./filter";

describe("parseWorklistParams", () => {
  it("gives the default filter for an empty query", () => {
    expect(parseWorklistParams({})).toEqual({
      filter: DEFAULT_FILTER,
      errors: {},
      raw: { from: "", to: "", search: "" },
    });
  });

  it("reads every parameter into a typed filter", () => {
    const { filter, errors } = parseWorklistParams({
      "pham-vi": "cua-phong",
      "trang-thai": "IN_PROCESSING.HANDLING",
      "thu-tuc": "proc_1",
      "don-vi": "unit_1",
      phong: "office_1",
      "can-bo": "user_1",
      "linh-vuc": "field_1",
      kenh: "ONLINE",
      "chi-so-766": "tre-han",
      han: "qua-han",
      "tu-ngay": "1/4/2026",
      "den-ngay": "30/04/2026",
      tim: "  Trần Thị  ",
      "sap-xep": "nhan-moi",
      trang: "3",
    });
    expect(errors).toEqual({});
    expect(filter).toEqual({
      scope: "office",
      status: { kind: "status", status: "IN_PROCESSING", step: "HANDLING" },
      procedureId: "proc_1",
      unitId: "unit_1",
      officeId: "office_1",
      assigneeId: "user_1",
      fieldId: "field_1",
      channel: "ONLINE",
      lost766: "2.1",
      quick: "overdue",
      receivedFrom: "2026-04-01",
      receivedTo: "2026-04-30",
      search: "Trần Thị",
      sort: "receivedDesc",
      page: 3,
      cursor: null,
    });
  });

  it("refuses an unknown Decision 766 indicator with a Vietnamese message, and writes a known one back", () => {
    const parsed = parseWorklistParams({ "chi-so-766": "5.9" });
    expect(parsed.filter.lost766).toBeNull();
    expect(parsed.errors.lost766).toBe("Chỉ số QĐ 766 không hợp lệ.");
    expect(filterToParams({ ...parsed.filter, lost766: "4.2" })).toMatchObject({ "chi-so-766": "chua-so-hoa" });
  });

  it("refuses impossible dates with a Vietnamese message and keeps what was typed", () => {
    const parsed = parseWorklistParams({ "tu-ngay": "31/02/2026", "den-ngay": "2026-04-30" });
    expect(parsed.filter.receivedFrom).toBeNull();
    expect(parsed.filter.receivedTo).toBeNull();
    expect(parsed.errors.from).toMatch(/dd\/mm\/yyyy/);
    expect(parsed.errors.to).toMatch(/dd\/mm\/yyyy/);
    expect(parsed.raw.from).toBe("31/02/2026");
  });

  it("refuses a range that ends before it starts", () => {
    const parsed = parseWorklistParams({ "tu-ngay": "10/04/2026", "den-ngay": "01/04/2026" });
    expect(parsed.errors.to).toMatch(/Đến ngày/);
    expect(parsed.filter.receivedFrom).toBeNull();
  });

  it("ignores unknown values, reporting them", () => {
    const parsed = parseWorklistParams({
      "trang-thai": "HANDLING.IN_PROCESSING",
      kenh: "FAX",
      "pham-vi": "cua-ai",
      "thu-tuc": "x'; drop",
      trang: "-2",
    });
    expect(parsed.filter.status).toEqual({ kind: "active" });
    expect(parsed.filter.channel).toBeNull();
    expect(parsed.filter.scope).toBeNull();
    expect(parsed.filter.procedureId).toBeNull();
    expect(parsed.filter.page).toBe(1);
    expect(Object.keys(parsed.errors).sort()).toEqual(["channel", "procedure", "scope", "status"]);
  });

  it("accepts a step only under IN_PROCESSING, and the special status values", () => {
    expect(parseWorklistParams({ "trang-thai": "RECEIVED.HANDLING" }).errors.status).toBeDefined();
    expect(parseWorklistParams({ "trang-thai": "tat-ca" }).filter.status).toEqual({ kind: "all" });
    expect(parseWorklistParams({ "trang-thai": "WAITING_SUPPLEMENT" }).filter.status).toEqual({
      kind: "status",
      status: "WAITING_SUPPLEMENT",
      step: null,
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseWorklistParams({ han: ["sap-den-han", "qua-han"] }).filter.quick).toBe("dueSoon");
  });
});

describe("filterToParams / worklistHref", () => {
  it("round-trips a filter through its URL", () => {
    const { filter } = parseWorklistParams({
      "pham-vi": "cua-don-vi",
      "trang-thai": "RESULT_READY",
      "tu-ngay": "01/04/2026",
      tim: "LLO-2604",
      trang: "2",
    });
    const params = filterToParams(filter);
    expect(params).toEqual({
      "pham-vi": "cua-don-vi",
      "trang-thai": "RESULT_READY",
      "tu-ngay": "01/04/2026",
      tim: "LLO-2604",
      trang: "2",
    });
    expect(parseWorklistParams(params).filter).toEqual(filter);
  });

  it("goes back to page 1 when a filter changes, and keeps the page otherwise", () => {
    const { filter } = parseWorklistParams({ trang: "4", han: "qua-han" });
    expect(worklistHref("/ho-so", filter)).toBe("/ho-so?han=qua-han&trang=4");
    expect(worklistHref("/ho-so", filter, { quick: "dueSoon" })).toBe("/ho-so?han=sap-den-han");
    expect(worklistHref("/ho-so", filter, { page: 5 })).toBe("/ho-so?han=qua-han&trang=5");
    expect(worklistHref("/ho-so", DEFAULT_FILTER)).toBe("/ho-so");
  });
});
