import { describe, expect, it } from "vitest";
import { defaultWorkingCalendar } from "@/domain/calendar";
import { DEFAULT_FILTER, deadlineBounds, resolveScope, type WorklistFilter, type WorklistScope, type WorklistUser } from "@/domain/worklist";
import { SORT_KEYS, reversedKey, type WorklistCursor } from "@/domain/worklist";
import { buildWorklistPageSql, buildWorklistWhere, keysetAfter, listOrder, shiftPlaceholders, toPlainCondition, worklistOrderBy } from "./worklist-sql";

const at = (local: string) => new Date(`${local}+07:00`);
const cal = defaultWorkingCalendar({ holidays: [{ date: "2026-04-30", name: "Ngày Giải phóng miền Nam" }, { date: "2026-05-01", name: "Quốc tế Lao động" }] });
const bounds = deadlineBounds(cal, at("2026-04-29T10:00:00"), 1);
const context = { bounds };
const filter = (change: Partial<WorklistFilter> = {}): WorklistFilter => ({ ...DEFAULT_FILTER, ...change });

const head: WorklistUser = { id: "u_head", role: "DEPARTMENT_HEAD", unitId: "ward", officeId: "office_justice" };
const desk: WorklistUser = { id: "u_desk", role: "RECEPTIONIST", unitId: "ward", officeId: "office_desk" };

