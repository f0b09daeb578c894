// The demo world's PAR Index (docs/par-index.md, "Demo world"): three years of evaluations, written in bulk after the
// dossiers, ratings and feedback, deterministic for a seed.
//
//   2024: the town (thị xã Sơn Tây) scores its 15 wards and communes on its own set, the last year on the old map;
//         published in early 2025, every unit finalised.
//   2025: the city scores the three units of today's map on its set; published in early 2026.
//   2026: the city's set copied from 2025; the evaluation is open: one unit submitted, one drafting, one sent back.
//
// The automatic and survey criteria's inputs are the figures MotCua reads from the seeded data (readDemoFigures: the
// same rollups, reports and formulas as src/server/par-index/metrics.ts); the manual criteria's declarations and
// scores follow from each unit's profile in the catalogue (LEADER, MIDDLE, LAGGARD and its late rate), with a small
// hash-based spread per criterion, so the ranking looks like the source article's (top near 91, laggards named).
// Finished units carry the result frozen by the domain's frozenResult from exactly the rows written.
import { classifyLateDossierApology } from "@/domain/apology";
import { addWorkingDays, localDateTime, toLocalDate, type WorkingCalendar } from "@/domain/calendar";
import { group5Counts } from "@/domain/feedback";
import {
  apologyCompliance,
  headlineIndicators,
  sipasIndex,
  tallyRatings,
  DEFAULT_MINIMUM_SAMPLE,
} from "@/domain/metrics";
import {
  buildParTree,
  flattenParTree,
  frozenResult,
  PAR_LABELS,
  proposedScore,
  SAMPLE_COMMUNE_TREE_2025,
  type FrozenParResult,
  type ParAnswerInput,
  type ParCriterionNode,
  type ParDeclared,
  type ParMetricInput,
  type ParMetricKey,
  type ParUnitStatus,
  PAR_NO_DENOMINATOR,
} from "@/domain/par-index";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { addCalendarDays, formatDateVi, startOfVietnamDay, type LocalDate } from "@/lib/dates";
import {
  COMMUNE_OFFICE_CODE,
  COMMUNES_2025,
  DIGITAL_PROFILES,
  PROVINCE,
  REFORM_DAY,
  TOWN,
  WARDS,
  type UnitSeed,
} from "./catalogue";
import { insertRows, type Column } from "./bulk-insert";
import type { DemoObjects, PdfCache } from "./files";
import type { PdfContent } from "./online";
import { townAccountName } from "./people";
import { Random } from "./random";
import type { World, WorldUnit, WorldUser } from "./world";

// ─── Figures ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A period of an evaluation: civil days, both inclusive (as ParEvaluation.periodFrom/periodTo). */
export interface ParDemoPeriod {
  from: LocalDate;
  to: LocalDate;
}

/** The figures MotCua has for the demo: every metric but the 766 estimate (see readDemoFigures). */
export type DemoFigureKey = Exclude<ParMetricKey, "decision766Score">;

/**
 * A unit and the units whose dossiers count as its own (src/server/data/unit-tree.ts unitTreeAndPredecessorIds):
 * below it, and those it continues, with theirs below them unless they went elsewhere.
 */
export function reachOf(world: World, unitId: string): string[] {
  const reach = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of world.units) {
      if (reach.has(unit.id)) continue;
      const below = unit.parentId !== null && reach.has(unit.parentId) && unit.successorId === null;
      if (below || (unit.successorId !== null && reach.has(unit.successorId))) {
        reach.add(unit.id);
        grew = true;
      }
    }
  }
  return [...reach];
}

// The app's reader's N/A texts (the frozen figures must read as it does), and SIPAS's own under its minimum sample.
const NO_DENOMINATOR: Record<DemoFigureKey, string> = {
  ...PAR_NO_DENOMINATOR,
  sipas: "Chưa đủ số phiếu đánh giá tối thiểu trong kỳ.",
};

const share = (metric: DemoFigureKey, numerator: number, denominator: number, readAt: string): ParMetricInput =>
  denominator > 0
    ? { metric, value: (numerator * 100) / denominator, numerator, denominator, unavailableReason: null, readAt }
    : { metric, value: null, numerator, denominator, unavailableReason: NO_DENOMINATOR[metric], readAt };

type RollupSums = {
  unit: string;
  received: number;
  receivedOnline: number;
  receivedPostal: number;
  receivedFullOnline: number;
  receivedWithFee: number;
  paidOnline: number;
  digitised: number;
  electronicResult: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  onTime766: number;
  late766: number;
  pendingAtStart: number;
  overdueAtEnd: number;
};
const ROLLUP_FIELDS = [
  "received",
  "receivedOnline",
  "receivedPostal",
  "receivedFullOnline",
  "receivedWithFee",
  "paidOnline",
  "digitised",
  "electronicResult",
  "resolved",
  "early",
  "onTime",
  "late",
  "onTime766",
  "late766",
  "pendingAtStart",
  "overdueAtEnd",
] as const;

/**
 * Each unit's figures over a period, read from the seeded database the way the app's PAR metrics reader
 * (src/server/par-index/metrics.ts readParMetrics) reads them, which the seeding cannot import (it runs outside
 * Next.js: server-only modules and the app's configured client): the leadership dashboard's headline counts from the
 * daily rollups by deciding unit (on time by Decision 766's formula), the late-dossier report's apology verdicts
 * (classifyLateDossierApology against the statutory appointment), Decision 766 5.2 for feedback (group5Counts), and
 * SIPAS (sipasIndex over the ratings' answers, N/A under the minimum sample). A unit counts its reach (reachOf).
 * Four statements for all the units together.
 */
