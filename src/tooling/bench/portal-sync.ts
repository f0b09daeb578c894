// Sync throughput to the stand-in national portal (real HTTP on loopback), next to a plain baseline in the same run:
// the same payloads POSTed raw (same chunks, same 4 requests in flight) with no outbox, no database and no mapping.
// Setup: N dossiers with a full history each (registered, transferred, assigned, submitted, approved twice, returned:
// 7 progress steps), written as rows so the DossierEvent trigger fills the outbox as the product would; then the
// worker's runPortalSync sends the dossier objects (timed alone: dossiers/s) and then the steps (steps/s).
import { summarise, thousands, timed, type LatencySummary } from "./measure";

export interface PortalSyncBenchResult {
  dossiers: number;
  steps: number;
  /** Filling: the trigger's outbox rows for the events (inserted in chunks of 1,000 dossiers). */
  enqueueMs: number;
  outbox: { dossierMs: number; stepMs: number; dossiersPerSecond: number; stepsPerSecond: number; requests: number };
  baseline: { dossierMs: number; stepMs: number; dossiersPerSecond: number; stepsPerSecond: number; requests: number };
  /** One chunk's bare round trip to the stand-in (dossier chunk), for scale. */
  chunkRoundTrip: LatencySummary;
  allSynced: boolean;
}

const STEPS = [
  { type: "register", from: null, to: "RECEIVED" },
  { type: "transfer", from: "RECEIVED", to: "IN_PROCESSING" },
  { type: "assign", from: "IN_PROCESSING", to: "IN_PROCESSING" },
  { type: "submit_for_approval", from: "IN_PROCESSING", to: "IN_PROCESSING" },
  { type: "approve", from: "IN_PROCESSING", to: "IN_PROCESSING" },
  { type: "approve", from: "IN_PROCESSING", to: "RESULT_READY" },
  { type: "return_result", from: "RESULT_READY", to: "RETURNED" },
] as const;

