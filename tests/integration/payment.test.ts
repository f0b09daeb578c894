// Online payment through the national payment platform's protocol, end to end over real HTTP: the sandbox platform
// (src/tooling/payment-sandbox) on a random port, the portal's callback served by a small HTTP server that hands the
// body to the same function the route handler calls (src/app/api/thanh-toan/xac-nhan), and PostgreSQL.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CALLBACK_REPLY_CODES, MESSAGE_TYPE, PROTOCOL_VERSION } from "../../src/domain/payment";
import { formatPlatformTime } from "../../src/lib/dates";
import { generatedUpload, saveDossierFile } from "../../src/server/files";
import { handlePlatformCallback } from "../../src/server/payments/callback";
import type { PaymentContext, ReceiptSaver } from "../../src/server/payments/context";
import { recordDeskPayment, refundPayment } from "../../src/server/payments/desk";
import { startOnlinePayment } from "../../src/server/payments/online";
import { fetchReceipt } from "../../src/server/payments/receipt";
import { createBoss } from "../../src/server/notifications/queue";
import { PAYMENT_RECONCILE_QUEUE, startPaymentJobs } from "../../src/server/payments/jobs";
import { reconcilePendingPayments } from "../../src/server/payments/reconcile";
import { performCommand } from "../../src/server/dossiers/commands";
import { openPaymentRequest } from "../../src/server/payments/requests";
import { parsePaymentSettings } from "../../src/server/payments/settings";
import { signed, signMessage, verifyMessage } from "../../src/server/payments/signature";
import { NotFoundError, UserFacingError } from "../../src/server/user-facing-error";
import { startPaymentSandbox, type PaymentSandbox } from "../../src/tooling/payment-sandbox/server";
import { useTestDb } from "../support/db";
import { createTestWorld, sessionOf, type TestWorld } from "../support/fixtures";

const PARTNER = "MOTCUA-TEST";
const SECRET = "sandbox-secret-0123456789abcdef";
const FEE = 50_000;
const CHARGE = 20_000;

