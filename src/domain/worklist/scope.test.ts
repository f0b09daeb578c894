import { describe, expect, it } from "vitest";
import { classifyPending, defaultWorkingCalendar } from "@/domain/calendar";
import { foldVietnamese } from "@/lib/vietnamese-text";
import { classifySearch, deadlineBounds, intersectStates, resolveScope, scopesFor, type WorklistUser } from "./scope";

const at = (local: string) => new Date(`${local}+07:00`);
const cal = defaultWorkingCalendar({
  holidays: [
    { date: "2026-04-30", name: "Ngày Giải phóng miền Nam" },
    { date: "2026-05-01", name: "Quốc tế Lao động" },
  ],
});
const bounds = deadlineBounds(cal, at("2026-04-29T10:00:00"), 1);

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
    expect(resolveScope(head, "mine")?.scope).toEqual({
      kind: "office",
      officeId: "office_justice",
      states: { statuses: ["IN_PROCESSING"], steps: ["AWAITING_HEAD_APPROVAL"] },
    });
    expect(resolveScope(leader, "mine")?.scope).toEqual({
      kind: "deciding",
      unitId: "ward",
      states: { statuses: ["IN_PROCESSING"], steps: ["AWAITING_LEADER_APPROVAL"] },
    });
    expect(resolveScope(desk, "mine")?.scope).toMatchObject({ kind: "received", unitId: "ward" });
    expect(resolveScope(desk, "unit")?.scope).toEqual({ kind: "units", unitIds: ["ward"] });
    expect(resolveScope(inspector, null, ["town", "ward", "other"])?.scope).toEqual({
      kind: "units",
      unitIds: ["town", "ward", "other"],
    });
  });

  it("gives leaders their reach (the units below and the units theirs continues) in the unit scope", () => {
    expect(resolveScope(leader, "unit", ["ward", "old-ward"])?.scope).toEqual({
      kind: "units",
      unitIds: ["ward", "old-ward"],
    });
    // the desk keeps its own unit whatever it is passed
    expect(resolveScope(desk, "unit", ["ward", "other"])?.scope).toEqual({ kind: "units", unitIds: ["ward"] });
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
    expect(
      intersectStates(
        { statuses: ["IN_PROCESSING", "RECEIVED"], steps: null },
        { statuses: ["IN_PROCESSING"], steps: ["HANDLING"] },
      ),
    ).toEqual({ statuses: ["IN_PROCESSING"], steps: ["HANDLING"] });
    expect(
      intersectStates(
        { statuses: ["IN_PROCESSING"], steps: ["HANDLING"] },
        { statuses: ["IN_PROCESSING"], steps: ["AWAITING_HEAD_APPROVAL"] },
      ),
    ).toEqual({ statuses: [], steps: null });
    expect(
      intersectStates(
        { statuses: ["RECEIVED"], steps: null },
        { statuses: ["IN_PROCESSING", "RECEIVED"], steps: ["HANDLING"] },
      ),
    ).toEqual({ statuses: ["RECEIVED"], steps: null });
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
    const sqlClass = (appointment: Date) =>
      appointment < now ? "OVERDUE" : appointment < bounds.dueSoonBefore ? "DUE_SOON" : "WITHIN";
    for (const appointment of [
      at("2026-04-29T09:59:59"),
      now,
      at("2026-04-29T17:00:00"),
      at("2026-05-04T17:00:00"),
      at("2026-05-04T23:59:59"),
      at("2026-05-05T00:00:00"),
      at("2026-05-05T17:00:00"),
    ]) {
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