export async function runPortalSyncBench(
  databaseUrl: string,
  { dossiers: count }: { dossiers: number },
): Promise<PortalSyncBenchResult> {
  const { createPrismaClient } = await import("@/server/db/client");
  const { runPortalSync } = await import("@/server/national-portal/sync");
  const { chunk, DOSSIER_CHUNK, PORTAL_SERVICES, PROGRESS_CHUNK } = await import("@/domain/national-portal");
  const { startNationalPortalSandbox } = await import("../national-portal-sandbox/server");
  const db = createPrismaClient(databaseUrl, { poolSize: 8 });
  const sandbox = await startNationalPortalSandbox({ apiKey: "bench-key" });
  try {
    const unit = await db.administrativeUnit.create({
      data: { code: "BENCH", name: "Phường thử hiệu năng", kindLabel: "Phường", level: "COMMUNE" },
    });
    const office = await db.office.create({ data: { unitId: unit.id, code: "TUPHAP", name: "Tư pháp - Hộ tịch" } });
    const user = await db.user.create({
      data: {
        username: "bench.officer",
        passwordHash: "x",
        fullName: "Cán bộ thử",
        role: "OFFICER",
        unitId: unit.id,
        officeId: office.id,
      },
    });
    const field = await db.field.create({ data: { code: "HT", name: "Hộ tịch" } });
    const procedure = await db.procedure.create({
      data: { code: "1.000001", name: "Đăng ký khai sinh", fieldId: field.id, level: "COMMUNE" },
    });
    const version = await db.procedureVersion.create({
      data: {
        procedureId: procedure.id,
        version: 1,
        effectiveFrom: new Date("2025-01-01"),
        durationValue: 3,
        durationUnit: "WORKING_DAYS",
        handlingOfficeCode: "TUPHAP",
        onlineLevel: 3,
        onlineClass: "PARTIAL",
      },
    });
    const base = new Date("2026-11-02T01:00:00Z").getTime();
    const enqueue = await timed(async () => {
      for (const part of chunk(
        Array.from({ length: count }, (_, i) => i),
        1000,
      )) {
        const rows = part.map((i) => ({
          id: `bench-${i}`,
          code: `BENCH-261102-${String(i).padStart(6, "0")}`,
          procedureId: procedure.id,
          procedureVersionId: version.id,
          fieldId: field.id,
          channel: "DIRECT" as const,
          receivedUnitId: unit.id,
          decidingUnitId: unit.id,
          applicantName: "Nguyễn Văn An",
          applicantIdNumber: "001090012345",
          applicantPhone: "0912345678",
          applicantAddress: "Sơn Tây, Hà Nội",
          trackingKey: "ABCD-EFGH",
          submittedAt: new Date(base + i * 1000),
          receivedAt: new Date(base + i * 1000),
          appointmentAt: new Date(base + i * 1000 + 3 * 86_400_000),
          finishedAt: new Date(base + i * 1000 + 86_400_000),
          returnedAt: new Date(base + i * 1000 + 2 * 86_400_000),
          status: "RETURNED" as const,
        }));
        await db.dossier.createMany({ data: rows });
        await db.dossierEvent.createMany({
          data: rows.flatMap((row, i) =>
            STEPS.map((step, s) => ({
              dossierId: row.id,
              at: new Date(base + (part[i]! * 1000 + s * 3_600_000)),
              actorId: user.id,
              type: step.type,
              fromStatus: step.from,
              toStatus: step.to,
            })),
          ),
        });
      }
    });
    const settings = {
      NATIONAL_PORTAL_URL: sandbox.api,
      NATIONAL_PORTAL_KEY: "bench-key",
      NATIONAL_PORTAL_TIMEOUT_MS: 30_000,
      NATIONAL_PORTAL_PULL_UNITS: "",
      APP_URL: "http://localhost:3000",
    };
    const ctx = { db, settings };
    const dossierRun = await timed(() => runPortalSync(ctx, { maxBatches: 100_000, kinds: ["DOSSIER"] }));
    const stepRun = await timed(() => runPortalSync(ctx, { maxBatches: 100_000, kinds: ["PROGRESS"] }));
    const pending = await db.portalSyncMessage.count({ where: { status: { not: "SYNCED" } } });

    // Baseline: the payloads as sent, POSTed raw to a cleared stand-in with the same chunks and parallelism.
    const sent = await db.portalSyncMessage.findMany({
      where: { status: "SYNCED" },
      orderBy: { id: "asc" },
      select: { kind: true, dossierId: true, payload: true },
    });
    const dossierPayloads = [
      ...new Map(sent.filter((m) => m.kind === "DOSSIER").map((m) => [m.dossierId, m.payload])).values(),
    ];
    const stepPayloads = sent.filter((m) => m.kind === "PROGRESS").map((m) => m.payload);
    const onPortal = sandbox.dossiers.size;
    const stepsOnPortal = sandbox.progress.size;
    sandbox.reset();
    let baselineRequests = 0;
    const post = async (service: string, body: unknown) => {
      baselineRequests += 1;
      const response = await fetch(`${sandbox.api}/${service}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer bench-key" },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { error_code: string };
      if (answer.error_code !== "0") throw new Error(`baseline refused: ${JSON.stringify(answer)}`);
    };
    const inFlight = async <T>(items: T[], work: (item: T) => Promise<void>) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < items.length) await work(items[next++]!);
        }),
      );
    };
    const baseDossiers = await timed(() =>
      inFlight(chunk(dossierPayloads, DOSSIER_CHUNK), (data) =>
        post(PORTAL_SERVICES.dossier, { service: PORTAL_SERVICES.dossier, isUpdating: false, data }),
      ),
    );
    const baseSteps = await timed(() =>
      inFlight(chunk(stepPayloads, PROGRESS_CHUNK), (data) =>
        post(PORTAL_SERVICES.progress, { service: PORTAL_SERVICES.progress, data }),
      ),
    );
    const sample = chunk(dossierPayloads, DOSSIER_CHUNK)[0] ?? [];
    const roundTrips: number[] = [];
    for (let i = 0; i < 30; i++)
      roundTrips.push(
        (
          await timed(() =>
            post(PORTAL_SERVICES.dossier, { service: PORTAL_SERVICES.dossier, isUpdating: true, data: sample }),
          )
        ).ms,
      );
    const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
    return {
      dossiers: count,
      steps: stepPayloads.length,
      enqueueMs: Math.round(enqueue.ms),
      outbox: {
        dossierMs: Math.round(dossierRun.ms),
        stepMs: Math.round(stepRun.ms),
        dossiersPerSecond: perSecond(count, dossierRun.ms),
        stepsPerSecond: perSecond(stepRun.value.steps, stepRun.ms),
        requests: dossierRun.value.requests + stepRun.value.requests,
      },
      baseline: {
        dossierMs: Math.round(baseDossiers.ms),
        stepMs: Math.round(baseSteps.ms),
        dossiersPerSecond: perSecond(dossierPayloads.length, baseDossiers.ms),
        stepsPerSecond: perSecond(stepPayloads.length, baseSteps.ms),
        requests: baselineRequests - 30,
      },
      chunkRoundTrip: summarise(roundTrips),
      allSynced: pending === 0 && onPortal === count && stepsOnPortal === count * STEPS.length,
    };
  } finally {
    await sandbox.close();
    await db.$disconnect();
  }
}

export function formatPortalSyncSummary(result: PortalSyncBenchResult): string {
  const ratio = (a: number, b: number) => (b === 0 ? "–" : `${(a / b).toFixed(2)}×`);
  return [
    `${thousands(result.dossiers)} dossiers, ${thousands(result.steps)} steps; outbox filled by the trigger in ${(result.enqueueMs / 1000).toFixed(1)} s`,
    `dossiers/s: outbox ${thousands(result.outbox.dossiersPerSecond)} · raw POST baseline ${thousands(result.baseline.dossiersPerSecond)} (baseline ÷ outbox ${ratio(result.baseline.dossiersPerSecond, result.outbox.dossiersPerSecond)})`,
    `steps/s:    outbox ${thousands(result.outbox.stepsPerSecond)} · raw POST baseline ${thousands(result.baseline.stepsPerSecond)} (baseline ÷ outbox ${ratio(result.baseline.stepsPerSecond, result.outbox.stepsPerSecond)})`,
    `requests: outbox ${thousands(result.outbox.requests)}, baseline ${thousands(result.baseline.requests)}; one dossier chunk round trip p50 ${result.chunkRoundTrip.p50} ms, p95 ${result.chunkRoundTrip.p95} ms; all synced: ${result.allSynced ? "yes" : "NO"}`,
  ].join("\n");
}
