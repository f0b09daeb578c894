// The 2025 arrangement (ONLINE-SERVICES.md "Since 1 July 2025"): thị xã Sơn Tây's wards ended on 30/06/2025; phường
// Sơn Tây continues Phú Thịnh, Ngô Quyền, Viên Sơn, Đường Lâm (and most of Sơn Lộc, Trung Hưng); old dossiers keep
// their original receiving unit and also show the unit that continues them.
import { describe, expect, it } from "vitest";
import {
  continuingUnitId,
  foldByContinuingUnit,
  hasEnded,
  isInForce,
  mergeProblems,
  mergeUnitsSchema,
  predecessorIds,
  reportUnitViewOf,
  successorChain,
  unitProblems,
  unitsInForce,
  type UnitInTime,
  type UnitLevel,
} from "./index";

const unit = (
  id: string,
  level: UnitLevel,
  parentId: string | null,
  effectiveFrom: string | null,
  effectiveTo: string | null,
  successorId: string | null = null,
) => ({ id, name: id, code: id.toUpperCase(), level, parentId, effectiveFrom, effectiveTo, successorId });

// Before and after 1 July 2025.
const WORLD = [
  unit("hni", "PROVINCE", null, null, null),
  unit("sty", "DISTRICT", "hni", null, "2025-06-30", null),
  unit("phuthinh", "COMMUNE", "sty", null, "2025-06-30", "sontay"),
  unit("ngoquyen", "COMMUNE", "sty", null, "2025-06-30", "sontay"),
  unit("sonloc", "COMMUNE", "sty", null, "2025-06-30", "sontay"),
  unit("trungson", "COMMUNE", "sty", null, "2025-06-30", "tungthien"),
  unit("sontay", "COMMUNE", "hni", "2025-07-01", null),
  unit("tungthien", "COMMUNE", "hni", "2025-07-01", null),
  unit("doaiphuong", "COMMUNE", "hni", "2025-07-01", null),
];
const byId = new Map<string, UnitInTime>(WORLD.map((u) => [u.id, u]));

describe("units in time", () => {
  it("an old ward is in force up to and including 30/06/2025, the new ward from 01/07/2025", () => {
    expect(isInForce(byId.get("phuthinh")!, "2025-06-30")).toBe(true);
    expect(isInForce(byId.get("phuthinh")!, "2025-07-01")).toBe(false);
    expect(isInForce(byId.get("sontay")!, "2025-06-30")).toBe(false);
    expect(isInForce(byId.get("sontay")!, "2025-07-01")).toBe(true);
    expect(hasEnded(byId.get("phuthinh")!, "2025-07-01")).toBe(true);
    expect(hasEnded(byId.get("phuthinh")!, "2025-06-30")).toBe(false);
  });

  it("lists the units in force on a day: the old map before, the new one after", () => {
    expect(unitsInForce(WORLD, "2025-06-30").map((u) => u.id)).toEqual([
      "hni",
      "sty",
      "phuthinh",
      "ngoquyen",
      "sonloc",
      "trungson",
    ]);
    expect(unitsInForce(WORLD, "2026-12-05").map((u) => u.id)).toEqual(["hni", "sontay", "tungthien", "doaiphuong"]);
  });
});

describe("the unit that continues a unit", () => {
  it("an old dossier of Phú Thịnh shows phường Sơn Tây today, and Phú Thịnh itself before the change", () => {
    expect(continuingUnitId(byId, "phuthinh", "2026-12-05")).toBe("sontay");
    expect(continuingUnitId(byId, "phuthinh", "2025-06-30")).toBe("phuthinh");
    expect(continuingUnitId(byId, "sontay", "2026-12-05")).toBe("sontay");
  });

  it("a unit without a successor (thị xã Sơn Tây, districts abolished) continues itself", () => {
    expect(continuingUnitId(byId, "sty", "2026-12-05")).toBe("sty");
    expect(continuingUnitId(byId, "unknown", "2026-12-05")).toBe("unknown");
  });

  it("follows a chain merged twice to its end, and stops at a cycle", () => {
    const chain = new Map<string, UnitInTime>([
      ["a", unit("a", "COMMUNE", null, null, "2020-12-31", "b")],
      ["b", unit("b", "COMMUNE", null, "2021-01-01", "2025-06-30", "c")],
      ["c", unit("c", "COMMUNE", null, "2025-07-01", null)],
    ]);
    expect(continuingUnitId(chain, "a", "2026-01-01")).toBe("c");
    expect(successorChain(chain, "a")).toEqual(["b", "c"]);
    const cycle = new Map<string, UnitInTime>([
      ["x", unit("x", "COMMUNE", null, null, "2020-01-01", "y")],
      ["y", unit("y", "COMMUNE", null, null, "2020-01-01", "x")],
    ]);
    expect(continuingUnitId(cycle, "x", "2026-01-01")).toBe("y");
    expect(successorChain(cycle, "x")).toEqual(["y"]);
  });

  it("finds the wards a new ward continues (its leaders read their history)", () => {
    expect(predecessorIds(WORLD, ["sontay"]).sort()).toEqual(["ngoquyen", "phuthinh", "sonloc"]);
    expect(predecessorIds(WORLD, ["tungthien"])).toEqual(["trungson"]);
    expect(predecessorIds(WORLD, ["hni"])).toEqual([]);
  });
});