export async function readDemoFigures(
  db: PrismaClient,
  cal: WorkingCalendar,
  world: World,
  unitIds: readonly string[],
  period: ParDemoPeriod,
  readAt: Date,
): Promise<Map<string, Record<DemoFigureKey, ParMetricInput>>> {
  const reaches = new Map(unitIds.map((id) => [id, reachOf(world, id)]));
  const all = [...new Set([...reaches.values()].flat())];
  const from = startOfVietnamDay(period.from);
  const end = addCalendarDays(period.to, 1);
  const to = startOfVietnamDay(end);
  const asOf = readAt.getTime() < to.getTime() ? readAt : to;

  // Flows of the period, and the pending / overdue balances summed from the beginning (docs/rollups.md).
  const rollups = await db.$queryRaw<RollupSums[]>`
    SELECT "decidingUnitId" AS unit,
      coalesce(sum(received) FILTER (WHERE p), 0)::int AS received,
      coalesce(sum(received) FILTER (WHERE p AND channel = 'ONLINE'), 0)::int AS "receivedOnline",
      coalesce(sum(received) FILTER (WHERE p AND channel = 'POSTAL'), 0)::int AS "receivedPostal",
      coalesce(sum("receivedFullOnline") FILTER (WHERE p), 0)::int AS "receivedFullOnline",
      coalesce(sum("receivedWithFee") FILTER (WHERE p), 0)::int AS "receivedWithFee",
      coalesce(sum("paidOnline") FILTER (WHERE p), 0)::int AS "paidOnline",
      coalesce(sum(digitised) FILTER (WHERE p), 0)::int AS digitised,
      coalesce(sum("electronicResult") FILTER (WHERE p), 0)::int AS "electronicResult",
      coalesce(sum(resolved) FILTER (WHERE p), 0)::int AS resolved,
      coalesce(sum("resolvedEarly") FILTER (WHERE p), 0)::int AS early,
      coalesce(sum("resolvedOnTime") FILTER (WHERE p), 0)::int AS "onTime",
      coalesce(sum("resolvedLate") FILTER (WHERE p), 0)::int AS late,
      coalesce(sum("resolved766OnTime") FILTER (WHERE p), 0)::int AS "onTime766",
      coalesce(sum("resolved766Late") FILTER (WHERE p), 0)::int AS "late766",
      coalesce(sum("pendingDelta") FILTER (WHERE day < ${period.from}::date), 0)::int AS "pendingAtStart",
      coalesce(sum("overdueDelta"), 0)::int AS "overdueAtEnd"
    FROM (SELECT *, day >= ${period.from}::date AS p FROM "DossierDailyRollup"
          WHERE "decidingUnitId" = ANY(${all}::text[]) AND day < ${end}::date) r
    GROUP BY 1`;
  const late = await db.$queryRaw<{ unit: string; statutory: Date; apology: Date | null }[]>`
    SELECT d."decidingUnitId" AS unit, coalesce(d."originalAppointmentAt", d."appointmentAt") AS statutory,
           (SELECT min(a."decidedAt") FROM "ApologyLetter" a WHERE a."dossierId" = d.id AND a.status = 'APPROVED') AS apology
    FROM "Dossier" d
    WHERE d."decidingUnitId" = ANY(${all}::text[]) AND d.timeliness = 'LATE'
      AND d."finishedAt" >= ${from} AND d."finishedAt" < ${to}`;
  const feedback = await db.feedback.findMany({
    where: { unitId: { in: all }, receivedAt: { gte: from, lt: to } },
    select: {
      id: true,
      unitId: true,
      status: true,
      receivedAt: true,
      refuseDueAt: true,
      infoDueAt: true,
      answerDueAt: true,
      publishDueAt: true,
      refusedAt: true,
      infoRequestedAt: true,
      answeredAt: true,
      publishedAt: true,
      closedAt: true,
      category: true,
      verdict: true,
      contactId: true,
      contactText: true,
      dossierId: true,
      subject: true,
    },
  });
  const answers = await db.$queryRaw<
    { unit: string; rating: string; criterion: string; factor: string; score: number }[]
  >`
    SELECT r."unitId" AS unit, r.id AS rating, q.code || '/' || c.code AS criterion, f.code AS factor, a.score
    FROM "Rating" r
    JOIN "RatingAnswer" a ON a."ratingId" = r.id
    JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
    JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
    JOIN "QuestionnaireVersion" v ON v.id = c."versionId"
    JOIN "Questionnaire" q ON q.id = v."questionnaireId"
    WHERE r."unitId" = ANY(${all}::text[]) AND r."createdAt" >= ${from} AND r."createdAt" < ${to}`;
  const setting = await db.setting.findUnique({ where: { key: "sipasMinimumSample" } });
  const minimumSample =
    typeof setting?.value === "number" && Number.isInteger(setting.value) && setting.value >= 1
      ? setting.value
      : DEFAULT_MINIMUM_SAMPLE;

  const stamp = readAt.toISOString();
  const result = new Map<string, Record<DemoFigureKey, ParMetricInput>>();
  for (const [unitId, reach] of reaches) {
    const members = new Set(reach);
    const sum = Object.fromEntries(ROLLUP_FIELDS.map((f) => [f, 0])) as Record<(typeof ROLLUP_FIELDS)[number], number>;
    for (const row of rollups) if (members.has(row.unit)) for (const f of ROLLUP_FIELDS) sum[f] += row[f];
    const lateRows = late.filter((row) => members.has(row.unit));
    const timely = lateRows.filter(
      (row) =>
        classifyLateDossierApology(cal, { originalAppointmentAt: row.statutory, apologyIssuedAt: row.apology }) ===
        "TIMELY_APOLOGY",
    ).length;
    const headline = new Map(
      headlineIndicators({
        ...sum,
        resolvedLateTimelyApology: timely,
        resolved: { resolved: sum.resolved, early: sum.early, onTime: sum.onTime, late: sum.late },
        resolved766: { onTime: sum.onTime766, late: sum.late766 },
      }).map((row) => [row.id, row]),
    );
    const rate = (metric: DemoFigureKey, id: Parameters<typeof headline.get>[0]) => {
      const indicator = headline.get(id)!;
      return share(metric, indicator.numerator, indicator.denominator, stamp);
    };
    const compliance = apologyCompliance({ late: lateRows.length, lateWithTimelyApology: timely });
    const counts = group5Counts(
      feedback
        .filter((item) => members.has(item.unitId))
        .map(({ contactId, contactText, ...item }) => ({
          ...item,
          contactKey: contactId ?? (contactText ? `text:${contactText}` : null),
        })),
      asOf,
    );
    const ratings = new Map<string, { criterionCode: string; factorCode: string; score: number }[]>();
    for (const a of answers) {
      if (!members.has(a.unit)) continue;
      const list = ratings.get(a.rating) ?? [];
      list.push({ criterionCode: a.criterion, factorCode: a.factor, score: a.score });
      ratings.set(a.rating, list);
    }
    const tallied = tallyRatings([...ratings.values()].map((list) => ({ answers: list })));
    const index = sipasIndex(tallied.tallies, tallied.respondents, { minimumSample });
    result.set(unitId, {
      onTimeRate: rate("onTimeRate", "onTime766"),
      apologyCompliance: share("apologyCompliance", timely, compliance === null ? 0 : lateRows.length, stamp),
      onlineShare: rate("onlineShare", "onlineShare"),
      fullOnlineShare: rate("fullOnlineShare", "fullOnlineShare"),
      onlinePaymentShare: rate("onlinePaymentShare", "onlinePaymentShare"),
      digitisationShare: rate("digitisationShare", "digitisation"),
      eResultShare: rate("eResultShare", "electronicResult"),
      feedbackOnTime: share("feedbackOnTime", counts.handledOnTime, counts.handledOnTime + counts.handledLate, stamp),
      sipas:
        index.value === null
          ? {
              metric: "sipas",
              value: null,
              numerator: null,
              denominator: index.respondents,
              unavailableReason: `${NO_DENOMINATOR.sipas} (${index.respondents}/${index.minimumSample} phiếu)`,
              readAt: stamp,
            }
          : {
              metric: "sipas",
              value: Math.round(index.value * 100 * 1e6) / 1e6,
              numerator: null,
              denominator: index.respondents,
              unavailableReason: null,
              readAt: stamp,
            },
    });
  }
  return result;
}

// ─── The plan: rows of the three years, pure ────────────────────────────────────────────────────────────────────

/** Manual scores follow the unit's catalogue profile (how far its online service has come) and its late rate. */
export type ParProfile = "LEADER" | "MIDDLE" | "LAGGARD";

export function parProfileOf(unit: UnitSeed): ParProfile {
  for (const [name, profile] of Object.entries(DIGITAL_PROFILES))
    if (profile.payOnline.start === unit.digital.payOnline.start) return name as ParProfile;
  return "MIDDLE";
}

/**
 * How well a unit keeps its reform work (0–1): the share of manual criteria it fully meets, before the per-criterion
 * spread. Leaders 0.97, the middle 0.93, laggards 0.9 (the article's causes: late reports, unfunded tasks, weak
 * software skills); a late rate above 1.2 % costs 1.5 points of quality per point of lateness.
 */
