// Measures generating the default demo world in memory, without a database (CPU only), and prints what it made:
// tsx src/tooling/demo-world/bench-generate.ts [--seed N]
import { parseArgs } from "node:util";
import { toLocalDate } from "@/domain/calendar";
import { startOfVietnamDay } from "@/lib/dates";
import { demoCalendar } from "./demo-calendar";
import { generateDossiers, planGeneration } from "./dossiers";
import { SummaryStats } from "./summary";
import { buildWorld } from "./world";

const { values } = parseArgs({ options: { seed: { type: "string" } } });
const seed = Number(values.seed ?? 2026);
const cal = demoCalendar();
const world = buildWorld(seed);
const started = performance.now();
const cpuStarted = process.cpuUsage();
const stats = new SummaryStats(world, cal);
const approvedByMonth: Record<string, number> = {};
let dossiers = 0;
let rows = 0;
for (const batch of generateDossiers(
  world,
  cal,
  planGeneration(world, cal, { seed, until: startOfVietnamDay("2026-11-22"), months: 12 }),
)) {
  dossiers += batch.dossiers.length;
  rows += batch.sequences.length + batch.notices.length + batch.audits.length;
  for (const g of batch.dossiers) {
    rows += 1 + g.events.length + g.pauses.length + g.handoffs.length + g.documents.length + g.apologies.length;
    for (const a of g.apologies) {
      if (a.status !== "APPROVED" || !a.decidedAt) continue;
      const month = toLocalDate(cal, a.decidedAt).slice(0, 7);
      approvedByMonth[month] = (approvedByMonth[month] ?? 0) + 1;
    }
  }
  stats.add(batch.dossiers);
  stats.addNotices(batch.notices);
}
const cpu = process.cpuUsage(cpuStarted);
console.log(
  `generated ${dossiers} dossiers (${rows} rows) in ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
);
console.log("letters:", JSON.stringify(stats.apologies));
console.log("approved letters by month of signing:", JSON.stringify(approvedByMonth));
console.log("intake notices:", JSON.stringify(stats.notices), "statuses:", JSON.stringify(stats.statuses));
const percent = (rate: number | null) => (rate === null ? "N/A" : `${(rate * 100).toFixed(1)}%`);
console.table(
  stats.timeliness().map((u) => ({
    unit: u.unitCode,
    late: u.late,
    timely: u.lateWithTimelyApology,
    lateApology: u.lateWithLateApology,
    none: u.lateWithoutApology,
    noHead: u.lateWithoutHead,
    compliance: percent(u.apologyCompliance),
  })),
);
