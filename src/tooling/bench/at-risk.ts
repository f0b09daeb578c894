// Back-test of "Nguy cơ trễ hạn" (issue 13 item 4; src/domain/forecast/finish-estimate.ts) on the demo world's
// history, against the plain "sắp đến hạn" rule (≤ dueSoonWorkingDays working days left, the setting, 1 in the demo).
//
//   npx tsx src/tooling/bench/at-risk.ts --database postgresql://…/seeded_db [--months 6] [--quantile 0.8]
//       [--min-sample 5] [--history-months 6]
//
// The database is one seeded by `npm run seed` (the demo world, its calendar demoCalendar()). Replay: for each
// working day D of the last --months months before the last finish, at 08:00, every dossier then received, not
// finished, not paused and not yet overdue is judged by both rules; the at-risk rule learns ONLY from the dossiers of
// the same deciding unit finished in the --history-months before D. Its step at D is read from its events up to D.
// The appointment used is the statutory one (originalAppointmentAt, else appointmentAt), as statistics judge; the
// truth is "finished late" against it (classifyFinished). A dossier counts as flagged by a rule when the rule fired
// on any replayed day; precision, recall and F1 are per dossier, over the dossiers that finished and were judged at
// least once. Lead time: for dossiers both rules caught and that were late, the working days between the at-risk
// rule's first flag and the due-soon rule's first flag (positive = at-risk fired earlier).
import { parseArgs } from "node:util";
import pg from "pg";
import {
  classifyFinished,
  classifyPending,
  isWorkingDay,
  localDateTime,
  toLocalDate,
  workingDaysElapsed,
} from "@/domain/calendar";
import { pendingStep } from "@/domain/dossier/step-budget";
import {
  estimateFinish,
  modelFromSamples,
  remainingSamples,
  stepEntries,
  type RemainingSample,
} from "@/domain/forecast/finish-estimate";
import { addCalendarDays } from "@/lib/dates";
import { demoCalendar } from "@/tooling/demo-world/demo-calendar";

interface Dossier {
  id: string;
  procedureId: string;
  officeId: string | null;
  unitId: string;
  receivedAt: Date;
  appointmentAt: Date | null;
  finishedAt: Date | null;
  events: { at: Date; toStatus: string | null; toStep: string | null }[];
  pauses: { start: Date; end: Date | null }[];
}