export function parQuality(unit: UnitSeed): number {
  const base = { LEADER: 0.97, MIDDLE: 0.93, LAGGARD: 0.9 }[parProfileOf(unit)];
  return base - Math.max(0, unit.lateRate - 0.012) * 1.5;
}

/** The three years' fixed facts. 2026's dates are set back from the anchor ("today" of the demo, at most 05/12/2026). */
interface YearFacts {
  year: number;
  ownerCode: string;
  homeAffairs: string;
  unitCodes: readonly string[];
  name: string;
  basis: string;
  period: ParDemoPeriod;
  lockedOn: LocalDate;
  openedOn: LocalDate;
  deadline: LocalDate;
}

const DEMO_BASIS = "(số hiệu minh họa, dữ liệu demo)";

export function parYears(anchor: LocalDate): Record<2024 | 2025 | 2026, YearFacts> {
  const communes = COMMUNES_2025.map((u) => u.code);
  return {
    2024: {
      year: 2024,
      ownerCode: TOWN.code,
      homeAffairs: townAccountName("noivu.sontay"),
      unitCodes: WARDS.map((u) => u.code),
      name: "Bộ tiêu chí xác định Chỉ số cải cách hành chính của UBND các phường, xã thuộc thị xã Sơn Tây năm 2024",
      basis: `Quyết định số 3215/QĐ-UBND ngày 25/11/2024 của UBND thị xã Sơn Tây ${DEMO_BASIS}`,
      period: { from: "2024-01-01", to: "2024-12-31" },
      lockedOn: "2024-12-16",
      openedOn: "2024-12-16",
      deadline: "2025-01-15",
    },
    2025: {
      year: 2025,
      ownerCode: PROVINCE.code,
      homeAffairs: "noivu.hanoi",
      unitCodes: communes,
      name: "Bộ tiêu chí xác định Chỉ số cải cách hành chính của UBND các xã, phường thuộc thành phố Hà Nội năm 2025",
      basis: `Quyết định số 6120/QĐ-UBND ngày 28/11/2025 của UBND thành phố Hà Nội ${DEMO_BASIS}`,
      // The units exist from 01/07/2025: their figures are read over their own half year (docs/par-index.md).
      period: { from: REFORM_DAY, to: "2025-12-31" },
      lockedOn: "2025-12-15",
      openedOn: "2025-12-15",
      deadline: "2026-01-15",
    },
    2026: {
      year: 2026,
      ownerCode: PROVINCE.code,
      homeAffairs: "noivu.hanoi",
      unitCodes: communes,
      name: "Bộ tiêu chí xác định Chỉ số cải cách hành chính của UBND các xã, phường thuộc thành phố Hà Nội năm 2026",
      basis: `Quyết định số 5874/QĐ-UBND ngày 06/11/2026 của UBND thành phố Hà Nội ${DEMO_BASIS}`,
      period: { from: "2026-01-01", to: "2026-12-31" },
      lockedOn: addCalendarDays(anchor, -19),
      openedOn: addCalendarDays(anchor, -19),
      deadline: "2027-01-15",
    },
  };
}

type SetRow = Prisma.ParCriteriaSetCreateManyInput;
type CriterionRow = Prisma.ParCriterionCreateManyInput;
type EvaluationRow = Prisma.ParEvaluationCreateManyInput;
type UnitRow = Prisma.ParUnitEvaluationCreateManyInput;
type AnswerRow = Prisma.ParAnswerCreateManyInput & { id: string };
type EventRow = Prisma.ParEventCreateManyInput;
type AuditRow = Prisma.AuditEntryCreateManyInput;
/** An evidence file before its bytes are stored: the seeding renders `content` and fills in the rest. */
export type EvidenceFilePlan = Omit<
  Prisma.ParEvidenceFileCreateManyInput,
  "storageKey" | "sha256" | "sizeBytes" | "mediaType"
> & {
  content: PdfContent;
};

export interface ParDemoRows {
  sets: SetRow[];
  criteria: CriterionRow[];
  evaluations: EvaluationRow[];
  units: UnitRow[];
  answers: AnswerRow[];
  events: EventRow[];
  files: EvidenceFilePlan[];
  /** The audit entries the services write with each step (src/server/par-index), for the audit-log screen. */
  audits: AuditRow[];
}

export interface ParDemoInput {
  seed: number;
  /** The demo's "today" for the open evaluation (a local date, at most 05/12/2026). */
  anchor: LocalDate;
  /** Each year's figures by unit id (readDemoFigures), and a note when they were read over another window. */
  figures: Record<ParYear, { byUnit: Map<string, Record<DemoFigureKey, ParMetricInput>>; note: string | null }>;
}

export type ParYear = 2024 | 2025 | 2026;

/** Why a manual criterion was appraised lower, by domain (the source article's causes among them). */
const DEDUCTIONS: Readonly<Record<string, string>> = {
  "1": "Báo cáo cải cách hành chính định kỳ gửi chậm so với thời hạn; trừ điểm theo hướng dẫn chấm.",
  "2": "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện; đề nghị lưu đủ hồ sơ năm sau.",
  "3": "Danh mục thủ tục niêm yết chưa cập nhật đủ tại thời điểm kiểm tra.",
  "4": "Chưa kèm báo cáo kết quả thực hiện nhiệm vụ được phân cấp.",
  "5": "Một số công chức chưa hoàn thành bồi dưỡng kỹ năng sử dụng phần mềm theo kế hoạch.",
  "6": "Nhiệm vụ cải cách hành chính chưa được bố trí kinh phí thực hiện trong dự toán năm.",
  "7": "Kỹ năng sử dụng phần mềm của cán bộ còn hạn chế; số liệu kê khai chưa khớp báo cáo của hệ thống.",
  C: "Sáng kiến mới được cấp thị xã ghi nhận, chưa được cấp thành phố công nhận.",
};
/** Kinds of evidence document by criterion (the rest: a report). */
const DOCUMENT_KIND: Readonly<Record<string, string>> = {
  "1.1": "KH",
  "1.4": "KH",
  "1.5": "KH",
  "2.2": "KH",
  "3.10": "KH",
  "3.2": "QĐ",
  "4.1": "QĐ",
  "5.1": "QĐ",
  "6.1": "QĐ",
  "6.2": "QĐ",
  "C.1": "QĐ",
  "C.2": "QĐ",
};
/** Criteria that carry a PDF in the demo (a few per unit keep the file store small). */
const FILED = ["1.1", "1.2", "5.4"] as const;

const quarter = (points: number) => Math.round(points * 4) / 4;
const percentText = (value: number) => `${(Math.round(value * 100) / 100).toLocaleString("vi-VN")}%`;
const dateText = (date: LocalDate) => formatDateVi(date);

