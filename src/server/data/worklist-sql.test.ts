import { describe, expect, it } from "vitest";
import { classifyPending, defaultWorkingCalendar } from "@/domain/calendar";
import { foldVietnamese } from "@/lib/vietnamese-text";
import { DEFAULT_FILTER, type WorklistFilter } from "./filter";
import {
  buildWorklistPageSql,
  buildWorklistWhere,
  classifySearch,
  deadlineBounds,
  intersectStates,
  resolveScope,
  scopesFor,
  shiftPlaceholders,
  toPlainCondition,
  worklistOrderBy,
  type WorklistScope,
  type WorklistUser,
} from "./query";

const at = (local: string) => new Date(`${local}+07:00`);
const cal = defaultWorkingCalendar({ holidays: [{ date: "2026-04-30", name: "Ngày Giải phóng miền Nam" }, { date: "2026-05-01", name: "Quốc tế Lao động" }] });
const bounds = deadlineBounds(cal, at("2026-04-29T10:00:00"), 1);
const context = { bounds };
const filter = (change: Partial<WorklistFilter> = {}): WorklistFilter => ({ ...DEFAULT_FILTER, ...change });

const officer: WorklistUser = { id: "u_officer", role: "OFFICER", unitId: "ward", officeId: "office_justice" };
const head: WorklistUser = { id: "u_head", role: "DEPARTMENT_HEAD", unitId: "ward", officeId: "office_justice" };
const desk: WorklistUser = { id: "u_desk", role: "RECEPTIONIST", unitId: "ward", officeId: "office_desk" };
const leader: WorklistUser = { id: "u_leader", role: "LEADERSHIP", unitId: "ward", officeId: "office_lead" };
const inspector: WorklistUser = { id: "u_insp", role: "INSPECTOR", unitId: "town", officeId: null };
const admin: WorklistUser = { id: "u_admin", role: "ADMIN", unitId: "town", officeId: null };

describe("scopes", () => {
  it("gives each role its scopes, the first being the default", () => {
    expect(scopesFor(officer)).toEqual(["mine", "office"]);
    expect(scopesFor(head)).toEqual(["mine", "office"]);
    expect(scopesFor(desk)).toEqual(["mine", "unit"]);
    expect(scopesFor(leader)).toEqual(["mine", "unit"]);
    expect(scopesFor(inspector)).toEqual(["unit"]);
    expect(scopesFor(admin)).toEqual([]);
  });

  it("resolves each scope to one indexed column and the states it is about", () => {
    expect(resolveScope(officer, null)).toEqual({ key: "mine", scope: { kind: "assignee", userId: "u_officer" } });
    expect(resolveScope(officer, "office")?.scope).toEqual({ kind: "office", officeId: "office_justice" });
    expect(resolveScope(head, "mine")?.scope).toEqual({ kind: "office", officeId: "office_justice", states: { statuses: ["IN_PROCESSING"], steps: ["AWAITING_HEAD_APPROVAL"] } });
    expect(resolveScope(leader, "mine")?.scope).toEqual({ kind: "deciding", unitId: "ward", states: { statuses: ["IN_PROCESSING"], steps: ["AWAITING_LEADER_APPROVAL"] } });
    expect(resolveScope(desk, "mine")?.scope).toMatchObject({ kind: "received", unitId: "ward" });
    expect(resolveScope(desk, "unit")?.scope).toEqual({ kind: "units", unitIds: ["ward"] });
    expect(resolveScope(inspector, null, ["town", "ward", "other"])?.scope).toEqual({ kind: "units", unitIds: ["town", "ward", "other"] });
  });

  it("refuses scopes a role does not have", () => {
    expect(resolveScope(officer, "unit")).toBeNull();
    expect(resolveScope(inspector, "mine")).toBeNull();
    expect(resolveScope(admin, null)).toBeNull();
    expect(resolveScope({ ...officer, officeId: null }, null)).toBeNull();
  });
});

describe("intersectStates", () => {
  it("narrows statuses and steps", () => {
    expect(intersectStates({ statuses: ["IN_PROCESSING", "RECEIVED"], steps: null }, { statuses: ["IN_PROCESSING"], steps: ["HANDLING"] })).toEqual({ statuses: ["IN_PROCESSING"], steps: ["HANDLING"] });
    expect(intersectStates({ statuses: ["IN_PROCESSING"], steps: ["HANDLING"] }, { statuses: ["IN_PROCESSING"], steps: ["AWAITING_HEAD_APPROVAL"] })).toEqual({ statuses: [], steps: null });
    expect(intersectStates({ statuses: ["RECEIVED"], steps: null }, { statuses: ["IN_PROCESSING", "RECEIVED"], steps: ["HANDLING"] })).toEqual({ statuses: ["RECEIVED"], steps: null });
  });
});

describe("deadlineBounds", () => {
  it("ends 'due soon' at midnight after the N-th working day, skipping holidays", () => {
    // Wed 29/04/2026; 30/04 and 01/05 are holidays, then the weekend: the next working day is Mon 04/05.
    expect(bounds.horizon).toBe("2026-05-04");
    expect(bounds.dueSoonBefore).toEqual(at("2026-05-05T00:00:00"));
  });

  it("agrees with classifyPending on both sides of each bound", () => {
    const now = bounds.now;
    const sqlClass = (appointment: Date) => (appointment < now ? "OVERDUE" : appointment < bounds.dueSoonBefore ? "DUE_SOON" : "WITHIN");
    for (const appointment of [at("2026-04-29T09:59:59"), now, at("2026-04-29T17:00:00"), at("2026-05-04T17:00:00"), at("2026-05-04T23:59:59"), at("2026-05-05T00:00:00"), at("2026-05-05T17:00:00")]) {
      expect(sqlClass(appointment)).toBe(classifyPending(cal, appointment, now, 1));
    }
  });
});

describe("search", () => {
  it("folds Vietnamese like lower(translate(…)) does", () => {
    expect(foldVietnamese("Trần Thị Bình")).toBe("tran thi binh");
    expect(foldVietnamese("ĐẶNG VĂN ƯỚC")).toBe("dang van uoc");
    expect(foldVietnamese("Nguyễn  Hữu   Đức")).toBe("nguyen huu duc");
  });

  it("tells a dossier code from a name", () => {
    expect(classifySearch("llo-260423-0001")).toEqual({ kind: "code", code: "LLO-260423-0001", exact: true });
    expect(classifySearch("LLO-2604")).toEqual({ kind: "code", code: "LLO-2604", exact: false });
    expect(classifySearch("W0F2D0D-260420-0001")).toEqual({ kind: "code", code: "W0F2D0D-260420-0001", exact: true });
    expect(classifySearch("Bình")).toEqual({ kind: "name", folded: "binh" });
  });
});

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
    expect(where.text).toContain(`lower(translate(d."applicantName", $8, $9)) LIKE $10`);
    expect(where.values[9]).toBe("%binh\\_\\%%");
    const code = buildWorklistWhere({ kind: "assignee", userId: "u" }, filter({ search: "LLO-2604" }), context)!;
    expect(code.text).toContain(`d."code" LIKE $3`);
    expect(code.values[2]).toBe("LLO-2604%");
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
