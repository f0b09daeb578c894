import { beforeAll, describe, expect, it } from "vitest";
import { classifyPending } from "../../src/domain/calendar";
import { DEFAULT_FILTER, type WorklistFilter } from "../../src/domain/worklist";
import { getCurrentCalendar, getSetting } from "../../src/server/data/calendar";
import { warningCounts } from "../../src/server/data/early-warning";
import ExcelJS from "exceljs";
import { buildWorklistWorkbook, WORKLIST_HEADER_ROW } from "../../src/features/worklists/worklist-workbook";
import {
  loadFilterChoices,
  loadOfficeWorkload,
  loadReassignable,
  loadWorklist,
  loadWorklistExport,
  type WorklistPage,
} from "../../src/server/data/worklists";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import {
  act,
  at,
  type Command,
  createTestWorld,
  intakeFor,
  type Sessions,
  sessionsOf,
  type TestWorld,
} from "../support/fixtures";

// Times in Asia/Ho_Chi_Minh. "Now" for the lists is Mon 11/05/2026 09:00, after every registration below.
const NOW = at("2026-05-11T09:00:00");
const filter = (change: Partial<WorklistFilter> = {}): WorklistFilter => ({ ...DEFAULT_FILTER, ...change });

describe("worklists against PostgreSQL", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  const codes = {
    assigned: [] as string[],
    unassigned: [] as string[],
    supplement: "",
    awaitingHead: "",
    other: [] as string[],
    same: [] as string[],
  };

  const list = (
    user: keyof typeof as,
    change: Partial<WorklistFilter> = {},
    options: { pageSize?: number; readableUnitIds?: string[] } = {},
  ) => loadWorklist(as[user], filter(change), { now: NOW, ...options }) as Promise<WorklistPage>;
  const codesOf = (page: WorklistPage) => page.rows.map((row) => row.code);

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    const run = (user: keyof typeof as, id: string, command: Command, when: string) =>
      act(db, as[user], id, command, when);
    // Received on different days, so that at NOW some are overdue, some due soon and some within their deadline.
    const days = [
      "2026-04-20",
      "2026-04-27",
      "2026-04-29",
      "2026-05-04",
      "2026-05-05",
      "2026-05-06",
      "2026-05-07",
      "2026-05-08",
    ];
    for (const [index, day] of days.entries()) {
      const name = index % 2 === 0 ? "Trần Thị Bình" : "Lê Văn Đức";
      const registered = await registerDossier(
        as.receptionist,
        intakeFor(world, { applicantName: name, channel: index === 3 ? "POSTAL" : "DIRECT" }),
        at(`${day}T08:00:00`),
      );
      if (index < 5) {
        await run("head", registered.id, { type: "assign", officerId: world.users.officer.id }, `${day}T09:00:00`);
        codes.assigned.push(registered.code);
      } else {
        codes.unassigned.push(registered.code);
      }
    }
    // One waits for a supplement (paused), one awaits the head's approval.
    const supplement = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T10:00:00"));
    await run("head", supplement.id, { type: "assign", officerId: world.users.officer.id }, "2026-05-04T10:30:00");
    await run(
      "officer",
      supplement.id,
      { type: "request_supplement", reason: "Thiếu giấy xác nhận tình trạng hôn nhân" },
      "2026-05-05T09:00:00",
    );
    codes.supplement = supplement.code;
    const awaitingHead = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T11:00:00"));
    await run(
      "head",
      awaitingHead.id,
      { type: "assign", officerId: world.users.secondOfficer.id },
      "2026-05-04T11:30:00",
    );
    await run(
      "secondOfficer",
      awaitingHead.id,
      { type: "submit_for_approval", resultKind: "GRANTED" },
      "2026-05-05T11:00:00",
    );
    codes.awaitingHead = awaitingHead.code;
    // Seven received at the same instant: equal appointments, so only the tie-breaker orders them.
    for (let index = 0; index < 7; index++) {
      codes.same.push(
        (
          await registerDossier(
            as.receptionist,
            intakeFor(world, { applicantName: `Phạm Minh Châu ${index}` }),
            at("2026-05-06T14:00:00"),
          )
        ).code,
      );
    }
    // Another ward's dossiers, same procedure, same applicant name.
    for (const day of ["2026-05-04", "2026-05-06"]) {
      codes.other.push((await registerDossier(as.otherReceptionist, intakeFor(world), at(`${day}T08:00:00`))).code);
    }
  });

  it("shows an officer only the dossiers assigned to them, and their office's dossiers", async () => {
    const mine = await list("officer");
    expect(mine.scopeKey).toBe("mine");
    expect(new Set(codesOf(mine))).toEqual(new Set([...codes.assigned, codes.supplement]));
    const office = await list("officer", { scope: "office" });
    expect(new Set(codesOf(office))).toEqual(
      new Set([...codes.assigned, ...codes.unassigned, codes.supplement, codes.awaitingHead, ...codes.same]),
    );
    for (const page of [mine, office])
      for (const code of codesOf(page)) expect(code.startsWith(`${world.ward.code}-`)).toBe(true);
  });

  it("never shows another ward's dossiers, nor another office's", async () => {
    const other = await list("otherOfficer", { scope: "office" });
    expect(new Set(codesOf(other))).toEqual(new Set(codes.other));
    expect((await list("landOfficer", { scope: "office" })).rows).toEqual([]);
    expect((await list("otherReceptionist", { scope: "unit" })).rows.map((row) => row.code).sort()).toEqual(
      [...codes.other].sort(),
    );
    // Not even through a search for the other ward's exact code.
    expect((await list("officer", { scope: "office", search: codes.other[0]!, status: { kind: "all" } })).rows).toEqual(
      [],
    );
  });

  it("gives a head the dossiers awaiting their approval, and the desk its own to-do", async () => {
    expect(codesOf(await list("head"))).toEqual([codes.awaitingHead]);
    expect(codesOf(await list("receptionist"))).toEqual([codes.supplement]);
    expect((await list("leader")).rows).toEqual([]);
    expect(await loadWorklist(as.admin, filter(), { now: NOW })).toBeNull();
    expect(await loadWorklist(as.officer, filter({ scope: "unit" }), { now: NOW })).toBeNull();
  });

  it("lets an inspector read every unit below theirs", async () => {
    const page = await list(
      "inspector",
      {},
      { readableUnitIds: [world.town.id, world.ward.id, world.otherWard.id], pageSize: 100 },
    );
    expect(page.scopeKey).toBe("unit");
    expect(new Set(codesOf(page))).toEqual(
      new Set([
        ...codes.assigned,
        ...codes.unassigned,
        codes.supplement,
        codes.awaitingHead,
        ...codes.same,
        ...codes.other,
      ]),
    );
    expect((await list("inspector", {}, { readableUnitIds: [world.town.id] })).rows).toEqual([]);
  });

  it("filters overdue and due soon in SQL exactly as classifyPending classifies", async () => {
    const calendar = await getCurrentCalendar();
    const dueSoonDays = await getSetting("dueSoonWorkingDays");
    const all = await list("officer", { scope: "office" }, { pageSize: 100 });
    const expected = { OVERDUE: [] as string[], DUE_SOON: [] as string[], WITHIN: [] as string[] };
    for (const row of all.rows)
      if (row.appointmentAt) expected[classifyPending(calendar, row.appointmentAt, NOW, dueSoonDays)].push(row.code);
    expect(expected.OVERDUE.length).toBeGreaterThan(0);
    expect(expected.DUE_SOON.length).toBeGreaterThan(0);
    expect(expected.WITHIN.length).toBeGreaterThan(0);

    const overdue = await list("officer", { scope: "office", quick: "overdue" }, { pageSize: 100 });
    const dueSoon = await list("officer", { scope: "office", quick: "dueSoon" }, { pageSize: 100 });
    expect(new Set(codesOf(overdue))).toEqual(new Set(expected.OVERDUE));
    expect(new Set(codesOf(dueSoon))).toEqual(new Set(expected.DUE_SOON));
    expect(overdue.rows.every((row) => row.marker?.kind === "pending" && row.marker.value === "OVERDUE")).toBe(true);
    expect(dueSoon.rows.every((row) => row.marker?.kind === "pending" && row.marker.value === "DUE_SOON")).toBe(true);
    // The counts on top use the same predicates.
    expect(all.counts).toEqual({
      all: { value: all.rows.length, capped: false },
      overdue: { value: expected.OVERDUE.length, capped: false },
      dueSoon: { value: expected.DUE_SOON.length, capped: false },
      // "Cần lập phiếu xin lỗi" is the early warning's own rule: the office's count is the head's warning count.
      apologyDue: { value: (await warningCounts(as.head, NOW))!.apologyDue, capped: false },
      waitingSupplement: { value: 1, capped: false },
    });
    // The paused dossier has no appointment: never overdue or due soon, marked as paused.
    const paused = all.rows.find((row) => row.code === codes.supplement)!;
    expect(paused.marker).toEqual({ kind: "paused" });
    expect(codesOf(await list("officer", { scope: "office", quick: "waitingSupplement" }))).toEqual([codes.supplement]);
  });

  it("filters by status and step, channel, received dates (Vietnamese days) and procedure", async () => {
    expect(
      codesOf(
        await list("officer", {
          scope: "office",
          status: { kind: "status", status: "IN_PROCESSING", step: "AWAITING_HEAD_APPROVAL" },
        }),
      ),
    ).toEqual([codes.awaitingHead]);
    expect(
      codesOf(
        await list("officer", {
          scope: "office",
          status: { kind: "status", status: "WAITING_SUPPLEMENT", step: null },
        }),
      ),
    ).toEqual([codes.supplement]);
    expect(codesOf(await list("officer", { scope: "office", channel: "POSTAL" }))).toEqual([codes.assigned[3]]);
    // 06/05 is one Vietnamese day: the 08:00 dossier and the seven of 14:00, nothing of 05/05 or 07/05.
    const sixth = await list(
      "officer",
      { scope: "office", receivedFrom: "2026-05-06", receivedTo: "2026-05-06" },
      { pageSize: 100 },
    );
    expect(new Set(codesOf(sixth))).toEqual(new Set([codes.unassigned[0], ...codes.same]));
    expect((await list("officer", { scope: "office", procedureId: "nonexistent" })).rows).toEqual([]);
    expect(
      (await list("officer", { scope: "office", procedureId: world.procedure.id }, { pageSize: 100 })).rows.length,
    ).toBe(all());
    function all() {
      return codes.assigned.length + codes.unassigned.length + codes.same.length + 2;
    }
  });

  it("searches by code prefix or exact code, and by name without diacritics", async () => {
    const exact = await list("officer", { scope: "office", search: codes.assigned[0]!.toLowerCase() });
    expect(codesOf(exact)).toEqual([codes.assigned[0]]);
    const prefix = await list("officer", { scope: "office", search: `${world.ward.code}-260506` }, { pageSize: 100 });
    expect(new Set(codesOf(prefix))).toEqual(new Set([codes.unassigned[0], ...codes.same]));
    const folded = await list("officer", { scope: "office", search: "tran thi binh" }, { pageSize: 100 });
    const accented = await list("officer", { scope: "office", search: "TRẦN THỊ" }, { pageSize: 100 });
    expect(folded.rows.length).toBeGreaterThan(0);
    expect(codesOf(folded)).toEqual(codesOf(accented));
    expect(folded.rows.every((row) => row.applicantName.startsWith("Trần Thị Bình"))).toBe(true);
    expect(
      (await list("officer", { scope: "office", search: "duc" })).rows.every(
        (row) => row.applicantName === "Lê Văn Đức",
      ),
    ).toBe(true);
    expect((await list("officer", { scope: "office", search: "100%_" })).rows).toEqual([]);
  });

  it("pages stably and completely, ties broken by the code, in every sort order", async () => {
    for (const sort of ["appointmentAsc", "appointmentDesc", "receivedDesc", "receivedAsc"] as const) {
      const full = codesOf(await list("officer", { scope: "office", sort }, { pageSize: 100 }));
      const paged: string[] = [];
      for (let page = 1; page < 20; page++) {
        const result = await list("officer", { scope: "office", sort, page }, { pageSize: 4 });
        paged.push(...codesOf(result));
        expect(result.rows.length).toBeLessThanOrEqual(4);
        if (!result.hasNext) break;
      }
      expect(paged, sort).toEqual(full);
      expect(new Set(paged).size).toBe(paged.length);
    }
    const ascending = codesOf(await list("officer", { scope: "office" }, { pageSize: 100 }));
    const sameInOrder = ascending.filter((code) => codes.same.includes(code));
    expect(sameInOrder).toEqual([...codes.same].sort());
    // Paused dossiers (no appointment) come last.
    expect(ascending.at(-1)).toBe(codes.supplement);
  });

  // Issue 11: totals, the officer filter, scoped choices, the export's rows and the head's workload table.
  it("counts the whole list exactly, beyond one page, and filters by the assigned officer", async () => {
    const office = await list("head", { scope: "office" }, { pageSize: 3 });
    const all = await list("head", { scope: "office" }, { pageSize: 100 });
    expect(office.total).toEqual({ value: all.rows.length, capped: false });
    expect(office.rows).toHaveLength(3);
    const ofOfficer = await list("head", { scope: "office", assigneeId: world.users.officer.id }, { pageSize: 100 });
    expect(new Set(codesOf(ofOfficer))).toEqual(new Set([...codes.assigned, codes.supplement]));
    expect(ofOfficer.total.value).toBe(codes.assigned.length + 1);
    const overdueOfOfficer = await list("head", {
      scope: "office",
      assigneeId: world.users.officer.id,
      quick: "overdue",
    });
    expect(overdueOfOfficer.rows.every((row) => row.marker?.kind === "pending" && row.marker.value === "OVERDUE")).toBe(
      true,
    );
  });

  it("offers only the procedures and officers of the user's office", async () => {
    const justice = await loadFilterChoices(as.head, "office", NOW);
    expect(justice.procedures.map((procedure) => procedure.id)).toContain(world.procedure.id);
    expect(justice.officers.map((officer) => officer.id).sort()).toEqual(
      [world.users.officer.id, world.users.secondOfficer.id].sort(),
    );
    expect(justice.fields.map((field) => field.id)).toContain(world.field.id);
    // The land office neither handles the fixture's procedure nor holds its dossiers.
    const land = await loadFilterChoices(as.landHead, "office", NOW);
    expect(land.procedures.map((procedure) => procedure.id)).not.toContain(world.procedure.id);
    expect(land.officers.map((officer) => officer.id)).toEqual([world.users.landOfficer.id]);
    // A unit's list: no officer select.
    expect((await loadFilterChoices(as.leader, "unit", NOW)).officers).toEqual([]);
  });

  it("exports every row of the filtered list, in the screen's order, and writes them to the workbook", async () => {
    const change = { scope: "office" as const, assigneeId: world.users.officer.id };
    const screen = codesOf(await list("head", change, { pageSize: 100 }));
    const exported = await loadWorklistExport(as.head, filter({ ...change, page: 3 }), { now: NOW });
    expect(exported?.rows.map((row) => row.code)).toEqual(screen);
    expect(exported?.truncated).toBe(false);
    const small = await loadWorklistExport(as.head, filter(change), { now: NOW, pageSize: 2 });
    expect(small?.rows).toHaveLength(2);
    expect(small?.truncated).toBe(true);

    const body = await buildWorklistWorkbook(exported!.rows, {
      listName: "Hồ sơ của phòng",
      filters: "",
      generatedAt: NOW,
      truncatedAt: null,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount - WORKLIST_HEADER_ROW).toBe(screen.length);
    const codesInSheet = Array.from({ length: screen.length }, (_, index) =>
      String(sheet.getCell(WORKLIST_HEADER_ROW + 1 + index, 2).value),
    );
    expect(codesInSheet).toEqual(screen);
    // Nothing beyond what the list shows: no ID number or address column.
    expect(sheet.getRow(WORKLIST_HEADER_ROW).values).not.toContain("Số CCCD");
  });

  it("gives the head each officer's load, matching the worklist's own counts", async () => {
    const workload = await loadOfficeWorkload(world.offices.justice.id, NOW);
    const officer = workload.officers.find((row) => row.id === world.users.officer.id)!;
    const second = workload.officers.find((row) => row.id === world.users.secondOfficer.id)!;
    expect(workload.officers.map((row) => row.id)).not.toContain(world.users.landOfficer.id);
    expect(officer.inHand).toBe(codes.assigned.length + 1);
    const counted = async (quick: "overdue" | "dueSoon") =>
      (await list("head", { scope: "office", assigneeId: world.users.officer.id, quick })).total.value;
    expect(officer.overdue).toBe(await counted("overdue"));
    expect(officer.dueSoon).toBe(await counted("dueSoon"));
    expect(second.inHand).toBe(1);
    // The reassignment view lists what the assign command accepts: handling, not the paused one.
    const reassignable = await loadReassignable(world.offices.justice.id, world.users.officer.id);
    expect(new Set(reassignable.map((row) => row.code))).toEqual(new Set(codes.assigned));
  });
});