export function planParDemo(world: World, cal: WorkingCalendar, input: ParDemoInput): ParDemoRows {
  const ids = new Random(input.seed).fork("par-index");
  const rows: ParDemoRows = {
    sets: [],
    criteria: [],
    evaluations: [],
    units: [],
    answers: [],
    events: [],
    files: [],
    audits: [],
  };
  const years = parYears(input.anchor);
  const user = (username: string) => {
    const found = world.users.find((u) => u.username === username);
    if (!found) throw new Error(`PAR demo: no account ${username}`);
    return found;
  };
  const unit = (code: string) => {
    const found = world.unitsByCode.get(code);
    if (!found) throw new Error(`PAR demo: no unit ${code}`);
    return found;
  };
  const at = (date: LocalDate, time: `${number}:${number}`) => localDateTime(cal, date, time);
  const day = (date: LocalDate) => new Date(`${date}T00:00:00.000Z`);
  const working = (date: LocalDate, n: number) => addWorkingDays(cal, date, n);

  let previousSetId: string | null = null;
  for (const year of [2024, 2025, 2026] as const) {
    const facts = years[year];
    const homeAffairs = user(facts.homeAffairs);
    const setId = ids.id();
    const nodeIds = new Map(SAMPLE_COMMUNE_TREE_2025.nodes.map((n) => [n.id, ids.id()]));
    const nodes: ParCriterionNode[] = SAMPLE_COMMUNE_TREE_2025.nodes.map((n) => ({
      ...n,
      id: nodeIds.get(n.id)!,
      parentId: n.parentId === null ? null : nodeIds.get(n.parentId)!,
    }));
    const setCreated = addCalendarDays(facts.lockedOn, -21);
    rows.sets.push({
      id: setId,
      ownerUnitId: unit(facts.ownerCode).id,
      year,
      level: "COMMUNE",
      name: facts.name,
      basis: facts.basis,
      isSample: false,
      status: "LOCKED",
      gradeBands: SAMPLE_COMMUNE_TREE_2025.gradeBands.map((b) => ({ ...b })),
      rescaleToHundred: SAMPLE_COMMUNE_TREE_2025.rescaleToHundred,
      copiedFromId: year === 2026 ? previousSetId : null,
      createdById: homeAffairs.id,
      createdAt: at(setCreated, "09:00"),
      updatedAt: at(facts.lockedOn, "08:30"),
      lockedAt: at(facts.lockedOn, "08:30"),
    });
    rows.audits.push({
      at: at(setCreated, "09:00"),
      actorId: homeAffairs.id,
      action: year === 2026 ? "par_criteria.copy" : "par_criteria.create",
      entity: "ParCriteriaSet",
      entityId: setId,
      detail: { year, level: "COMMUNE", ...(year === 2026 ? { copiedFromId: previousSetId } : {}) },
    });
    previousSetId = setId;
    for (const n of flattenParTree(buildParTree(nodes)).map((t) => t.node))
      rows.criteria.push({
        id: n.id,
        setId,
        parentId: n.parentId,
        position: n.position,
        code: n.code,
        title: n.title,
        maxPoints: n.maxPoints,
        kind: n.kind,
        section: n.section,
        valueKind: n.valueKind,
        allowNotApplicable: n.allowNotApplicable,
        guidance: n.guidance,
        scoringNote: n.scoringNote,
        metric: n.metric,
        ...(n.ladder ? { ladder: n.ladder.map((s) => ({ ...s })) } : {}),
      });

    const finished = year !== 2026;
    const evaluationId = ids.id();
    const openedAt = at(facts.openedOn, "09:00");
    // Finished years: appraisal within four weeks of the deadline, finalised, published a week later.
    const finaliseOn = working(facts.deadline, 20);
    const publishOn = working(finaliseOn, 5);
    rows.evaluations.push({
      id: evaluationId,
      setId,
      status: finished ? "PUBLISHED" : "OPEN",
      periodFrom: day(facts.period.from),
      periodTo: day(facts.period.to),
      submitDeadline: day(facts.deadline),
      openedById: homeAffairs.id,
      openedAt,
      publishedAt: finished ? at(publishOn, "15:00") : null,
      publishedById: finished ? homeAffairs.id : null,
    });

    const units = facts.unitCodes.map(unit);
    rows.audits.push({
      at: openedAt,
      actorId: homeAffairs.id,
      action: "par_evaluation.open",
      entity: "ParEvaluation",
      entityId: evaluationId,
      detail: {
        setId,
        year,
        level: "COMMUNE",
        units: units.map((u) => u.id),
        periodFrom: facts.period.from,
        periodTo: facts.period.to,
        submitDeadline: facts.deadline,
      },
    });
    if (finished)
      rows.audits.push({
        at: at(publishOn, "15:00"),
        actorId: homeAffairs.id,
        action: "par_evaluation.publish",
        entity: "ParEvaluation",
        entityId: evaluationId,
        detail: { year, level: "COMMUNE", units: units.length },
      });
    // The weakest one or two units of a finished year are asked to clarify a criterion before the appraisal.
    const returned = new Set(
      finished
        ? [...units]
            .sort((a, b) => parQuality(a.seed) - parQuality(b.seed) || a.seed.code.localeCompare(b.seed.code))
            .slice(0, year === 2024 ? 2 : 1)
            .map((u) => u.id)
        : [],
    );
    units.forEach((u, index) => {
      const leader = u.leader;
      if (!leader) throw new Error(`PAR demo: ${u.seed.code} has no leader`);
      const story: UnitStory = finished
        ? returned.has(u.id)
          ? "returned-then-finalised"
          : "finalised"
        : u.seed.code === "PST"
          ? "submitted"
          : u.seed.code === "XDP"
            ? "returned"
            : "draft";
      unitRows(rows, {
        ids,
        cal,
        year,
        facts,
        unit: u,
        index,
        story,
        leader,
        delegate: story === "draft" ? (u.offices.get(COMMUNE_OFFICE_CODE)?.officers[0] ?? null) : null,
        homeAffairs,
        nodes,
        evaluationId,
        set: { id: setId, year, name: facts.name },
        figures: input.figures[year].byUnit.get(u.id) ?? null,
        figureNote: input.figures[year].note,
        openedAt,
        finaliseOn,
        publishOn,
        anchor: input.anchor,
        seed: input.seed,
      });
    });
  }
  return rows;
}

type UnitStory = "finalised" | "returned-then-finalised" | "submitted" | "draft" | "returned";

interface UnitContext {
  ids: Random;
  cal: WorkingCalendar;
  year: ParYear;
  facts: YearFacts;
  unit: WorldUnit;
  index: number;
  story: UnitStory;
  leader: WorldUser;
  delegate: WorldUser | null;
  homeAffairs: WorldUser;
  nodes: ParCriterionNode[];
  evaluationId: string;
  set: { id: string; year: number; name: string };
  figures: Record<DemoFigureKey, ParMetricInput> | null;
  figureNote: string | null;
  openedAt: Date;
  finaliseOn: LocalDate;
  publishOn: LocalDate;
  anchor: LocalDate;
  seed: number;
}

/** A deterministic number in [0, 1) for a unit, a criterion and a purpose. */
const spread = (ctx: UnitContext, code: string, purpose: string) =>
  new Random(ctx.seed).fork(`par:${ctx.year}:${ctx.unit.seed.code}:${code}:${purpose}`).float();

interface Answer {
  declared: ParDeclared | null;
  numberValue: number | null;
  evidenceText: string | null;
  selfScore: number | null;
  appraisedScore: number | null;
  appraisalNote: string | null;
  metricInput: ParMetricInput | null;
}

