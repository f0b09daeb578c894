// The demo world's PAR Index (par-index.ts; docs/par-index.md "Demo world"). The figures are a snapshot of what
// readDemoFigures read from the default demo (seed 2026, until 05/12/2026, history from 05/04/2025): the counts and,
// for SIPAS, the index; the planner is pure, so the rows are checked here without a database.
import { describe, expect, it } from "vitest";
import {
  frozenResult,
  rankParResults,
  readFrozenResult,
  scoreParEvaluation,
  validateParTree,
  type LadderStep,
  type ParAnswerInput,
  type ParCriterionNode,
  type ParMetricInput,
} from "@/domain/par-index";
import { AUDIT_ACTIONS } from "@/domain/audit";
import { WARDS } from "./catalogue";
import { demoCalendar } from "./demo-calendar";
import {
  parFigureWindows,
  parProfileOf,
  planParDemo,
  reachOf,
  type DemoFigureKey,
  type ParDemoInput,
  type ParDemoRows,
  type ParYear,
} from "./par-index";
import snapshot from "./par-index.figures.json";
import { buildWorld } from "./world";

const cal = demoCalendar();
const world = buildWorld(2026);
const ANCHOR = "2026-12-05";
const READ_AT = "2026-02-10T09:00:00.000Z";

type Snapshot = Record<string, Record<string, Record<string, [number | null, number | null, number | null]>>>;

function figuresOf(year: ParYear): ParDemoInput["figures"][ParYear] {
  const byUnit = new Map<string, Record<DemoFigureKey, ParMetricInput>>();
  for (const [code, metrics] of Object.entries((snapshot as unknown as Snapshot)[year]!)) {
    const record = {} as Record<DemoFigureKey, ParMetricInput>;
    for (const [metric, [numerator, denominator, index]] of Object.entries(metrics)) {
      const value = metric === "sipas" ? index : denominator ? (numerator! * 100) / denominator : null;
      record[metric as DemoFigureKey] = {
        metric: metric as DemoFigureKey,
        value,
        numerator,
        denominator,
        unavailableReason: value === null ? "Không có số liệu trong kỳ." : null,
        readAt: READ_AT,
      };
    }
    byUnit.set(world.unitsByCode.get(code)!.id, record);
  }
  return { byUnit, note: year === 2024 ? "Dữ liệu demo: số liệu quý cuối trên bản đồ cũ." : null };
}

const input: ParDemoInput = {
  seed: 2026,
  anchor: ANCHOR,
  figures: { 2024: figuresOf(2024), 2025: figuresOf(2025), 2026: figuresOf(2026) },
};
const rows = planParDemo(world, cal, input);
const codeOf = new Map(world.units.map((u) => [u.id, u.seed.code]));

function evaluationOf(rows: ParDemoRows, year: number) {
  const set = rows.sets.find((s) => s.year === year)!;
  const evaluation = rows.evaluations.find((e) => e.setId === set.id)!;
  const nodes: ParCriterionNode[] = rows.criteria
    .filter((c) => c.setId === set.id)
    .map((c) => ({
      id: c.id!,
      parentId: c.parentId ?? null,
      position: c.position,
      code: c.code,
      title: c.title,
      maxPoints: Number(c.maxPoints),
      kind: c.kind,
      section: c.section ?? "MAIN",
      valueKind: c.valueKind ?? "NONE",
      allowNotApplicable: c.allowNotApplicable ?? false,
      guidance: c.guidance ?? null,
      scoringNote: c.scoringNote ?? null,
      metric: (c.metric ?? null) as ParCriterionNode["metric"],
      ladder: (c.ladder ?? null) as LadderStep[] | null,
    }));
  const units = rows.units.filter((u) => u.evaluationId === evaluation.id);
  const answersOf = (unitEvaluationId: string): ParAnswerInput[] =>
    rows.answers
      .filter((a) => a.unitEvaluationId === unitEvaluationId)
      .map((a) => ({
        criterionId: a.criterionId,
        declared: a.declared ?? null,
        numberValue: a.numberValue == null ? null : Number(a.numberValue),
        selfScore: a.selfScore == null ? null : Number(a.selfScore),
        appraisedScore: a.appraisedScore == null ? null : Number(a.appraisedScore),
        metricInput: (a.metricInput ?? null) as ParMetricInput | null,
      }));
  return { set, evaluation, nodes, units, answersOf };
}