interface RuleTally {
  flagged: Set<string>;
  firstFlag: Map<string, Date>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const pct = (v: number | null) => (v === null ? "N/A" : `${(v * 100).toFixed(1)}%`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: "string" },
      months: { type: "string", default: "6" },
      quantile: { type: "string", default: "0.8" },
      "min-sample": { type: "string", default: "5" },
      "history-months": { type: "string", default: "6" },
      "due-soon-days": { type: "string", default: "1" },
    },
  });
  const url = values.database ?? process.env.DATABASE_URL;
  if (!url) throw new Error("--database postgresql://… (a database seeded by npm run seed)");
  const months = Number(values.months);
  const historyMonths = Number(values["history-months"]);
  const options = { quantile: Number(values.quantile), minSample: Number(values["min-sample"]) };
  const dueSoonDays = Number(values["due-soon-days"]);
  const cal = demoCalendar();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const dossierRows = (
    await client.query<
      Omit<Dossier, "events" | "pauses">
    >(`SELECT id, "procedureId", "handlingOfficeId" AS "officeId", "decidingUnitId" AS "unitId", "receivedAt",
               COALESCE("originalAppointmentAt", "appointmentAt") AS "appointmentAt", "finishedAt"
        FROM "Dossier" WHERE "receivedAt" IS NOT NULL`)
  ).rows;
  const byId = new Map<string, Dossier>(dossierRows.map((d) => [d.id, { ...d, events: [], pauses: [] }]));
  const events = await client.query<{ dossierId: string; at: Date; toStatus: string | null; toStep: string | null }>(
    `SELECT "dossierId", at, "toStatus"::text AS "toStatus", payload->>'toStep' AS "toStep"
     FROM "DossierEvent" ORDER BY "dossierId", at, id`,
  );
  for (const e of events.rows) byId.get(e.dossierId)?.events.push(e);
  const pauses = await client.query<{ dossierId: string; startedAt: Date; endedAt: Date | null }>(
    `SELECT "dossierId", "startedAt", "endedAt" FROM "DossierPause"`,
  );
  for (const p of pauses.rows) byId.get(p.dossierId)?.pauses.push({ start: p.startedAt, end: p.endedAt });
  await client.end();
  const dossiers = [...byId.values()];
  const loadedMs = performance.now() - started;

  // Samples of every finished dossier, computed once; each day's model takes those finished in its window.
  const finished = dossiers
    .filter((d) => d.finishedAt !== null)
    .sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime());
  const samplesOf = new Map<string, RemainingSample[]>();
  for (const d of finished) {
    samplesOf.set(
      d.id,
      remainingSamples(cal, [
        {
          procedureId: d.procedureId,
          officeId: d.officeId,
          finishedAt: d.finishedAt!,
          steps: stepEntries(d.events, pendingStep),
        },
      ]),
    );
  }
  const lastFinish = finished.at(-1)?.finishedAt;
  if (!lastFinish) throw new Error("No finished dossier in this database");
  const lastDay = toLocalDate(cal, lastFinish);
  const firstDay = addCalendarDays(lastDay, -Math.round(months * 30.44));

  const atRisk: RuleTally = { flagged: new Set(), firstFlag: new Map() };
  const dueSoon: RuleTally = { flagged: new Set(), firstFlag: new Map() };
  const judged = new Set<string>();
  const flag = (tally: RuleTally, id: string, at: Date) => {
    tally.flagged.add(id);
    if (!tally.firstFlag.has(id)) tally.firstFlag.set(id, at);
  };
  let days = 0;
  let judgements = 0;
  let noEstimate = 0;
  const units = [...new Set(dossiers.map((d) => d.unitId))];
  for (let day = firstDay; day < lastDay; day = addCalendarDays(day, 1)) {
    if (!isWorkingDay(cal, day)) continue;
    days++;
    const now = localDateTime(cal, day, "08:00");
    const windowStart = localDateTime(cal, addCalendarDays(day, -Math.round(historyMonths * 30.44)), "00:00");
    const models = new Map(
      units.map((unit) => {
        const samples = finished
          .filter((d) => d.unitId === unit && d.finishedAt! < now && d.finishedAt! >= windowStart)
          .flatMap((d) => samplesOf.get(d.id)!);
        return [unit, modelFromSamples(samples, options)] as const;
      }),
    );
    for (const d of dossiers) {
      // Judged only when the truth is known (finished), pending at D, with an appointment not yet passed.
      if (d.finishedAt === null || d.appointmentAt === null) continue;
      if (d.receivedAt >= now || d.finishedAt <= now || d.appointmentAt < now) continue;
      if (d.pauses.some((p) => p.start <= now && (p.end === null || p.end > now))) continue;
      const entries = stepEntries(
        d.events.filter((e) => e.at <= now),
        pendingStep,
      );
      const current = entries.at(-1);
      if (!current) continue;
      judged.add(d.id);
      judgements++;
      if (classifyPending(cal, d.appointmentAt, now, dueSoonDays) === "DUE_SOON") flag(dueSoon, d.id, now);
      const estimate = estimateFinish(
        cal,
        models.get(d.unitId)!,
        {
          procedureId: d.procedureId,
          officeId: d.officeId,
          step: current.step,
          stepEnteredAt: current.enteredAt,
          appointmentAt: d.appointmentAt,
          paused: false,
        },
        now,
      );
      if (estimate.kind === "none") noEstimate++;
      else if (estimate.atRisk) flag(atRisk, d.id, now);
    }
  }

  const late = new Set(
    [...judged].filter(
      (id) => classifyFinished(cal, byId.get(id)!.appointmentAt!, byId.get(id)!.finishedAt!) === "LATE",
    ),
  );
  const score = (tally: RuleTally) => {
    const tp = [...tally.flagged].filter((id) => late.has(id)).length;
    const precision = ratio(tp, tally.flagged.size);
    const recall = ratio(tp, late.size);
    const f1 =
      precision !== null && recall !== null && precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : null;
    return { flagged: tally.flagged.size, tp, precision, recall, f1 };
  };
  const leads = [...late]
    .filter((id) => atRisk.firstFlag.has(id) && dueSoon.firstFlag.has(id))
    .map((id) => {
      const a = atRisk.firstFlag.get(id)!;
      const s = dueSoon.firstFlag.get(id)!;
      return a <= s ? workingDaysElapsed(cal, a, s) : -workingDaysElapsed(cal, s, a);
    });
  const onlyAtRisk = [...late].filter((id) => atRisk.flagged.has(id) && !dueSoon.flagged.has(id)).length;
  const a = score(atRisk);
  const s = score(dueSoon);
  console.log(`Back-test "Nguy cơ trễ hạn" — ${firstDay} → ${lastDay}, ${days} working days replayed at 08:00`);
  console.log(
    `quantile ${options.quantile}, min sample ${options.minSample}, history ${historyMonths} months; due soon ≤ ${dueSoonDays} working day(s)`,
  );
  console.log(
    `${dossiers.length} dossiers loaded in ${(loadedMs / 1000).toFixed(1)} s; ${judged.size} judged (${judgements} dossier-days, ${noEstimate} without an estimate), ${late.size} of them finished late (${pct(ratio(late.size, judged.size))})`,
  );
  console.table({
    "Nguy cơ trễ hạn": {
      flagged: a.flagged,
      "true positives": a.tp,
      precision: pct(a.precision),
      recall: pct(a.recall),
      F1: pct(a.f1),
    },
    "Sắp đến hạn": {
      flagged: s.flagged,
      "true positives": s.tp,
      precision: pct(s.precision),
      recall: pct(s.recall),
      F1: pct(s.f1),
    },
  });
  const mean = leads.length ? leads.reduce((x, y) => x + y, 0) / leads.length : null;
  console.log(
    `Lead time over ${leads.length} late dossiers both rules caught: at-risk fired on average ${mean === null ? "N/A" : mean.toFixed(2)} working days before due soon; ${onlyAtRisk} late dossiers only at-risk caught (never due soon while judged).`,
  );
  console.log(`Elapsed ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