describe("merger and split rules", () => {
  const today = [
    ...WORLD,
    unit("moi", "COMMUNE", "hni", "2027-01-01", null),
    unit("cu", "COMMUNE", "hni", null, "2024-12-31"),
  ];

  it("accepts merging Tùng Thiện and Đoài Phương into Sơn Tây after 31/12/2026", () => {
    expect(
      mergeProblems({ sourceIds: ["tungthien", "doaiphuong"], successorId: "sontay", lastDay: "2026-12-31" }, today),
    ).toEqual([]);
  });

  it("refuses a successor not in force on the day after, a source already ended or continued, a cycle", () => {
    const fields = (plan: Parameters<typeof mergeProblems>[0]) => mergeProblems(plan, today).map((p) => p.message);
    expect(fields({ sourceIds: ["tungthien"], successorId: "moi", lastDay: "2026-06-30" })[0]).toMatch(
      /không có hiệu lực vào ngày 01\/07\/2026/,
    );
    expect(fields({ sourceIds: ["cu"], successorId: "sontay", lastDay: "2026-06-30" })[0]).toMatch(
      /không có hiệu lực vào ngày 30\/06\/2026/,
    );
    expect(fields({ sourceIds: ["phuthinh"], successorId: "tungthien", lastDay: "2025-06-30" })[0]).toMatch(
      /đã có đơn vị kế thừa khác/,
    );
    expect(fields({ sourceIds: ["sontay"], successorId: "sontay", lastDay: "2026-06-30" })[0]).toMatch(/chính mình/);
    const cyclic = [
      ...today.filter((u) => u.id !== "tungthien"),
      unit("tungthien", "COMMUNE", "hni", "2025-07-01", "2027-06-30", "sontay"),
    ];
    expect(
      mergeProblems({ sourceIds: ["sontay"], successorId: "tungthien", lastDay: "2026-06-30" }, cyclic).map(
        (p) => p.message,
      ),
    ).toContainEqual(expect.stringMatching(/vòng kế thừa/));
  });

  it("refuses a merger across levels and a unit still having units in force below it", () => {
    expect(
      mergeProblems({ sourceIds: ["sontay"], successorId: "hni", lastDay: "2026-06-30" }, today)[0]!.message,
    ).toMatch(/cùng cấp/);
    const district = [
      ...today,
      unit("huyen", "DISTRICT", "hni", null, null),
      unit("xa", "COMMUNE", "huyen", null, null),
      unit("huyen2", "DISTRICT", "hni", null, null),
    ];
    expect(
      mergeProblems({ sourceIds: ["huyen"], successorId: "huyen2", lastDay: "2026-06-30" }, district)[0]!.message,
    ).toMatch(/trực thuộc/);
  });
});

describe("unit tree rules", () => {
  it("a commune sits under a district or a province, never under a commune or itself", () => {
    const draft = {
      code: "TT",
      level: "COMMUNE" as const,
      parentId: "hni",
      effectiveFrom: "2025-07-01",
      effectiveTo: null,
    };
    expect(unitProblems(draft, WORLD)).toEqual([]);
    expect(unitProblems({ ...draft, parentId: "sontay" }, WORLD)[0]!.field).toBe("parentId");
    expect(unitProblems({ ...draft, code: "SONTAY" }, WORLD)[0]!.message).toMatch(/đã được dùng/);
    expect(unitProblems({ ...draft, effectiveTo: "2025-01-01" }, WORLD)[0]!.field).toBe("effectiveTo");
    expect(
      unitProblems(
        { id: "sty", code: "STY", level: "DISTRICT", parentId: "hni", effectiveFrom: null, effectiveTo: null },
        WORLD,
      ),
    ).toEqual([]);
    expect(
      unitProblems(
        { id: "hni", code: "HNI", level: "PROVINCE", parentId: "sty", effectiveFrom: null, effectiveTo: null },
        WORLD,
      )[0]!.field,
    ).toBe("parentId");
  });
});

describe("reports by either view", () => {
  const rows = [
    { unitId: "sontay", received: 5 },
    { unitId: "phuthinh", received: 3 },
    { unitId: "ngoquyen", received: 2 },
    { unitId: "trungson", received: 4 },
  ];
  const combine = (a: (typeof rows)[number], b: (typeof rows)[number]) => ({ ...a, received: a.received + b.received });
  const rename = (row: (typeof rows)[number], unitId: string) => ({ ...row, unitId });

  it("counts the old wards' dossiers under the ward that continues them today", () => {
    expect(foldByContinuingUnit(rows, byId, "2026-12-05", combine, rename)).toEqual([
      { unitId: "sontay", received: 10 },
      { unitId: "tungthien", received: 4 },
    ]);
    // Before the change nothing is folded.
    expect(foldByContinuingUnit(rows, byId, "2025-06-30", combine, rename)).toEqual(rows);
  });

  it("reads the view from the URL, the receiving unit by default", () => {
    expect(reportUnitViewOf("ke-thua")).toBe("continuing");
    expect(reportUnitViewOf(undefined)).toBe("receiving");
    expect(reportUnitViewOf("x")).toBe("receiving");
  });

  it("parses the merge form: dd/mm/yyyy last day, a basis required", () => {
    const parsed = mergeUnitsSchema.safeParse({
      sourceIds: ["a"],
      successorId: "b",
      lastDay: "30/06/2025",
      changeBasis: "Nghị quyết 1656/NQ-UBTVQH15",
    });
    expect(parsed.success && parsed.data.lastDay).toBe("2025-06-30");
    expect(
      mergeUnitsSchema
        .safeParse({ sourceIds: [], successorId: "b", lastDay: "31/02/2025", changeBasis: "" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(["sourceIds", "lastDay", "changeBasis"]);
  });
});