describe("PAR Index demo: 2024, the town's 15 wards and communes (issue 14 point 5)", () => {
  const { set, evaluation, nodes, units } = evaluationOf(rows, 2024);
  const ranked = rankParResults(units.map((u) => ({ id: u.unitId, score100: readFrozenResult(u.result).score100 })));

  it("is the town's locked set on a tree an evaluation may open on, published, every unit finalised", () => {
    expect(codeOf.get(set.ownerUnitId)).toBe("STY");
    expect(set.status).toBe("LOCKED");
    expect(set.basis).toMatch(/demo/);
    expect(validateParTree(nodes)).toEqual([]);
    expect(evaluation.status).toBe("PUBLISHED");
    expect(units.map((u) => codeOf.get(u.unitId)).sort()).toEqual(WARDS.map((w) => w.code).sort());
    expect(units.every((u) => u.status === "FINALISED")).toBe(true);
  });

  // The source article: the top ward near 91/100, the laggards named (PAR-INDEX.md).
  it("ranks like the article: top between 88 and 93, a leader; at least two below 75, the late or lagging ones", () => {
    const top = ranked[0]!;
    expect(top.score100).toBeGreaterThanOrEqual(88);
    expect(top.score100).toBeLessThanOrEqual(93);
    expect(parProfileOf(world.units.find((u) => u.id === top.id)!.seed)).toBe("LEADER");
    const below75 = ranked.filter((r) => r.score100! < 75);
    expect(below75.length).toBeGreaterThanOrEqual(2);
    for (const r of ranked.slice(-2)) {
      const seed = world.units.find((u) => u.id === r.id)!.seed;
      expect(seed.lateRate >= 0.03 || parProfileOf(seed) === "LAGGARD").toBe(true);
    }
    expect(ranked.every((r) => r.score100! >= 50)).toBe(true);
  });

  // PAR-INDEX.md "ranking within a level": equal scores share a rank and the next rank skips.
  it("handles ties: equal scores share a rank, the next rank skips", () => {
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      if (a.score100 === b.score100) expect(b.rank).toBe(a.rank);
      else expect(b.rank).toBe(i + 1);
    }
    expect(new Set(ranked.map((r) => r.score100)).size).toBeLessThan(ranked.length);
  });

  it("sends back a criterion of the two weakest units before the appraisal, then finalises them", () => {
    const returned = rows.events.filter((e) => e.type === "return" && units.some((u) => u.id === e.unitEvaluationId));
    expect(returned).toHaveLength(2);
    for (const e of returned) expect(e.note).toMatch(/bổ sung/);
  });
});