/** The unit's declaration and home affairs' appraisal of one scored criterion (see the header for the rules). */
function answerOf(ctx: UnitContext, node: ParCriterionNode): Answer {
  const q = parQuality(ctx.unit.seed);
  const profile = parProfileOf(ctx.unit.seed);
  const h = spread(ctx, node.code, "value");
  const weak = spread(ctx, node.code, "appraisal") > q + 0.05;
  const domain = node.code.split(".")[0]!;
  const none: Answer = {
    declared: null,
    numberValue: null,
    evidenceText: null,
    selfScore: null,
    appraisedScore: null,
    appraisalNote: null,
    metricInput: null,
  };
  const documentText = () => {
    const kind = DOCUMENT_KIND[node.code] ?? "BC";
    const number = 10 + Math.floor(spread(ctx, node.code, "number") * 240);
    const date = addCalendarDays(`${ctx.year}-01-01`, Math.floor(spread(ctx, node.code, "date") * 330));
    return `${kind === "KH" ? "Kế hoạch" : kind === "QĐ" ? "Quyết định" : "Báo cáo"} số ${number}/${kind}-UBND ngày ${dateText(date)} của UBND ${ctx.unit.seed.kindLabel.toLowerCase()} ${ctx.unit.seed.name}.`;
  };

  if (node.metric !== null && node.metric !== "decision766Score") {
    const figure = ctx.figures?.[node.metric] ?? null;
    if (figure === null) return none;
    if (figure.value === null && node.allowNotApplicable)
      return { ...none, declared: "NOT_APPLICABLE", metricInput: figure, evidenceText: figure.unavailableReason };
    if (figure.value === null && node.kind === "SURVEY") return surveyAppraisal(ctx, node, figure, q);
    const proposed = proposedScore(node, { ...blankInput(node.id), metricInput: figure }) ?? 0;
    const read =
      figure.value === null
        ? (figure.unavailableReason ?? "")
        : `Số liệu MotCua: ${percentText(figure.value)}${figure.numerator !== null && figure.denominator ? ` (${figure.numerator.toLocaleString("vi-VN")}/${figure.denominator.toLocaleString("vi-VN")})` : ""}.`;
    return {
      ...none,
      metricInput: figure,
      evidenceText: ctx.figureNote ? `${read} ${ctx.figureNote}` : read,
      selfScore: proposed,
      appraisedScore: proposed,
    };
  }
  if (node.metric === "decision766Score") {
    // The demo does not compute the 766 scorecard while seeding: the unit declares the score it was given.
    const value = Math.round((52 + 42 * q + (h - 0.5) * 8) * 10) / 10;
    const declared = { ...blankInput(node.id), numberValue: value };
    const proposed = proposedScore(node, declared) ?? 0;
    return {
      ...none,
      numberValue: value,
      metricInput: {
        metric: "decision766Score",
        value: null,
        numerator: null,
        denominator: null,
        unavailableReason:
          "Dữ liệu demo: điểm Bộ chỉ số 766 không được tính khi khởi tạo; đơn vị kê khai điểm được công bố.",
        readAt: ctx.openedAt.toISOString(),
      },
      evidenceText: `Điểm Bộ chỉ số 766 năm ${ctx.year} của đơn vị: ${value.toLocaleString("vi-VN")}/100 (kết quả công bố trên Cổng Dịch vụ công quốc gia).`,
      selfScore: proposed,
      appraisedScore: proposed,
    };
  }
  if (node.section === "PENALTY") {
    const apology = ctx.figures?.apologyCompliance;
    const happened =
      // T.1 (a violation concluded by an inspection) happened nowhere in the demo; T.2 follows MotCua's apologies.
      node.code === "T.2" && apology !== undefined && apology.value !== null && apology.value < 100;
    // A laggard does not declare the missing apologies; home affairs checks MotCua's figure and takes the points off.
    const owned = happened && !(node.code === "T.2" && profile === "LAGGARD");
    return {
      ...none,
      declared: owned ? "YES" : "NO",
      evidenceText: owned ? documentText() : "Không có trường hợp.",
      selfScore: owned ? node.maxPoints : 0,
      appraisedScore: happened ? node.maxPoints : 0,
      appraisalNote:
        happened && !owned && apology
          ? `Đối chiếu số liệu MotCua: ${(apology.denominator ?? 0) - (apology.numerator ?? 0)} hồ sơ trễ hạn chưa được gửi thư xin lỗi đúng hạn.`
          : null,
    };
  }
  if (node.section === "BONUS") {
    const earned = node.code === "C.1" ? profile === "LEADER" && h < 0.5 : q >= 0.9 && h < 0.6;
    const kept = earned && !(node.code === "C.1" && weak);
    return {
      ...none,
      declared: earned ? "YES" : "NO",
      evidenceText: earned ? documentText() : null,
      selfScore: earned ? node.maxPoints : 0,
      appraisedScore: kept ? node.maxPoints : 0,
      appraisalNote: earned && !kept ? DEDUCTIONS.C! : null,
    };
  }
  if (node.allowNotApplicable && spread(ctx, node.code, "applicable") < 0.3)
    return {
      ...none,
      declared: "NOT_APPLICABLE",
      evidenceText: "Trong năm không phát sinh nhiệm vụ thuộc tiêu chí này.",
    };
  if (node.valueKind === "NUMBER") {
    const value = Math.min(100, Math.max(30, Math.round((q + (h - 0.5) * 0.16) * 1000) / 10));
    const self = proposedScore(node, { ...blankInput(node.id), numberValue: value }) ?? 0;
    const steps = (node.ladder ?? []).map((s) => s.points).filter((p) => p < self);
    const appraised = weak ? (steps[0] ?? 0) : self;
    return {
      ...none,
      numberValue: value,
      evidenceText: `Tỷ lệ kê khai ${percentText(value)}. ${documentText()}`,
      selfScore: self,
      appraisedScore: appraised,
      appraisalNote: appraised < self ? DEDUCTIONS[domain]! : null,
    };
  }
  const yes = h < Math.min(0.995, q + 0.06);
  const appraised = yes ? (weak ? quarter(node.maxPoints / 2) : node.maxPoints) : 0;
  return {
    ...none,
    declared: yes ? "YES" : "NO",
    evidenceText: yes ? documentText() : "Chưa thực hiện trong năm.",
    selfScore: yes ? node.maxPoints : 0,
    appraisedScore: appraised,
    appraisalNote: yes && weak ? DEDUCTIONS[domain]! : null,
  };
}

/**
 * A survey criterion whose MotCua figure is N/A (too few ratings in the period for the minimum sample): home affairs
 * scores it from its own sociological survey of the unit (the source's kind X, which MotCua's SIPAS stands in for),
 * a share set by the unit's profile, and says so. The frozen input keeps MotCua's N/A and its reason.
 */
function surveyAppraisal(ctx: UnitContext, node: ParCriterionNode, figure: ParMetricInput, q: number): Answer {
  const surveyed = Math.round((30 + 60 * q + (spread(ctx, node.code, "survey") - 0.5) * 4) * 10) / 10;
  const points = proposedScore(node, { ...blankInput(node.id), metricInput: { ...figure, value: surveyed } }) ?? 0;
  const note = `Chỉ số hài lòng trên MotCua chưa đủ mẫu (${figure.unavailableReason ?? ""}); chấm theo kết quả điều tra xã hội học của ${ctx.year === 2024 ? "thị xã" : "Thành phố"} năm ${ctx.year}: ${percentText(surveyed)} người được hỏi hài lòng.`;
  return {
    declared: null,
    numberValue: null,
    evidenceText: figure.unavailableReason,
    // The unit proposes the survey's points too, so its self-assessment and the appraisal compare like with like.
    selfScore: points,
    appraisedScore: points,
    appraisalNote: note,
    metricInput: figure,
  };
}

const blankInput = (criterionId: string): ParAnswerInput => ({
  criterionId,
  declared: null,
  numberValue: null,
  selfScore: null,
  appraisedScore: null,
  metricInput: null,
});

const EVIDENCE_TITLES: Readonly<Record<(typeof FILED)[number], string>> = {
  "1.1": "Kế hoạch cải cách hành chính năm",
  "1.2": "Báo cáo kết quả cải cách hành chính năm",
  "5.4": "Danh sách cán bộ, công chức được đào tạo, bồi dưỡng năm",
};