describe("online payment through the payment platform's protocol", () => {
  const db = useTestDb();
  let world: TestWorld;
  let sandbox: PaymentSandbox;
  let portal: http.Server;
  let portalUrl = "";
  let ctx: PaymentContext;
  let sequence = 0;

  const saveReceipt: ReceiptSaver = async (tx, { dossierId, bytes, fileName }) =>
    saveDossierFile(tx, {
      dossierId,
      purpose: "RECEIPT",
      source: "PLATFORM",
      upload: await generatedUpload(bytes, fileName),
    });

  const settingsWith = (overrides: Record<string, string> = {}) =>
    parsePaymentSettings({
      APP_URL: "http://127.0.0.1:1",
      PAYMENT_PLATFORM_URL: sandbox.url,
      PAYMENT_PARTNER_CODE: PARTNER,
      PAYMENT_SECRET: SECRET,
      PAYMENT_CALLBACK_BASE: portalUrl,
      PAYMENT_TIMEOUT_MS: "5000",
      ...overrides,
    });

  beforeAll(async () => {
    world = await createTestWorld(db);
    sandbox = await startPaymentSandbox({
      partnerCode: PARTNER,
      secret: SECRET,
      callbackRetry: { attempts: 3, firstDelayMs: 50, maxDelayMs: 200 },
    });
    // The portal's callback address: the route handler's work, behind real HTTP.
    portal = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        void (async () => {
          let body: unknown = null;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            body = null;
          }
          const outcome = await handlePlatformCallback(body, ctx);
          response.writeHead(200, { "Content-Type": "application/json" });
          response.end(JSON.stringify(outcome.reply));
        })();
      });
    });
    await new Promise<void>((resolve) => portal.listen(0, "127.0.0.1", resolve));
    portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
    ctx = { db, settings: settingsWith(), saveReceipt };
  });

  afterAll(async () => {
    await sandbox?.stop();
    await new Promise((resolve) => portal?.close(resolve));
  });

  beforeEach(() => {
    sandbox.options.dropCallbacks = false;
    sandbox.options.initDelayMs = 0;
    ctx = { db, settings: settingsWith(), saveReceipt };
  });

  /** An online dossier waiting for its pay-before fee, with its payment request opened as the submission does. */
  async function owingDossier(timing: "BEFORE_INTAKE" | "AFTER_RESULT" = "BEFORE_INTAKE") {
    sequence += 1;
    const dossier = await db.dossier.create({
      data: {
        code: `${world.ward.code}-261205-${String(sequence).padStart(4, "0")}`,
        procedureId: world.procedure.id,
        procedureVersionId: world.procedureVersion.id,
        fieldId: world.field.id,
        channel: "ONLINE",
        receivedUnitId: world.ward.id,
        decidingUnitId: world.ward.id,
        applicantName: "Nguyễn Thị Hoa",
        applicantIdNumber: "001190099999",
        applicantPhone: "0912000111",
        applicantEmail: "hoa@example.vn",
        applicantAddress: "Số 3 phố Lê Lợi, Sơn Tây",
        trackingKey: "K7Q2M9XD",
        submittedAt: new Date(),
        status: "REGISTERED_ONLINE",
      },
    });
    const request = await db.$transaction((tx) =>
      openPaymentRequest(tx, { dossierId: dossier.id, feeAmount: FEE, chargeAmount: CHARGE, timing }),
    );
    return { dossier, request: request! };
  }

  const start = async (dossierId: string) => {
    const started = await startOnlinePayment({ dossierId }, { clientIp: "::ffff:10.0.0.7" }, ctx);
    if (!started.ok) throw new Error(`INIT refused: ${started.message}`);
    return started;
  };
  const attemptOf = (reference: string) =>
    db.paymentAttempt.findUniqueOrThrow({ where: { reference }, include: { request: true } });
  const messagesOf = (reference: string) =>
    db.paymentMessage.findMany({ where: { reference }, orderBy: { id: "asc" } });
  const callbackFor = (reference: string, amount: number, overrides: Record<string, unknown> = {}, secret = SECRET) =>
    signed(
      "CALLBACK",
      {
        LoaiBanTin: MESSAGE_TYPE.CALLBACK,
        MaLoi: "00",
        MaDoiTac: PARTNER,
        MaThamChieu: reference,
        SoTien: amount,
        MaTienTe: "VND",
        MaGiaoDich: "GD-TEST-1",
        MaNganHang: "NCB",
        ThoiGianGD: formatPlatformTime(new Date()),
        ThongTinGiaoDich: "Thanh toan",
        ...overrides,
      },
      secret,
    );
  const postCallback = async (body: unknown) => {
    const response = await fetch(`${portalUrl}/`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
    });
    return (await response.json()) as Record<string, string>;
  };

  it("signs as the protocol says: SHA-256 of the fields joined by | then |secret, lower-case hex, both ways", async () => {
    const query = {
      LoaiBanTin: "QUERY",
      PhienBan: PROTOCOL_VERSION,
      MaDoiTac: PARTNER,
      MaThamChieu: "MC2026ABCDEFGH",
      ThoiGianGD: "20261205143005",
    };
    const expected = crypto
      .createHash("sha256")
      .update(`QUERY|1.0.6|${PARTNER}|MC2026ABCDEFGH|20261205143005|${SECRET}`)
      .digest("hex");
    expect(signMessage("QUERY", query, SECRET)).toBe(expected);
    expect(verifyMessage("QUERY", { ...query, MaXacThuc: expected }, SECRET)).toBe(true);
    expect(verifyMessage("QUERY", { ...query, MaXacThuc: expected.toUpperCase() }, SECRET)).toBe(true);
    expect(verifyMessage("QUERY", { ...query, MaThamChieu: "MC2026ABCDEFGX", MaXacThuc: expected }, SECRET)).toBe(
      false,
    );

    // The sandbox refuses our INIT signed with another secret; we refuse its answer signed with another secret.
    const { dossier, request } = await owingDossier();
    ctx = { ...ctx, settings: settingsWith({ PAYMENT_SECRET: "not-the-shared-secret-000" }) };
    const refused = await startOnlinePayment({ dossierId: dossier.id }, { clientIp: "127.0.0.1" }, ctx);
    expect(refused.ok).toBe(false);
    const attempt = await attemptOf(refused.reference!);
    expect(attempt.status).toBe("FAILED");
    expect(attempt.request.status).toBe("UNPAID");
    const answer = (await messagesOf(refused.reference!)).find((message) => message.kind === "INIT_ANSWER");
    expect(answer?.signatureValid).toBe(false);
    expect((answer?.body as Record<string, string>).MaLoi).toBe("02");
    expect(request.status).toBe("UNPAID");
  });

  it("INIT → pay in the sandbox → verified callback → PAID, the dossier paid online and the citizen told", async () => {
    const { dossier, request } = await owingDossier();
    const began = performance.now();
    const started = await start(dossier.id);
    expect(started.paymentUrl.startsWith(`${sandbox.url}/thanh-toan/`)).toBe(true);
    expect((await attemptOf(started.reference)).request.status).toBe("AWAITING");

    const page = await fetch(started.paymentUrl);
    const html = await page.text();
    expect(html).toContain("Thanh toán thành công");
    expect(html).toContain("70.000 đồng");
    const pressed = await fetch(started.paymentUrl, {
      method: "POST",
      body: new URLSearchParams({ "ket-qua": "success" }),
      redirect: "manual",
    });
    const roundTripMs = performance.now() - began;
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get("location")).toBe(`${portalUrl}/thanh-toan/ket-qua?ref=${started.reference}`);
    await sandbox.idle();
    console.log(`[payment] round trip INIT → pay page → callback verified: ${roundTripMs.toFixed(0)} ms`);

    const attempt = await attemptOf(started.reference);
    expect(attempt.status).toBe("SUCCESS");
    expect(attempt.platformTransactionId).toMatch(/^SB/);
    expect(attempt.request).toMatchObject({ id: request.id, status: "PAID", method: "ONLINE" });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).feePaidOnline).toBe(true);
    const kinds = (await messagesOf(started.reference)).map((message) => [message.kind, message.signatureValid]);
    expect(kinds).toEqual([
      ["INIT", null],
      ["INIT_ANSWER", true],
      ["CALLBACK", true],
      ["CALLBACK_REPLY", null],
    ]);
    expect(sandbox.deliveries.filter((d) => d.reference === started.reference)).toMatchObject([
      { attempt: 1, replyVerified: true, replyCode: "00" },
    ]);
    const notices = await db.notification.findMany({
      where: { dossierId: dossier.id, template: "dossier.payment_received" },
    });
    expect(notices.map((notice) => notice.channel).sort()).toEqual(["EMAIL", "SMS"]);

    // Pressing pay again on a paid request is refused, nothing sent.
    const again = await startOnlinePayment({ dossierId: dossier.id }, { clientIp: "127.0.0.1" }, ctx);
    expect(again).toEqual({ ok: false, message: "Khoản phí, lệ phí này đã được thanh toán." });
  });

  it("refuses forged, wrong-amount, unknown-reference, duplicate and replayed callbacks, keeping each one", async () => {
    const { dossier } = await owingDossier();
    const started = await start(dossier.id);
    const amount = FEE + CHARGE;

    const forged = await postCallback(callbackFor(started.reference, amount, {}, "forger-secret-0000000000"));
    expect(forged.MaLoi).toBe(CALLBACK_REPLY_CODES.WRONG_SIGNATURE);
    // Our answers are signed too: the platform can verify them.
    expect(verifyMessage("CALLBACK_REPLY", forged, SECRET)).toBe(true);

    const wrongAmount = await postCallback(callbackFor(started.reference, amount - 1));
    expect(wrongAmount.MaLoi).toBe(CALLBACK_REPLY_CODES.WRONG_AMOUNT);

    const unknown = await postCallback(callbackFor("MC20261205000000UNKNOWN0", amount));
    expect(unknown.MaLoi).toBe(CALLBACK_REPLY_CODES.UNKNOWN_REFERENCE);
    const unknownKept = await messagesOf("MC20261205000000UNKNOWN0");
    expect(unknownKept.map((message) => [message.kind, message.attemptId, message.signatureValid])).toEqual([
      ["CALLBACK", null, true],
      ["CALLBACK_REPLY", null, null],
    ]);

    const garbage = await postCallback({ hello: "world" });
    expect(garbage.MaLoi).toBe(CALLBACK_REPLY_CODES.INVALID_MESSAGE);
    // What PostgreSQL cannot store (NUL, a lone surrogate) is answered and kept with U+FFFD, never a 500.
    const hostile = await postCallback({
      ...callbackFor(started.reference, amount),
      MaThamChieu: "MC\u0000\ud800X",
      "k\u0000": "\u0000",
    });
    expect(hostile.MaLoi).toBe(CALLBACK_REPLY_CODES.INVALID_MESSAGE);
    expect(await db.paymentMessage.count({ where: { reference: "MC\uFFFD\uFFFDX", kind: "CALLBACK" } })).toBe(1);

    let attempt = await attemptOf(started.reference);
    expect(attempt.status).toBe("INITIATED");
    expect(attempt.request.status).toBe("AWAITING");

    const genuine = callbackFor(started.reference, amount);
    expect((await postCallback(genuine)).MaLoi).toBe(CALLBACK_REPLY_CODES.ACCEPTED);
    attempt = await attemptOf(started.reference);
    expect(attempt.request.status).toBe("PAID");
    const versionAfterPaid = attempt.request.version;

    // The same confirmation again (the platform's retry, or a replay): answered "already processed", nothing changes.
    expect((await postCallback(genuine)).MaLoi).toBe(CALLBACK_REPLY_CODES.ALREADY_PROCESSED);
    expect((await attemptOf(started.reference)).request.version).toBe(versionAfterPaid);
    expect(
      await db.notification.count({ where: { dossierId: dossier.id, template: "dossier.payment_received" } }),
    ).toBe(2);

    // A replay onto another attempt: the reference is signed, so changing it breaks the signature.
    const other = await owingDossier();
    const otherStarted = await start(other.dossier.id);
    const replayed = await postCallback({ ...genuine, MaThamChieu: otherStarted.reference });
    expect(replayed.MaLoi).toBe(CALLBACK_REPLY_CODES.WRONG_SIGNATURE);
    expect((await attemptOf(otherStarted.reference)).status).toBe("INITIATED");

    const kept = await messagesOf(started.reference);
    expect(kept.filter((message) => message.kind === "CALLBACK").map((message) => message.signatureValid)).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it("the platform down or slow at INIT: a clear Vietnamese message, the attempt recorded as failed, nothing owed changed", async () => {
    const { dossier } = await owingDossier();
    // Connection refused: a port nobody listens on.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    ctx = { ...ctx, settings: settingsWith({ PAYMENT_PLATFORM_URL: `http://127.0.0.1:${closedPort}` }) };
    const down = await startOnlinePayment({ dossierId: dossier.id }, { clientIp: "127.0.0.1" }, ctx);
    expect(down.ok).toBe(false);
    expect(down.ok ? "" : down.message).toMatch(/nền tảng thanh toán hiện chưa phản hồi/);
    const downAttempt = await attemptOf(down.reference!);
    expect(downAttempt.status).toBe("FAILED");
    expect(downAttempt.request.status).toBe("UNPAID");
    const downAnswer = (await messagesOf(down.reference!)).find((message) => message.kind === "INIT_ANSWER");
    expect((downAnswer?.body as Record<string, string>).problem).toBe("unreachable");

    // Slow: the sandbox holds its answer longer than our time limit.
    sandbox.options.initDelayMs = 1500;
    ctx = { ...ctx, settings: settingsWith({ PAYMENT_TIMEOUT_MS: "300" }) };
    const slow = await startOnlinePayment({ dossierId: dossier.id }, { clientIp: "127.0.0.1" }, ctx);
    expect(slow.ok).toBe(false);
    const slowAttempt = await attemptOf(slow.reference!);
    expect(slowAttempt.status).toBe("FAILED");
    expect(slowAttempt.request.status).toBe("UNPAID");
    const slowAnswer = (await messagesOf(slow.reference!)).find((message) => message.kind === "INIT_ANSWER");
    expect((slowAnswer?.body as Record<string, string>).problem).toBe("timeout");

    // Once the platform answers again, the citizen simply tries again.
    sandbox.options.initDelayMs = 0;
    ctx = { ...ctx, settings: settingsWith() };
    expect((await start(dossier.id)).paymentUrl).toContain("/thanh-toan/");
  });

  it("closed tab: the callback is lost, reconciliation QUERYs and marks PAID, then fetches the e-receipt", async () => {
    const { dossier } = await owingDossier();
    sandbox.options.dropCallbacks = true;
    const started = await start(dossier.id);
    // The citizen pays and closes the tab; the browser never comes back and the platform's callback is lost.
    await sandbox.complete(started.reference, "success");
    expect(sandbox.deliveries.some((d) => d.reference === started.reference)).toBe(false);
    expect((await attemptOf(started.reference)).status).toBe("INITIATED");

    // Too young for the window (30 minutes): not queried yet.
    const early = await reconcilePendingPayments(new Date(Date.now() + 10 * 60_000), ctx);
    expect((await attemptOf(started.reference)).queryCount).toBe(0);
    expect(early.outcomes.paid ?? 0).toBe(0);

    const run = await reconcilePendingPayments(new Date(Date.now() + 31 * 60_000), ctx);
    expect(run.outcomes.paid).toBeGreaterThanOrEqual(1);
    const attempt = await attemptOf(started.reference);
    expect(attempt).toMatchObject({ status: "SUCCESS", queryCount: 1 });
    expect(attempt.request).toMatchObject({ status: "PAID", method: "ONLINE" });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).feePaidOnline).toBe(true);
    const answer = (await messagesOf(started.reference)).find((message) => message.kind === "QUERY_ANSWER");
    expect(answer?.signatureValid).toBe(true);
    expect((answer?.body as Record<string, string>).TrangThaiGD).toBe("1");

    // GET_BILL stored the receipt as the dossier's RECEIPT file, a real PDF; asking again stores nothing more.
    const receipts = await db.dossierFile.findMany({ where: { dossierId: dossier.id, purpose: "RECEIPT" } });
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ source: "PLATFORM", mediaType: "application/pdf" });
    expect(receipts[0]!.sizeBytes).toBeGreaterThan(500);
    expect(await fetchReceipt(attempt.id, ctx)).toEqual({ kind: "exists" });
    const billAnswer = (await messagesOf(started.reference)).find((message) => message.kind === "GET_BILL_ANSWER");
    expect(billAnswer?.signatureValid).toBe(true);
    expect((billAnswer?.body as Record<string, string>).DuLieu).toMatch(/^<\d+ base64 chars, sha256 [0-9a-f]{64}>$/);
  });

  it("reconciliation: a pending answer (3) stays pending, a failed one (4) fails the attempt", async () => {
    sandbox.options.dropCallbacks = true;
    const pending = await owingDossier();
    const pendingStarted = await start(pending.dossier.id);
    await sandbox.complete(pendingStarted.reference, "pending");
    const failed = await owingDossier();
    const failedStarted = await start(failed.dossier.id);
    await sandbox.complete(failedStarted.reference, "failure");

    await reconcilePendingPayments(new Date(Date.now() + 45 * 60_000), ctx);
    const stillPending = await attemptOf(pendingStarted.reference);
    expect(stillPending).toMatchObject({ status: "INITIATED", queryCount: 1 });
    expect(stillPending.request.status).toBe("AWAITING");
    const nowFailed = await attemptOf(failedStarted.reference);
    expect(nowFailed.status).toBe("FAILED");
    expect(nowFailed.request.status).toBe("UNPAID");

    // Older than the window (3 days): left alone.
    const beyond = await reconcilePendingPayments(new Date(Date.now() + 4 * 24 * 3_600_000), ctx);
    expect((await attemptOf(pendingStarted.reference)).queryCount).toBe(1);
    expect(beyond.queried).toBe(0);
  });

  it("desk payments (cash, transfer with reference) by a receptionist of the unit, and refunds, audited", async () => {
    const { dossier } = await owingDossier("AFTER_RESULT");
    const receptionist = sessionOf(world.users.receptionist);
    await expect(
      recordDeskPayment(db, sessionOf(world.users.otherReceptionist), { dossierId: dossier.id, method: "CASH" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordDeskPayment(db, sessionOf(world.users.officer), { dossierId: dossier.id, method: "CASH" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordDeskPayment(db, receptionist, { dossierId: dossier.id, method: "TRANSFER", reference: " " }),
    ).rejects.toBeInstanceOf(UserFacingError);

    const paid = await recordDeskPayment(db, receptionist, {
      dossierId: dossier.id,
      method: "CASH",
      reference: "BL-0001",
    });
    expect(paid.amount).toBe(FEE + CHARGE);
    const request = await db.paymentRequest.findUniqueOrThrow({ where: { id: paid.requestId } });
    expect(request).toMatchObject({
      status: "PAID",
      method: "CASH",
      reference: "BL-0001",
      recordedById: receptionist.id,
    });
    // Paid at the desk does not count as paid online (Decision 766).
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).feePaidOnline).toBe(false);
    await expect(recordDeskPayment(db, receptionist, { dossierId: dossier.id, method: "CASH" })).rejects.toThrow(
      /đã được ghi nhận/,
    );

    await expect(
      refundPayment(db, receptionist, { dossierId: dossier.id, amount: FEE + CHARGE + 1, reason: "Thu thừa" }),
    ).rejects.toThrow(/không được lớn hơn/);
    await refundPayment(db, receptionist, { dossierId: dossier.id, amount: CHARGE, reason: "Hồ sơ được miễn lệ phí" });
    expect(await db.paymentRequest.findUniqueOrThrow({ where: { id: paid.requestId } })).toMatchObject({
      status: "REFUNDED",
      refundAmount: CHARGE,
      refundReason: "Hồ sơ được miễn lệ phí",
      refundedById: receptionist.id,
    });
    const audit = await db.auditEntry.findMany({ where: { entityId: dossier.code }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["payment.record_desk_payment", "payment.refund"]);

    // A refund of an online payment also withdraws "paid online".
    const online = await owingDossier();
    const started = await start(online.dossier.id);
    await sandbox.complete(started.reference, "success");
    await sandbox.idle();
    await refundPayment(db, receptionist, { dossierId: online.dossier.id, amount: FEE + CHARGE, reason: "Rút hồ sơ" });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: online.dossier.id } })).feePaidOnline).toBe(false);
  });

  it("a registration withdrawn before paying owes nothing: its request is cancelled and cannot be paid", async () => {
    const { dossier, request } = await owingDossier();
    await performCommand(sessionOf(world.users.receptionist), {
      dossierId: dossier.id,
      expectedVersion: dossier.version,
      command: { type: "withdraw", reason: "Công dân xin rút hồ sơ" },
    });
    expect((await db.paymentRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("CANCELLED");
    const refused = await startOnlinePayment({ dossierId: dossier.id }, { clientIp: "127.0.0.1" }, ctx);
    expect(refused.ok).toBe(false);
  });

  it("the worker's reconciliation job (pg-boss, scheduled every 10 minutes) QUERYs and settles a lost payment", async () => {
    const { dossier } = await owingDossier();
    sandbox.options.dropCallbacks = true;
    const started = await start(dossier.id);
    await sandbox.complete(started.reference, "success");
    // Started 31 minutes ago: inside the window the job looks at.
    await db.paymentAttempt.update({
      where: { reference: started.reference },
      data: { initiatedAt: new Date(Date.now() - 31 * 60_000) },
    });
    const boss = createBoss(process.env.DATABASE_URL!, "worker", 4);
    await boss.start();
    try {
      await startPaymentJobs(boss, ctx, { pollingIntervalSeconds: 0.5 });
      const schedules = await boss.getSchedules();
      expect(schedules.find((schedule) => schedule.name === PAYMENT_RECONCILE_QUEUE)?.cron).toBe("*/10 * * * *");
      await boss.send(PAYMENT_RECONCILE_QUEUE, {});
      const deadline = Date.now() + 30_000;
      while ((await attemptOf(started.reference)).status === "INITIATED" && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await attemptOf(started.reference)).request.status).toBe("PAID");
    } finally {
      await boss.unschedule(PAYMENT_RECONCILE_QUEUE);
      await boss.stop({ graceful: false, timeout: 2000 });
    }
  });

  it("exempt, or nothing to pay: no payment request", async () => {
    const { dossier } = await owingDossier();
    const none = await db.$transaction(async (tx) => [
      await openPaymentRequest(tx, { dossierId: dossier.id, feeAmount: FEE, chargeAmount: 0, timing: "EXEMPT" }),
      await openPaymentRequest(tx, { dossierId: dossier.id, feeAmount: 0, chargeAmount: 0, timing: "BEFORE_INTAKE" }),
    ]);
    expect(none).toEqual([null, null]);
  });

  it("a refused dossier is not paid online any more", async () => {
    const { dossier } = await owingDossier();
    await db.dossier.update({ where: { id: dossier.id }, data: { status: "REFUSED" } });
    const refused = await startOnlinePayment({ dossierId: dossier.id }, { clientIp: "127.0.0.1" }, ctx);
    expect(refused.ok ? "" : refused.message).toMatch(/không cần thanh toán trực tuyến/);
    expect(await db.paymentAttempt.count({ where: { request: { dossierId: dossier.id } } })).toBe(0);
  });
});