describe("buildWorklistWhere", () => {
  const officeScope: WorklistScope = { kind: "office", officeId: "office_justice" };

  it("starts with the scope column and the status (the index's leading columns)", () => {
    const where = buildWorklistWhere(officeScope, filter(), context)!;
    expect(where.text).toBe(`d."handlingOfficeId" = $1 AND d."status" = ANY($2::"DossierStatus"[])`);
    expect(where.values).toEqual(["office_justice", ["REGISTERED_ONLINE", "RECEIVED", "IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL", "RESULT_READY"]]);
  });

  it("makes overdue and due soon ranges on appointmentAt over the pending statuses", () => {
    const overdue = buildWorklistWhere(officeScope, filter({ quick: "overdue" }), context)!;
    expect(overdue.text).toContain(`d."appointmentAt" < $3::timestamp(3)`);
    expect(overdue.values[1]).toEqual(["RECEIVED", "IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL"]);
    expect(overdue.values[2]).toBe(bounds.now.toISOString());
    const dueSoon = buildWorklistWhere(officeScope, filter({ quick: "dueSoon" }), context)!;
    expect(dueSoon.text).toContain(`d."appointmentAt" >= $3::timestamp(3) AND d."appointmentAt" < $4::timestamp(3)`);
    expect(dueSoon.values.slice(2)).toEqual([bounds.now.toISOString(), "2026-05-04T17:00:00.000Z"]);
  });

  it("translates the early warning's 'cần xin lỗi' condition into SQL on the same columns, and nothing without it", () => {
    const horizon = at("2026-05-04T17:00:00");
    const apologyDue = toPlainCondition({ status: { in: ["RECEIVED", "IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL"] }, rescheduleCount: 0, appointmentAt: { lte: horizon } });
    const where = buildWorklistWhere(officeScope, filter({ quick: "apologyDue" }), { ...context, apologyDue })!;
    expect(where.text).toBe(`d."handlingOfficeId" = $1 AND d."status" = ANY($2::"DossierStatus"[]) AND d."rescheduleCount" = $3::int AND d."appointmentAt" <= $4::timestamp(3)`);
    expect(where.values.slice(1)).toEqual([["RECEIVED", "IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL"], 0, horizon.toISOString()]);
    // The condition's statuses narrow the list's own status filter.
    const narrowed = toPlainCondition({ status: { in: ["IN_PROCESSING"] }, appointmentAt: { lt: horizon } });
    const one = buildWorklistWhere(officeScope, filter({ quick: "apologyDue" }), { ...context, apologyDue: narrowed })!;
    expect(one.text).toBe(`d."handlingOfficeId" = $1 AND d."status" = $2::"DossierStatus" AND d."appointmentAt" < $3::timestamp(3)`);
    expect(buildWorklistWhere(officeScope, filter({ quick: "apologyDue" }), context)).toBeNull();
    expect(buildWorklistPageSql(officeScope, filter({ quick: "apologyDue" }), { ...context, apologyDue }, 25)?.text).toContain(`d."rescheduleCount" = $`);
  });

  it("refuses early-warning conditions it cannot translate faithfully", () => {
    expect(() => toPlainCondition({ assigneeId: "x" })).toThrow(/Unsupported predicate/);
    expect(() => toPlainCondition({ appointmentAt: { not: null } })).toThrow(/Unsupported appointmentAt bound/);
    expect(() => toPlainCondition({ status: "IN_PROCESSING" })).toThrow(/Unsupported predicate/);
  });

  it("counts 'chờ bổ sung' as one status", () => {
    const where = buildWorklistWhere(officeScope, filter({ quick: "waitingSupplement" }), context)!;
    expect(where.text).toBe(`d."handlingOfficeId" = $1 AND d."status" = $2::"DossierStatus"`);
    expect(where.values).toEqual(["office_justice", "WAITING_SUPPLEMENT"]);
  });

  it("narrows a head's 'của tôi' to what awaits their approval, and to nothing for another status", () => {
    const scope = resolveScope(head, "mine")!.scope;
    const where = buildWorklistWhere(scope, filter(), context)!;
    expect(where.text).toBe(`d."handlingOfficeId" = $1 AND d."status" = $2::"DossierStatus" AND d."processingStep" = ANY($3::"ProcessingStep"[])`);
    expect(where.values).toEqual(["office_justice", "IN_PROCESSING", ["AWAITING_HEAD_APPROVAL"]]);
    expect(buildWorklistWhere(scope, filter({ status: { kind: "status", status: "RESULT_READY", step: null } }), context)).toBeNull();
    expect(buildWorklistWhere(scope, filter({ quick: "waitingSupplement" }), context)).toBeNull();
  });

  it("keeps other statuses when a step filter meets several statuses", () => {
    const where = buildWorklistWhere({ kind: "assignee", userId: "u" }, filter({ status: { kind: "all" } }), context)!;
    expect(where.text).toBe(`d."assigneeId" = $1 AND d."status" = ANY($2::"DossierStatus"[])`);
    const deskWhere = buildWorklistWhere(resolveScope(desk, "mine")!.scope, filter(), context)!;
    expect(deskWhere.text).toBe(`d."receivedUnitId" = $1 AND d."status" = ANY($2::"DossierStatus"[])`);
    expect(deskWhere.values[1]).toEqual(["REGISTERED_ONLINE", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL", "RESULT_READY"]);
  });

  it("reads a unit as received or deciding, for every readable unit", () => {
    const where = buildWorklistWhere({ kind: "units", unitIds: ["a", "b"] }, filter(), context)!;
    expect(where.text.startsWith(`(d."receivedUnitId" = ANY($1::text[]) OR d."decidingUnitId" = ANY($1::text[]))`)).toBe(true);
    expect(where.values[0]).toEqual(["a", "b"]);
    expect(buildWorklistWhere({ kind: "units", unitIds: [] }, filter(), context)).toBeNull();
  });

  it("adds procedure, field, channel, Vietnamese-day bounds and the search", () => {
    const where = buildWorklistWhere(
      { kind: "assignee", userId: "u" },
      filter({ procedureId: "p", fieldId: "f", channel: "POSTAL", receivedFrom: "2026-04-01", receivedTo: "2026-04-30", search: "Bình_%" }),
      context,
    )!;
    expect(where.text).toContain(`d."procedureId" = $3`);
    expect(where.text).toContain(`d."fieldId" = $4`);
    expect(where.text).toContain(`d."channel" = $5::"Channel"`);
    expect(where.text).toContain(`d."receivedAt" >= $6::timestamp(3) AND d."receivedAt" < $7::timestamp(3)`);
    expect(where.values.slice(2, 7)).toEqual(["p", "f", "POSTAL", "2026-03-31T17:00:00.000Z", "2026-04-30T17:00:00.000Z"]);
    expect(where.text).toContain(`d."applicantNameFolded" LIKE $8`);
    expect(where.values[7]).toBe("%binh\\_\\%%");
    const code = buildWorklistWhere({ kind: "assignee", userId: "u" }, filter({ search: "LLO-2604" }), context)!;
    // LIKE decides; the range lets the code's B-tree read only the prefix (digits and "-" sort before "Z").
    expect(code.text).toContain(`d."code" LIKE $3 AND d."code" >= $4 AND d."code" < $5`);
    expect(code.values.slice(2)).toEqual(["LLO-2604%", "LLO-2604", "LLO-2604Z"]);
    const exact = buildWorklistWhere({ kind: "assignee", userId: "u" }, filter({ search: "LLO-260423-0001" }), context)!;
    expect(exact.text).toContain(`d."code" = $3`);
  });
});

describe("ordering", () => {
  it("sorts by appointment (paused last) or receipt, the code breaking ties", () => {
    expect(worklistOrderBy("appointmentAsc")).toBe(`d."appointmentAt" ASC NULLS LAST, d."code" ASC`);
    expect(worklistOrderBy("receivedDesc")).toBe(`d."receivedAt" DESC NULLS LAST, d."code" DESC`);
  });

  it("shifts placeholders", () => {
    expect(shiftPlaceholders("a = $1 AND b = $12", 3)).toBe("a = $4 AND b = $15");
  });
});

describe("buildWorklistPageSql", () => {
  it("merges one ordered index range per (scope value, status) when sorted by appointment", () => {
    const page = buildWorklistPageSql({ kind: "units", unitIds: ["ward"] }, filter({ status: { kind: "all" }, page: 3 }), context, 25)!;
    expect(page.text).toContain(`FROM unnest($1::text[]) AS scope_value(id) CROSS JOIN unnest($2::"DossierStatus"[]) AS state(status) CROSS JOIN LATERAL`);
    expect(page.text).toContain(`d."receivedUnitId" = scope_value.id AND d."status" = state.status`);
    expect(page.text).toContain(`d."decidingUnitId" = scope_value.id AND d."status" = state.status`);
    expect(page.text).toContain("SELECT DISTINCT ON (arm.id)");
    // each arm stops after offset + page + 1 rows; the outer query takes page + 1 from the offset
    expect(page.values).toEqual([["ward"], expect.any(Array), 76, 26, 50]);
    const single = buildWorklistPageSql({ kind: "assignee", userId: "u" }, filter(), context, 25)!;
    expect(single.text).not.toContain("DISTINCT ON");
    expect(single.text).toContain(`ORDER BY d."appointmentAt" ASC NULLS LAST, d."code" ASC LIMIT $3`);
  });

  it("uses the plain predicate for receipt order and name searches, and nothing when nothing can match", () => {
    const received = buildWorklistPageSql({ kind: "office", officeId: "o" }, filter({ sort: "receivedDesc" }), context, 25)!;
    expect(received.text).toContain(`WHERE d."handlingOfficeId" = $1 AND d."status" = ANY($2::"DossierStatus"[])`);
    expect(received.text).not.toContain("LATERAL");
    expect(buildWorklistPageSql({ kind: "office", officeId: "o" }, filter({ search: "Bình" }), context, 25)!.text).not.toContain("LATERAL");
    expect(buildWorklistPageSql(resolveScope(head, "mine")!.scope, filter({ quick: "waitingSupplement" }), context, 25)).toBeNull();
  });
});

describe("keyset pages (docs/worklists.md \"Pages\")", () => {
  const params = () => {
    const values: unknown[] = [];
    return { values, param: (value: unknown) => (values.push(value), `$${values.length}`) };
  };

  it("after a dated row: later dates or the same date and a later code, and (nulls last) every undated row", () => {
    const { values, param } = params();
    expect(keysetAfter(SORT_KEYS.appointmentAsc, "2026-05-04T10:00:00.000Z", "PST-260420-0012", param)).toEqual({
      dated: `(d."appointmentAt", d."code") > ($2::timestamp(3), $1)`,
      undated: `d."appointmentAt" IS NULL`,
    });
    expect(values).toEqual(["PST-260420-0012", "2026-05-04T10:00:00.000Z"]);
    // Descending with nulls first: the undated rows came before, none follows.
    expect(keysetAfter(SORT_KEYS.appointmentDesc, "2026-05-04T10:00:00.000Z", "PST-1", params().param)).toEqual({
      dated: `(d."appointmentAt", d."code") < ($2::timestamp(3), $1)`,
      undated: null,
    });
  });

  it("after an undated row: only undated rows with a later code (nulls last), or those and every dated row (nulls first)", () => {
    expect(keysetAfter(SORT_KEYS.receivedDesc, null, "PST-1", params().param)).toEqual({ dated: null, undated: `d."receivedAt" IS NULL AND d."code" < $1` });
    expect(keysetAfter(SORT_KEYS.appointmentDesc, null, "PST-1", params().param)).toEqual({
      dated: `d."appointmentAt" IS NOT NULL`,
      undated: `d."appointmentAt" IS NULL AND d."code" < $1`,
    });
    // "Trang trước" of the default list is the descending order read from the cursor.
    expect(keysetAfter(reversedKey(SORT_KEYS.appointmentAsc), null, "PST-1", params().param).dated).toBe(`d."appointmentAt" IS NOT NULL`);
  });

  const next: WorklistCursor = { sort: "appointmentAsc", direction: "next", page: 9, at: "2026-05-04T10:00:00.000Z", code: "PST-260420-0012" };

  it("reads each (scope, status) index range from the cursor, dated and undated apart, without OFFSET", () => {
    const page = buildWorklistPageSql({ kind: "office", officeId: "o" }, filter({ page: 9, cursor: next }), context, 25)!;
    expect(page.text).toContain(`d."handlingOfficeId" = scope_value.id AND d."status" = state.status AND (d."appointmentAt", d."code") > ($5::timestamp(3), $4) ORDER BY d."appointmentAt" ASC NULLS LAST, d."code" ASC LIMIT $3`);
    expect(page.text).toContain(`d."handlingOfficeId" = scope_value.id AND d."status" = state.status AND d."appointmentAt" IS NULL ORDER BY`);
    expect(page.text).toContain(" UNION ALL ");
    // arm limit = one page + 1 (not offset + page), outer OFFSET 0
    expect(page.values).toEqual([["o"], expect.any(Array), 26, "PST-260420-0012", "2026-05-04T10:00:00.000Z", 26, 0]);
  });

  it("reads a previous page backwards from the cursor", () => {
    const page = buildWorklistPageSql({ kind: "office", officeId: "o" }, filter({ page: 8, cursor: { ...next, direction: "previous" } }), context, 25)!;
    expect(page.text).toContain(`(d."appointmentAt", d."code") < ($5::timestamp(3), $4) ORDER BY d."appointmentAt" DESC NULLS FIRST, d."code" DESC`);
    expect(page.text).not.toContain(`"appointmentAt" IS NULL ORDER BY`); // undated rows all lie after a dated cursor
  });

  it("adds the keyset to the plain predicate of receipt order and searches", () => {
    const cursor: WorklistCursor = { ...next, sort: "receivedDesc", at: null };
    const page = buildWorklistPageSql({ kind: "office", officeId: "o" }, filter({ sort: "receivedDesc", search: "Bình", page: 9, cursor }), context, 25)!;
    expect(page.text).toContain(`d."applicantNameFolded" LIKE $3 AND ((d."receivedAt" IS NULL AND d."code" < $4))`);
    expect(page.values.slice(3)).toEqual(["PST-260420-0012", 26, 0]);
    // the last undated row of an ascending list: nothing follows
    expect(buildWorklistPageSql({ kind: "office", officeId: "o" }, filter({ sort: "receivedAsc", page: 9, cursor: { ...cursor, sort: "receivedAsc" } }), context, 25)!.text).toContain(`d."receivedAt" IS NULL AND d."code" > $`);
  });

  it("lists a code-prefix search by code, newest first, read backwards along the code's B-tree, whatever the sort", () => {
    expect(listOrder(filter({ search: "PST-2610" }))).toEqual({ column: null, descending: true, nullsFirst: false });
    expect(listOrder(filter({ search: "PST-261015-0001" }))).toEqual(listOrder(filter())); // an exact code: one row
    expect(listOrder(filter({ search: "Bình", sort: "receivedDesc" })).column).toBe("receivedAt");
    const page = buildWorklistPageSql({ kind: "units", unitIds: ["ward"] }, filter({ search: "PST-2610", status: { kind: "all" } }), context, 25)!;
    expect(page.text).not.toContain("LATERAL");
    expect(page.text).toContain(`ORDER BY d."code" DESC LIMIT`);
    // The scope only filters the prefix's codes: written so that no index reads it (no bitmap of the whole unit).
    expect(page.text).toContain(`ARRAY[d."receivedUnitId", d."decidingUnitId"] && $1::text[]`);
    expect(buildWorklistWhere({ kind: "office", officeId: "o" }, filter({ search: "PST-2610" }), context)!.text).toMatch(/^d\."handlingOfficeId" IS NOT DISTINCT FROM \$1 /);
    expect(buildWorklistWhere({ kind: "office", officeId: "o" }, filter({ search: "Bình" }), context)!.text).toMatch(/^d\."handlingOfficeId" = \$1 /);
    const next = buildWorklistPageSql(
      { kind: "units", unitIds: ["ward"] },
      filter({ search: "PST-2610", page: 2, cursor: { sort: "appointmentAsc", direction: "next", page: 2, at: null, code: "PST-261020-0003" } }),
      context,
      25,
    )!;
    expect(next.text).toContain(`AND ((d."code" < $`);
    expect(next.values).toContain("PST-261020-0003");
  });
});

