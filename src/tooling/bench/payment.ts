// The payment round trip through the sandbox platform, next to a plain baseline: a bare HTTP POST to a local server
// (what any round trip costs on this machine). One round trip = our INIT (attempt and raw messages written, signed
// message sent, signed answer verified), the citizen pressing "Thanh toán thành công" on the pay page, the platform's
// signed callback to our handler, verified and settled (request PAID, notification in the outbox), our signed answer
// verified by the platform: from pressing "pay" to the platform holding a verified answer.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { PaymentContext } from "@/server/payments/context";
import { summarise, timed, type LatencySummary } from "./measure";

export interface PaymentBenchResult {
  runs: number;
  /** A bare HTTP POST and its JSON answer on loopback. */
  bareHttp: LatencySummary;
  /** INIT alone: attempt written, INIT signed and sent, answer verified and written. */
  init: LatencySummary;
  /** INIT → pay page → callback verified and settled → our answer verified by the platform. */
  roundTrip: LatencySummary;
  allPaid: boolean;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const readAll = async (request: http.IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

export async function runPaymentBench(databaseUrl: string, { runs }: { runs: number }): Promise<PaymentBenchResult> {
  // Server modules read DATABASE_URL when first imported: cli.ts sets it first, so they are imported here.
  const { createPrismaClient } = await import("@/server/db/client");
  const { startNotificationProducer } = await import("@/server/notifications/outbox");
  const { stopProducers } = await import("@/server/notifications/queue");
  const { handlePlatformCallback } = await import("@/server/payments/callback");
  const { startOnlinePayment } = await import("@/server/payments/online");
  const { parsePaymentSettings } = await import("@/server/payments/settings");
  const { startPaymentSandbox } = await import("../payment-sandbox/server");
  const db = createPrismaClient(databaseUrl, { poolSize: 8 });
  await startNotificationProducer({});
  const secret = "bench-secret-0123456789abcdef";
  const sandbox = await startPaymentSandbox({
    partnerCode: "MOTCUA-BENCH",
    secret,
    callbackRetry: { attempts: 3, firstDelayMs: 50, maxDelayMs: 200 },
  });
  const portal = http.createServer((request, response) => {
    void readAll(request).then(async (text) => {
      const outcome = await handlePlatformCallback(JSON.parse(text) as unknown, ctx);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(outcome.reply));
    });
  });
  const echo = http.createServer((request, response) => {
    void readAll(request).then((text) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ MaLoi: "00", length: text.length }));
    });
  });
  const [portalUrl, echoUrl] = [await listen(portal), await listen(echo)];
  // Called only once the servers listen and this is set.
  const ctx: PaymentContext = {
    db,
    settings: parsePaymentSettings({
      PAYMENT_PLATFORM_URL: sandbox.url,
      PAYMENT_PARTNER_CODE: "MOTCUA-BENCH",
      PAYMENT_SECRET: secret,
      PAYMENT_CALLBACK_BASE: portalUrl,
    }),
  };
  try {
    const dossierIds = await benchDossiers(db, runs * 2);
    const bare: number[] = [];
    const init: number[] = [];
    const roundTrip: number[] = [];
    for (let run = 0; run < runs; run++) {
      bare.push(
        (
          await timed(async () => {
            const response = await fetch(echoUrl, {
              method: "POST",
              body: JSON.stringify({ LoaiBanTin: "QUERY", run }),
            });
            await response.json();
          })
        ).ms,
      );
      init.push(
        (await timed(() => startOnlinePayment({ dossierId: dossierIds[runs + run]! }, { clientIp: "127.0.0.1" }, ctx)))
          .ms,
      );
      roundTrip.push(
        (
          await timed(async () => {
            const started = await startOnlinePayment({ dossierId: dossierIds[run]! }, { clientIp: "127.0.0.1" }, ctx);
            if (!started.ok) throw new Error(started.message);
            const pressed = await fetch(started.paymentUrl, {
              method: "POST",
              body: new URLSearchParams({ "ket-qua": "success" }),
              redirect: "manual",
            });
            if (pressed.status !== 303) throw new Error(`pay page answered ${pressed.status}`);
          })
        ).ms,
      );
    }
    await sandbox.idle();
    const paid = await db.paymentRequest.count({
      where: { dossierId: { in: dossierIds.slice(0, runs) }, status: "PAID" },
    });
    return {
      runs,
      bareHttp: summarise(bare),
      init: summarise(init),
      roundTrip: summarise(roundTrip),
      allPaid: paid === runs,
    };
  } finally {
    await sandbox.stop();
    await new Promise((resolve) => portal.close(resolve));
    await new Promise((resolve) => echo.close(resolve));
    await stopProducers();
    await db.$disconnect();
  }
}

/** A unit, a procedure with phí and lệ phí paid before intake, and `count` online dossiers each owing them. */
async function benchDossiers(db: PaymentContext["db"], count: number): Promise<string[]> {
  const { openPaymentRequest } = await import("@/server/payments/requests");
  const tag = Date.now().toString(36).toUpperCase();
  const unit = await db.administrativeUnit.create({
    data: { code: `B${tag}`, name: `Phường đo ${tag}`, kindLabel: "Phường", level: "COMMUNE" },
  });
  const field = await db.field.create({ data: { code: `F${tag}`, name: "Hộ tịch" } });
  const procedure = await db.procedure.create({
    data: { code: `P.${tag}`, name: "Cấp bản sao trích lục", fieldId: field.id, level: "COMMUNE" },
  });
  const version = await db.procedureVersion.create({
    data: {
      procedureId: procedure.id,
      version: 1,
      effectiveFrom: new Date("2025-01-01"),
      durationValue: 1,
      durationUnit: "WORKING_DAYS",
      feeAmount: 50_000,
      chargeAmount: 8_000,
      feeTiming: "BEFORE_INTAKE",
      handlingOfficeCode: "TUPHAP",
      onlineLevel: 4,
      onlineClass: "FULL",
    },
  });
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const dossier = await db.dossier.create({
      data: {
        code: `${unit.code}-261205-${String(n).padStart(4, "0")}`,
        procedureId: procedure.id,
        procedureVersionId: version.id,
        fieldId: field.id,
        channel: "ONLINE",
        receivedUnitId: unit.id,
        decidingUnitId: unit.id,
        applicantName: "Nguyễn Văn Đo",
        applicantIdNumber: "001090000001",
        applicantPhone: "0912345678",
        applicantAddress: "Sơn Tây",
        trackingKey: "BENCH001",
        submittedAt: new Date(),
        status: "REGISTERED_ONLINE",
      },
    });
    await db.$transaction((tx) =>
      openPaymentRequest(tx, {
        dossierId: dossier.id,
        feeAmount: 50_000,
        chargeAmount: 8_000,
        timing: "BEFORE_INTAKE",
      }),
    );
    ids.push(dossier.id);
  }
  return ids;
}

export function formatPaymentSummary(result: PaymentBenchResult): string {
  const line = (label: string, s: LatencySummary) =>
    `  ${label.padEnd(48)} p50 ${s.p50} ms · p95 ${s.p95} ms · max ${s.max} ms`;
  return [
    line("bare HTTP POST + JSON answer (baseline)", result.bareHttp),
    line("INIT (attempt, signed message, verified answer)", result.init),
    line("round trip INIT → pay → callback verified", result.roundTrip),
    `  every request PAID: ${result.allPaid ? "yes" : "NO"}`,
  ].join("\n");
}