describe("PAR Index demo: frozen results (issue 14 point 2: inputs frozen at finalisation)", () => {
  for (const year of [2024, 2025] as const) {
    it(`${year}: every result equals a recomputation from the stored rows with the domain's scoring`, () => {
      const { set, nodes, units, answersOf } = evaluationOf(rows, year);
      for (const unit of units) {
        const stored = readFrozenResult(unit.result);
        const answers = answersOf(unit.id!);
        const live = scoreParEvaluation(nodes, answers, {
          basis: "appraised",
          rescaleToHundred: set.rescaleToHundred!,
          gradeBands: set.gradeBands as { label: string; min: number }[],
        });
        expect(stored.score100).toBe(live.score100);
        expect(stored.byNode).toEqual(live.byNode);
        expect(stored).toEqual(
          frozenResult({
            set: {
              id: set.id!,
              year,
              level: "COMMUNE",
              name: set.name,
              rescaleToHundred: set.rescaleToHundred!,
              gradeBands: set.gradeBands as { label: string; min: number }[],
            },
            nodes,
            answers,
            frozenAt: stored.frozenAt,
          }),
        );
      }
    });

    it(`${year}: the automatic criteria's frozen inputs are the figures read for that unit`, () => {
      const { nodes, units } = evaluationOf(rows, year);
      for (const unit of units) {
        const figures = input.figures[year].byUnit.get(unit.unitId)!;
        const stored = readFrozenResult(unit.result).metricInputs;
        for (const node of nodes.filter((n) => n.metric !== null && n.metric !== "decision766Score")) {
          const frozen = stored[node.id];
          expect(frozen, `${codeOf.get(unit.unitId)} ${node.code}`).toBeDefined();
          const { stepIndex: _step, points: _points, ...asRead } = frozen!;
          expect(asRead).toEqual(figures[node.metric as DemoFigureKey]);
        }
      }
    });
  }

  it("every finished unit's history runs open → submit → appraise → finalise → publish, statuses chained", () => {
    for (const unit of rows.units.filter((u) => u.status === "FINALISED")) {
      const events = rows.events.filter((e) => e.unitEvaluationId === unit.id);
      const types = [...new Set(events.map((e) => e.type))];
      expect(types[0]).toBe("open");
      expect(types.at(-1)).toBe("publish");
      for (const type of ["declare", "submit", "appraise", "finalise"]) expect(types).toContain(type);
      let status: string | null = null;
      for (const e of events.filter((e) => e.toStatus)) {
        if (status !== null) expect(e.fromStatus).toBe(status);
        status = e.toStatus!;
      }
      expect(status).toBe("FINALISED");
      const times = events.map((e) => new Date(e.at!).getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});

describe("PAR Index demo: 2025 and the open 2026 evaluation", () => {
  it("2025: the city's set for today's three units, read over their own half year from 01/07/2025", () => {
    const { set, evaluation, units } = evaluationOf(rows, 2025);
    expect(codeOf.get(set.ownerUnitId)).toBe("HNI");
    expect(evaluation.periodFrom).toEqual(new Date("2025-07-01T00:00:00Z"));
    expect(units.map((u) => [codeOf.get(u.unitId), u.status])).toEqual([
      ["PST", "FINALISED"],
      ["PTT", "FINALISED"],
      ["XDP", "FINALISED"],
    ]);
  });

  it("2026: copied from 2025, locked, open until January 2027; PST submitted, PTT drafting, XDP sent back once", () => {
    const { set, evaluation, units, nodes } = evaluationOf(rows, 2026);
    expect(set.copiedFromId).toBe(evaluationOf(rows, 2025).set.id);
    expect(set.status).toBe("LOCKED");
    expect(evaluation.status).toBe("OPEN");
    expect(evaluation.submitDeadline).toEqual(new Date("2027-01-15T00:00:00Z"));
    expect(new Date(evaluation.openedAt!).getTime()).toBeLessThan(new Date(`${ANCHOR}T00:00:00+07:00`).getTime());
    const byCode = new Map(units.map((u) => [codeOf.get(u.unitId), u]));
    expect(byCode.get("PST")?.status).toBe("SUBMITTED");
    expect(byCode.get("PTT")?.status).toBe("DRAFT");
    expect(byCode.get("XDP")?.status).toBe("RETURNED");
    expect(units.every((u) => u.result === undefined && u.finalisedAt == null)).toBe(true);

    const scored = nodes.filter((n) => n.kind !== "GROUP").length;
    const answers = (code: string) => rows.answers.filter((a) => a.unitEvaluationId === byCode.get(code)!.id);
    expect(answers("PST")).toHaveLength(scored);
    // Opening writes a row per scored criterion; PTT has declared only some of them, through its delegate.
    expect(answers("PTT")).toHaveLength(scored);
    const declared = answers("PTT").filter((a) => a.updatedById);
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.length).toBeLessThan(scored);
    expect(declared.every((a) => a.updatedById === byCode.get("PTT")?.delegateId)).toBe(true);
    expect(byCode.get("PTT")?.delegateId).toBeTruthy();
    const sentBack = answers("XDP").filter((a) => a.returnedAt);
    expect(sentBack).toHaveLength(1);
    expect(sentBack[0]!.returnNote).toMatch(/Đề nghị/);
    expect(
      rows.answers.filter((a) => units.some((u) => u.id === a.unitEvaluationId) && a.appraisedScore != null),
    ).toEqual([]);
  });

  it("audits every step as the services do, with the codes the audit log knows", () => {
    expect(rows.audits.length).toBeGreaterThan(rows.events.length - rows.units.length * 2);
    for (const audit of rows.audits) {
      expect(audit.action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
      expect(AUDIT_ACTIONS).toContain(audit.action);
    }
  });

  it("attaches evidence files to finished units and is deterministic", () => {
    for (const unit of rows.units.filter((u) => u.status === "FINALISED")) {
      const answerIds = new Set(rows.answers.filter((a) => a.unitEvaluationId === unit.id).map((a) => a.id));
      expect(rows.files.filter((f) => answerIds.has(f.answerId)).length).toBeGreaterThanOrEqual(2);
    }
    expect(planParDemo(world, cal, input)).toEqual(rows);
  });
});

describe("PAR Index demo: figure windows and reach", () => {
  it("reads 2024 from the old units' last quarter when the history starts in 2025, and says so", () => {
    const windows = parFigureWindows("2025-04-05", ANCHOR);
    expect(windows[2024]?.period).toEqual({ from: "2025-04-05", to: "2025-06-30" });
    expect(windows[2024]?.note).toMatch(/05\/04\/2025/);
    expect(windows[2025]).toEqual({ period: { from: "2025-07-01", to: "2025-12-31" }, note: null });
    expect(windows[2026]?.period).toEqual({ from: "2026-01-01", to: "2026-12-04" });
    expect(parFigureWindows("2024-03-01", ANCHOR)[2024]?.period).toEqual({ from: "2024-03-01", to: "2024-12-31" });
  });

  // src/server/data/unit-tree.ts unitTreeAndPredecessorIds: a unit counts the units it continues.
  it("counts a 2025 unit with the units it continues, an old ward alone", () => {
    const codes = (code: string) =>
      reachOf(world, world.unitsByCode.get(code)!.id)
        .map((id) => codeOf.get(id))
        .sort();
    expect(codes("PST")).toEqual(["DLA", "NQU", "PST", "PTH", "SLO", "STY", "THU", "VSO"]);
    expect(codes("LLO")).toEqual(["LLO"]);
  });
});