/** The returned criterion and home affairs' note, by year. */
const RETURNS: Readonly<Record<ParYear, { code: string; note: string; reply: string }>> = {
  2024: {
    code: "1.3",
    note: "Đề nghị bổ sung báo cáo kết quả thực hiện kế hoạch cải cách hành chính năm 2024 làm căn cứ cho tỷ lệ đã kê khai.",
    reply: "Đã bổ sung báo cáo kết quả thực hiện kế hoạch cải cách hành chính năm 2024.",
  },
  2025: {
    code: "1.3",
    note: "Đề nghị bổ sung báo cáo kết quả thực hiện kế hoạch cải cách hành chính 6 tháng cuối năm 2025 của đơn vị mới.",
    reply: "Đã bổ sung báo cáo kết quả thực hiện kế hoạch cải cách hành chính 6 tháng cuối năm 2025.",
  },
  2026: {
    code: "5.4",
    note: "Đề nghị bổ sung danh sách cán bộ, công chức đã tham gia bồi dưỡng và chứng chỉ kèm theo để làm căn cứ cho tỷ lệ đã kê khai.",
    reply: "",
  },
};

/** When the finished years' figures are frozen: at finalisation (working day 20 after the deadline, 16:00). */
export function parFinaliseOn(cal: WorkingCalendar, deadline: LocalDate): LocalDate {
  return addWorkingDays(cal, deadline, 20);
}

/** The audit action of an event type where the names differ (src/domain/audit). */
const AUDIT_ACTION: Readonly<Record<string, string>> = { delegate: "name_delegate", attach: "attach_evidence" };

function unitRows(rows: ParDemoRows, ctx: UnitContext): void {
  const { ids, cal, facts, story, leader, homeAffairs } = ctx;
  const at = (date: LocalDate, time: `${number}:${number}`, minutes = 0) =>
    new Date(localDateTime(cal, date, time).getTime() + minutes * 60_000);
  const working = (date: LocalDate, n: number) => addWorkingDays(cal, date, n);
  const unitEvaluationId = ids.id();
  const events: EventRow[] = [];
  const event = (e: Omit<EventRow, "unitEvaluationId">) => events.push({ unitEvaluationId, ...e });
  const nodeById = new Map(ctx.nodes.map((n) => [n.id, n]));
  const finished = story === "finalised" || story === "returned-then-finalised";
  const declarer = ctx.delegate ?? leader;

  event({ at: ctx.openedAt, actorId: homeAffairs.id, type: "open", toStatus: "DRAFT" });
  const declareOn = working(facts.openedOn, 2 + (ctx.index % 6));
  const scored = ctx.nodes.filter((n) => n.kind !== "GROUP");
  // A unit still drafting has declared its first domains and MotCua's figures, not yet the rest.
  const declaredNodes =
    story === "draft" ? scored.filter((n) => n.metric !== null || Number(n.code.split(".")[0]) <= 3) : scored;
  const answers: (AnswerRow & { input: ParAnswerInput })[] = [];
  if (ctx.delegate)
    event({
      at: at(working(facts.openedOn, 1), "10:00"),
      actorId: leader.id,
      type: "delegate",
      payload: { before: null, after: ctx.delegate.id },
    });
  // Opening creates a row for every scored criterion (src/server/par-index); the ones not yet declared stay empty.
  const declaredIds = new Set(declaredNodes.map((n) => n.id));
  for (const node of scored.filter((n) => !declaredIds.has(n.id)))
    answers.push({
      id: ids.id(),
      unitEvaluationId,
      criterionId: node.id,
      updatedAt: ctx.openedAt,
      input: blankInput(node.id),
    });
  declaredNodes.forEach((node, k) => {
    const a = answerOf(ctx, node);
    const declaredAt = at(declareOn, "08:00", k * 6);
    const input: ParAnswerInput = {
      criterionId: node.id,
      declared: a.declared,
      numberValue: a.numberValue,
      selfScore: a.selfScore,
      appraisedScore: finished ? a.appraisedScore : null,
      metricInput: a.metricInput,
    };
    answers.push({
      id: ids.id(),
      unitEvaluationId,
      criterionId: node.id,
      declared: a.declared,
      numberValue: a.numberValue,
      evidenceText: a.evidenceText,
      selfScore: a.selfScore,
      ...(a.metricInput ? { metricInput: { ...a.metricInput } } : {}),
      appraisedScore: finished ? a.appraisedScore : null,
      appraisalNote: finished ? a.appraisalNote : null,
      appraisedById: null,
      appraisedAt: null,
      returnedAt: null,
      returnNote: null,
      updatedById: declarer.id,
      updatedAt: declaredAt,
      input,
    });
    event({
      at: declaredAt,
      actorId: declarer.id,
      type: "declare",
      criterionId: node.id,
      payload: {
        criterion: node.code,
        before: { declared: null, numberValue: null, selfScore: null },
        after: { declared: a.declared, numberValue: a.numberValue, selfScore: a.selfScore },
      },
    });
  });
  const answerByCode = new Map(answers.map((a) => [ctx.nodes.find((n) => n.id === a.criterionId)!.code, a]));

  FILED.forEach((code, i) => {
    const answer = answerByCode.get(code);
    if (!answer?.updatedById || answer.declared === "NO" || answer.declared === "NOT_APPLICABLE") return;
    const uploadedAt = at(declareOn, "14:00", i * 4);
    rows.files.push({
      id: ids.id(),
      answerId: answer.id,
      fileName: `${code.replace(".", "-")}-${ctx.year}-${ctx.unit.seed.slug}.pdf`,
      uploadedById: declarer.id,
      uploadedAt,
      content: {
        kind: "component",
        title: `${EVIDENCE_TITLES[code]} ${ctx.year}`,
        lines: [
          `Tài liệu kiểm chứng minh họa cho tiêu chí ${code} của bộ tiêu chí cải cách hành chính năm ${ctx.year}.`,
          "Văn bản gốc lưu tại đơn vị.",
        ],
      },
    });
    event({
      at: uploadedAt,
      actorId: declarer.id,
      type: "attach",
      criterionId: answer.criterionId,
      payload: { criterion: code, fileName: `${code.replace(".", "-")}-${ctx.year}-${ctx.unit.seed.slug}.pdf` },
    });
  });

  let status: ParUnitStatus = "DRAFT";
  let version = 1;
  const move = (at: Date, actorId: string, type: string, to: ParUnitStatus, extra: Partial<EventRow> = {}) => {
    event({ at, actorId, type, fromStatus: status, toStatus: to, ...extra });
    status = to;
    version += 1;
  };
  let submittedAt: Date | null = null;
  let finalisedAt: Date | null = null;
  let result: FrozenParResult | null = null;
  if (story !== "draft") {
    submittedAt =
      story === "submitted"
        ? at(working(ctx.anchor, -2), "15:30")
        : story === "returned"
          ? at(working(ctx.anchor, -7), "16:00")
          : at(working(facts.deadline, -1 - Math.floor(spread(ctx, "submit", "day") * 5)), "16:00");
    move(submittedAt, leader.id, "submit", "SUBMITTED");
  }
  if (story === "returned" || story === "returned-then-finalised") {
    const back = RETURNS[ctx.year];
    const answer = answerByCode.get(back.code)!;
    const returnedAt =
      story === "returned" ? at(working(ctx.anchor, -3), "10:00") : at(working(facts.deadline, 2), "10:00");
    move(returnedAt, homeAffairs.id, "return", "RETURNED", {
      criterionId: answer.criterionId,
      note: back.note,
      payload: { criterion: back.code },
    });
    if (story === "returned") {
      answer.returnedAt = returnedAt;
      answer.returnNote = back.note;
    } else {
      const repliedOn = working(facts.deadline, 4);
      answer.evidenceText = `${answer.evidenceText ?? ""} ${back.reply}`.trim();
      answer.updatedAt = at(repliedOn, "09:00");
      event({
        at: at(repliedOn, "09:00"),
        actorId: leader.id,
        type: "declare",
        criterionId: answer.criterionId,
        note: back.reply,
      });
      submittedAt = at(repliedOn, "10:00");
      move(submittedAt, leader.id, "submit", "SUBMITTED");
    }
  }
  if (finished) {
    const appraiseOn = working(facts.deadline, 6 + (ctx.index % 8));
    answers.forEach((answer, k) => {
      answer.appraisedById = homeAffairs.id;
      answer.appraisedAt = at(appraiseOn, "08:00", k * 5);
      answer.updatedAt = answer.appraisedAt;
      event({
        at: answer.appraisedAt,
        actorId: homeAffairs.id,
        type: "appraise",
        criterionId: answer.criterionId,
        note: answer.appraisalNote ?? null,
        payload: {
          criterion: nodeById.get(answer.criterionId)!.code,
          selfScore: answer.input.selfScore,
          before: null,
          after: answer.input.appraisedScore,
        },
      });
    });
    finalisedAt = at(ctx.finaliseOn, "16:00", ctx.index);
    result = frozenResult({
      set: {
        id: ctx.set.id,
        year: ctx.set.year,
        level: "COMMUNE",
        name: ctx.set.name,
        rescaleToHundred: SAMPLE_COMMUNE_TREE_2025.rescaleToHundred,
        gradeBands: SAMPLE_COMMUNE_TREE_2025.gradeBands,
      },
      nodes: ctx.nodes,
      answers: answers.map((a) => a.input),
      frozenAt: finalisedAt.toISOString(),
    });
    move(finalisedAt, homeAffairs.id, "finalise", "FINALISED", {
      payload: { score100: result.score100, total: result.total, grade: result.grade, accepted: [] },
    });
    event({ at: at(ctx.publishOn, "15:00"), actorId: homeAffairs.id, type: "publish" });
  }

  rows.units.push({
    id: unitEvaluationId,
    evaluationId: ctx.evaluationId,
    unitId: ctx.unit.id,
    officeId: null,
    status,
    delegateId: ctx.delegate?.id ?? null,
    submittedAt,
    submittedById: submittedAt ? leader.id : null,
    finalisedAt,
    finalisedById: finalisedAt ? homeAffairs.id : null,
    ...(result ? { result } : {}),
    version,
    createdAt: ctx.openedAt,
    updatedAt: events.reduce((last, e) => (new Date(e.at!) > last ? new Date(e.at!) : last), ctx.openedAt),
  });
  rows.answers.push(...answers.map(({ input: _input, ...row }) => row));
  events.sort((a, b) => new Date(a.at!).getTime() - new Date(b.at!).getTime());
  rows.events.push(...events);
  // Each step's audit entry, as the services write it; opening and publishing are audited once per evaluation.
  for (const e of events) {
    if (e.type === "open" || e.type === "publish") continue;
    const criterion = e.criterionId ? nodeById.get(e.criterionId)?.code : undefined;
    rows.audits.push({
      at: e.at,
      actorId: e.actorId,
      action: `par_evaluation.${AUDIT_ACTION[e.type] ?? e.type}`,
      entity: "ParUnitEvaluation",
      entityId: unitEvaluationId,
      detail: {
        ...(e.payload as object | undefined),
        ...(criterion ? { criterion } : {}),
        ...(e.fromStatus ? { fromStatus: e.fromStatus, toStatus: e.toStatus ?? null } : {}),
        ...(e.note ? { note: e.note } : {}),
      },
    });
  }
}

