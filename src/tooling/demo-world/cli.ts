// Seeds the demo world into the DATABASE_URL database:
//   tsx src/tooling/demo-world/cli.ts [--dossiers N] [--months M] [--seed S] [--until yyyy-MM-dd] [--force]
import { parseArgs } from "node:util";
import { startOfVietnamDay } from "@/lib/dates";
import { createPrismaClient } from "@/server/db/client";
import { formatDemoLogins } from "./demo-logins";
import { demoTabletLine } from "./counter-tablets";
import { seedDemoWorld, type DemoWorldOptions } from "./seed";

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dossiers: { type: "string" },
      months: { type: "string" },
      seed: { type: "string" },
      until: { type: "string" },
      force: { type: "boolean", default: false },
      "all-logins": { type: "boolean", default: false },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (postgresql://…)");
  const dossiers = positiveInteger("dossiers", values.dossiers);
  const months = positiveInteger("months", values.months);
  const seed = positiveInteger("seed", values.seed);
  const options: DemoWorldOptions = {
    force: values.force,
    ...(dossiers !== undefined ? { dossiers } : {}),
    ...(months !== undefined ? { months } : {}),
    ...(seed !== undefined ? { seed } : {}),
    // --until is a local date: the period ends at its midnight in Vietnam (UTC+7).
    ...(values.until ? { until: startOfVietnamDay(values.until) } : {}),
    onProgress: ({ dossiers: n, elapsedMs }) =>
      process.stdout.write(`\r  ${n.toLocaleString("vi-VN")} hồ sơ, ${(elapsedMs / 1000).toFixed(1)} s`),
  };
  const db = createPrismaClient(url, { poolSize: 5 });
  try {
    const summary = await seedDemoWorld(db, options);
    process.stdout.write("\n");
    console.log(
      `Demo world seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s (seed ${summary.seed}, ${summary.firstDay} → ${summary.until.toISOString()})`,
    );
    console.table(summary.counts);
    console.table(summary.statuses);
    const percent = (rate: number | null) => (rate === null ? "N/A" : `${(rate * 100).toFixed(2)}%`);
    console.table(
      summary.timeliness.map((u) => ({
        ...u,
        onTimeRate: percent(u.onTimeRate),
        apologyCompliance: percent(u.apologyCompliance),
      })),
    );
    console.log("Phiếu xin lỗi (mẫu 04):", JSON.stringify(summary.apologies));
    console.log("Phiếu yêu cầu bổ sung / từ chối tiếp nhận (mẫu 02/03):", JSON.stringify(summary.intakeNotices));
    console.log(summary.parIndex);
    console.log(formatDemoLogins({ all: values["all-logins"] }));
    console.log(demoTabletLine());
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
