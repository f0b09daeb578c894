// Keyset pages of the worklist (docs/worklists.md "Pages"): walking a list by its "Trang sau" cursors, and back by
// "Trang trước", returns every dossier exactly once and in the list's order, for each sort, across ties (seven
// dossiers received at the same instant) and paused dossiers (no appointment), also when dossiers are registered
// between two page loads — where OFFSET pages show a row twice.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTER, QUICK_FILTERS, SORTS, type Sort, type WorklistFilter } from "../../src/domain/worklist";
import { loadWorklist, type WorklistPage } from "../../src/server/data/worklists";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import { act, at, createTestWorld, intakeFor, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

const NOW = at("2026-05-11T09:00:00");
const PAGE = 3;

describe("worklist keyset pages against PostgreSQL", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  const registered: string[] = [];

  const load = (sort: Sort, change: Partial<WorklistFilter> = {}) =>
    loadWorklist(
      as.leader,
      { ...DEFAULT_FILTER, scope: "unit", status: { kind: "all" }, sort, ...change },
      { now: NOW, pageSize: PAGE },
    ) as Promise<WorklistPage>;
  const codes = (page: WorklistPage) => page.rows.map((row) => row.code);

  /** Every page by "Trang sau", with something done between two loads. */
  const walkForward = async (sort: Sort, between: (step: number) => Promise<void> = async () => undefined) => {
    const pages: WorklistPage[] = [await load(sort)];
    while (pages.at(-1)!.next) {
      await between(pages.length);
      const cursor = pages.at(-1)!.next!;
      pages.push(await load(sort, { cursor, page: cursor.page }));
      if (pages.length > 100) throw new Error("the walk does not end");
    }
    return pages;
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    const days = ["2026-04-20", "2026-04-27", "2026-04-29", "2026-05-04", "2026-05-05", "2026-05-07"];
    for (const day of days)
      registered.push((await registerDossier(as.receptionist, intakeFor(world), at(`${day}T08:00:00`))).code);
    // Seven at the same instant: equal dates, only the code orders them.
    for (let index = 0; index < 7; index++)
      registered.push((await registerDossier(as.receptionist, intakeFor(world), at("2026-05-06T14:00:00"))).code);
    // Two paused (waiting for a supplement: no appointment) — the undated rows of the appointment sorts.
    for (const time of ["2026-05-04T10:00:00", "2026-05-04T10:05:00"]) {
      const paused = await registerDossier(as.receptionist, intakeFor(world), at(time));
      await act(db, as.head, paused.id, { type: "assign", officerId: world.users.officer.id }, "2026-05-04T10:30:00");
      await act(
        db,
        as.officer,
        paused.id,
        { type: "request_supplement", reason: "Thiếu giấy xác nhận tình trạng hôn nhân" },
        "2026-05-05T09:00:00",
      );
      registered.push(paused.code);
    }
  });

  it.each(SORTS)("walks the whole list by cursor, each dossier once and in order (%s)", async (sort) => {
    const whole = codes(
      (await loadWorklist(
        as.leader,
        { ...DEFAULT_FILTER, scope: "unit", status: { kind: "all" }, sort },
        { now: NOW, pageSize: 100 },
      ))!,
    );
    expect(new Set(whole)).toEqual(new Set(registered));
    const pages = await walkForward(sort);
    expect(pages.flatMap(codes)).toEqual(whole);
    expect(pages.map((page) => page.page)).toEqual(pages.map((_, index) => index + 1));
    expect(pages.slice(0, -1).every((page) => page.rows.length === PAGE)).toBe(true);
    // The same pages by OFFSET ("Đến trang") agree.
    for (const [index, page] of pages.entries())
      expect(codes(await load(sort, { page: index + 1 }))).toEqual(codes(page));

    // And back from the last page by "Trang trước", to page 1's plain link.
    let page = pages.at(-1)!;
    const back = [codes(page)];
    while (page.previous?.cursor) {
      page = await load(sort, { cursor: page.previous.cursor, page: page.previous.page });
      back.unshift(codes(page));
    }
    expect(page.previous).toEqual({ page: 1, cursor: null });
    back.unshift(codes(await load(sort)));
    expect(back).toEqual(pages.map(codes));
  });

  it("returns every dossier once when dossiers are registered between page loads (OFFSET repeats one)", async () => {
    const before = new Set(
      codes(
        (await loadWorklist(
          as.leader,
          { ...DEFAULT_FILTER, scope: "unit", status: { kind: "all" }, sort: "receivedAsc" },
          { now: NOW, pageSize: 100 },
        )) as WorklistPage,
      ),
    );
    const added: string[] = [];
    // Newest receipt first: each new dossier lands on page 1, before every cursor.
    const pages = await walkForward("receivedDesc", async () => {
      added.push((await registerDossier(as.receptionist, intakeFor(world), at("2026-05-08T08:00:00"))).code);
    });
    const seen = pages.flatMap(codes);
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(before);
    expect(added.length).toBeGreaterThan(0);
    // The rows come in the list's order although the list grew meanwhile.
    const received = pages.flatMap((page) => page.rows.map((row) => row.receivedAt!.getTime()));
    expect(received).toEqual([...received].sort((a, b) => b - a));

    // The old way: page 2 by OFFSET after one more registration repeats the last row of page 1.
    const first = await load("receivedDesc");
    await registerDossier(as.receptionist, intakeFor(world), at("2026-05-08T09:00:00"));
    const second = await load("receivedDesc", { page: 2 });
    expect(codes(second)[0]).toBe(codes(first).at(-1));
    const byCursor = await load("receivedDesc", { cursor: first.next!, page: 2 });
    expect(codes(byCursor)).not.toContain(codes(first).at(-1));
  });

  it("goes back to the first page when nothing lies before a previous cursor any more", async () => {
    const first = await load("appointmentAsc");
    const cursor = { ...first.next!, direction: "previous" as const, page: 5 };
    const page = await load("appointmentAsc", { cursor, page: 5 });
    expect(page.page).toBe(1);
    expect(codes(page)).toEqual(codes(first));
    expect(page.previous).toBeNull();
  });

  it("walks a code-prefix search newest code first, each match once, whatever the sort", async () => {
    const prefix = `${world.ward.code}-2605`;
    const matching = [...registered]
      .filter((code) => code.startsWith(prefix))
      .sort()
      .reverse();
    expect(matching.length).toBeGreaterThan(PAGE);
    const walked: string[] = [];
    let page = await load("appointmentAsc", { search: prefix });
    walked.push(...codes(page));
    while (page.next) {
      page = await load("appointmentAsc", { search: prefix, cursor: page.next, page: page.next.page });
      walked.push(...codes(page));
    }
    // Registered during the walks above (8 May) too: every dossier of the prefix, newest code first.
    const all = codes(
      (await loadWorklist(
        as.leader,
        { ...DEFAULT_FILTER, scope: "unit", status: { kind: "all" }, search: prefix },
        { now: NOW, pageSize: 100 },
      ))!,
    );
    expect(walked).toEqual(all);
    expect(all).toEqual([...all].sort().reverse());
    expect(new Set(all)).toEqual(new Set([...matching, ...all.filter((code) => !registered.includes(code))]));
  });

  it("counts a search's quick filters in one pass, equal to each filter's own list", async () => {
    for (const search of [`${world.ward.code}-2605`, "thi binh"]) {
      const page = await load("appointmentAsc", { search });
      for (const quick of QUICK_FILTERS) {
        const list = (await loadWorklist(
          as.leader,
          { ...DEFAULT_FILTER, scope: "unit", status: { kind: "all" }, search, quick },
          { now: NOW, pageSize: 500 },
        ))!;
        expect(page.counts[quick], `${search} / ${quick}`).toEqual({ value: list.rows.length, capped: false });
      }
      expect(page.counts.all.value).toBeGreaterThan(0);
    }
  });
});