// ─── Seeding ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The demo's "today" for the open 2026 evaluation: the seeding's end, at most 05/12/2026. */
export const PAR_ANCHOR_MAX = "2026-12-05";
/** Before this day the 2025 evaluation is not yet published and 2026's not yet open: no PAR data is seeded. */
export const PAR_ANCHOR_MIN = "2026-10-01";

export interface ParSeedSummary {
  sets: number;
  criteria: number;
  evaluations: number;
  unitEvaluations: number;
  answers: number;
  events: number;
  files: number;
  audits: number;
  /** A line for the seeding summary. */
  line: string;
}

const minDate = (a: LocalDate, b: LocalDate) => (a < b ? a : b);
const maxDate = (a: LocalDate, b: LocalDate) => (a > b ? a : b);

/**
 * The periods the figures of each year are read over: the evaluation's period within the demo's dossier history.
 * The default history starts in April 2025, after 2024: the old units' own dossiers of their last quarter on the old
 * map (first day of history → 30/06/2025) stand in for 2024, and the answers say so.
 */
export function parFigureWindows(
  firstDay: LocalDate,
  anchor: LocalDate,
): Record<ParYear, { period: ParDemoPeriod; note: string | null } | null> {
  const within = (from: LocalDate, to: LocalDate) => {
    const start = maxDate(from, firstDay);
    return start <= to ? { from: start, to } : null;
  };
  const y2024 = within("2024-01-01", "2024-12-31");
  const proxy = within("2025-01-01", "2025-06-30");
  return {
    2024: y2024
      ? {
          period: y2024,
          note:
            y2024.from > "2024-01-01"
              ? `Dữ liệu demo: lịch sử hồ sơ bắt đầu từ ${formatDateVi(y2024.from)}, số liệu tính từ ngày đó đến 31/12/2024.`
              : null,
        }
      : proxy
        ? {
            period: proxy,
            note: `Dữ liệu demo: lịch sử hồ sơ của bản demo bắt đầu từ ${formatDateVi(proxy.from)}, nên số liệu được tính từ hồ sơ của chính đơn vị từ ${formatDateVi(proxy.from)} đến 30/06/2025 (quý cuối trên bản đồ cũ), thay cho năm 2024.`,
          }
        : null,
    2025: within(REFORM_DAY, "2025-12-31") && { period: within(REFORM_DAY, "2025-12-31")!, note: null },
    2026: within("2026-01-01", addCalendarDays(anchor, -1)) && {
      period: within("2026-01-01", addCalendarDays(anchor, -1))!,
      note: null,
    },
  };
}

/**
 * Seeds the three years of PAR Index data after the dossiers, rollups, feedback and ratings are in: reads each
 * year's figures (one read per year for all its units), plans the rows, stores the evidence PDFs and inserts each
 * table with one createMany.
 */
export async function seedParIndex(
  db: PrismaClient,
  world: World,
  cal: WorkingCalendar,
  options: { seed: number; until: Date; firstDay: LocalDate; pdfs: PdfCache; objects: DemoObjects },
): Promise<ParSeedSummary> {
  const started = performance.now();
  const anchor = minDate(toLocalDate(cal, options.until), PAR_ANCHOR_MAX);
  const empty = {
    sets: 0,
    criteria: 0,
    evaluations: 0,
    unitEvaluations: 0,
    answers: 0,
    events: 0,
    files: 0,
    audits: 0,
  };
  if (anchor < PAR_ANCHOR_MIN)
    return {
      ...empty,
      line: `Chỉ số CCHC: không khởi tạo (ngày cuối ${formatDateVi(anchor)} trước ${formatDateVi(PAR_ANCHOR_MIN)}).`,
    };

  const years = parYears(anchor);
  const windows = parFigureWindows(options.firstDay, anchor);
  const readAt: Record<ParYear, Date> = {
    2024: localDateTime(cal, parFinaliseOn(cal, years[2024].deadline), "16:00"),
    2025: localDateTime(cal, parFinaliseOn(cal, years[2025].deadline), "16:00"),
    2026: localDateTime(cal, addCalendarDays(anchor, -1), "07:00"),
  };
  const figures = {} as ParDemoInput["figures"];
  for (const year of [2024, 2025, 2026] as const) {
    const window = windows[year];
    const unitIds = years[year].unitCodes.map((code) => world.unitsByCode.get(code)!.id);
    figures[year] = window
      ? { byUnit: await readDemoFigures(db, cal, world, unitIds, window.period, readAt[year]), note: window.note }
      : { byUnit: new Map(), note: null };
  }
  const rows = planParDemo(world, cal, { seed: options.seed, anchor, figures });

  const files = await Promise.all(
    rows.files.map(async ({ content, ...file }) => {
      const pdf = await options.pdfs.get(content);
      return {
        ...file,
        storageKey: await options.objects.ensure(pdf),
        sha256: pdf.sha256,
        sizeBytes: pdf.sizeBytes,
        mediaType: "application/pdf",
      };
    }),
  );
  // In bulk (./bulk-insert.ts): Prisma's createMany took seconds for these few thousand rows on a busy machine.
  const counts = {
    sets: await insertRows(db, "ParCriteriaSet", SET_COLUMNS, rows.sets),
    criteria: await insertRows(db, "ParCriterion", CRITERION_COLUMNS, rows.criteria),
    evaluations: await insertRows(db, "ParEvaluation", EVALUATION_COLUMNS, rows.evaluations),
    unitEvaluations: await insertRows(db, "ParUnitEvaluation", UNIT_COLUMNS, rows.units),
    answers: await insertRows(db, "ParAnswer", ANSWER_COLUMNS, rows.answers),
    files: await insertRows(db, "ParEvidenceFile", FILE_COLUMNS, files),
    events: await insertRows(db, "ParEvent", EVENT_COLUMNS, rows.events),
    audits: await insertRows(db, "AuditEntry", AUDIT_COLUMNS, rows.audits),
  };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return { ...counts, line: `${parSummaryLine(world, rows)} (${seconds} s)` };
}

const SET_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["ownerUnitId", "text"],
  ["year", "integer"],
  ["level", '"ParLevel"'],
  ["name", "text"],
  ["basis", "text"],
  ["isSample", "boolean"],
  ["status", '"ParSetStatus"'],
  ["gradeBands", "jsonb"],
  ["rescaleToHundred", "boolean"],
  ["copiedFromId", "text"],
  ["createdById", "text"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
  ["lockedAt", "timestamp(3)"],
];
const CRITERION_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["setId", "text"],
  ["parentId", "text"],
  ["position", "integer"],
  ["code", "text"],
  ["title", "text"],
  ["maxPoints", "numeric"],
  ["kind", '"ParCriterionKind"'],
  ["section", '"ParSection"'],
  ["valueKind", '"ParValueKind"'],
  ["allowNotApplicable", "boolean"],
  ["guidance", "text"],
  ["scoringNote", "text"],
  ["metric", "text"],
  ["ladder", "jsonb"],
];
const EVALUATION_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["setId", "text"],
  ["status", '"ParEvaluationStatus"'],
  ["periodFrom", "date"],
  ["periodTo", "date"],
  ["submitDeadline", "date"],
  ["openedById", "text"],
  ["openedAt", "timestamp(3)"],
  ["publishedAt", "timestamp(3)"],
  ["publishedById", "text"],
];
const UNIT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["evaluationId", "text"],
  ["unitId", "text"],
  ["officeId", "text"],
  ["status", '"ParUnitStatus"'],
  ["delegateId", "text"],
  ["submittedAt", "timestamp(3)"],
  ["submittedById", "text"],
  ["finalisedAt", "timestamp(3)"],
  ["finalisedById", "text"],
  ["result", "jsonb"],
  ["version", "integer"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
];
const ANSWER_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["unitEvaluationId", "text"],
  ["criterionId", "text"],
  ["declared", '"ParDeclared"'],
  ["numberValue", "numeric"],
  ["evidenceText", "text"],
  ["selfScore", "numeric"],
  ["metricInput", "jsonb"],
  ["appraisedScore", "numeric"],
  ["appraisalNote", "text"],
  ["appraisedById", "text"],
  ["appraisedAt", "timestamp(3)"],
  ["returnedAt", "timestamp(3)"],
  ["returnNote", "text"],
  ["updatedById", "text"],
  ["updatedAt", "timestamp(3)"],
];
const FILE_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["answerId", "text"],
  ["storageKey", "text"],
  ["sha256", "text"],
  ["sizeBytes", "integer"],
  ["mediaType", "text"],
  ["fileName", "text"],
  ["uploadedById", "text"],
  ["uploadedAt", "timestamp(3)"],
];
const EVENT_COLUMNS: readonly Column[] = [
  ["unitEvaluationId", "text"],
  ["at", "timestamp(3)"],
  ["actorId", "text"],
  ["type", "text"],
  ["criterionId", "text"],
  ["fromStatus", '"ParUnitStatus"'],
  ["toStatus", '"ParUnitStatus"'],
  ["note", "text"],
  ["payload", "jsonb"],
];
const AUDIT_COLUMNS: readonly Column[] = [
  ["at", "timestamp(3)"],
  ["actorId", "text"],
  ["action", "text"],
  ["entity", "text"],
  ["entityId", "text"],
  ["detail", "jsonb"],
];

/** "Chỉ số CCHC: 2024 …; 2025 …; 2026 …" from the planned rows. */
export function parSummaryLine(world: World, rows: ParDemoRows): string {
  const codeOf = new Map(world.units.map((u) => [u.id, u.seed.code]));
  const parts = rows.evaluations.map((evaluation) => {
    const set = rows.sets.find((s) => s.id === evaluation.setId)!;
    const units = rows.units.filter((u) => u.evaluationId === evaluation.id);
    if (evaluation.status === "PUBLISHED") {
      const scores = units
        .map((u) => ({
          code: codeOf.get(u.unitId)!,
          score: (u.result as FrozenParResult | undefined)?.score100 ?? null,
        }))
        .filter((s): s is { code: string; score: number } => s.score !== null)
        .sort((a, b) => b.score - a.score);
      const top = scores[0];
      const last = scores.at(-1);
      return `${set.year} công bố, ${units.length} đơn vị${top && last ? ` (cao nhất ${top.code} ${top.score}, thấp nhất ${last.code} ${last.score})` : ""}`;
    }
    const byStatus = units
      .map((u) => `${codeOf.get(u.unitId)} ${PAR_LABELS.vi.unitStatus[u.status ?? "DRAFT"].toLowerCase()}`)
      .join(", ");
    return `${set.year} đang mở (${byStatus})`;
  });
  return `Chỉ số CCHC: ${parts.join("; ")}; ${rows.answers.length} câu trả lời, ${rows.events.length} bước lịch sử, ${rows.files.length} tệp kiểm chứng.`;
}
