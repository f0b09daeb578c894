import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { listOutbox } from "../../src/server/data/notifications";
import { registerDossier } from "../../src/server/dossiers/intake";
import { retryNotification } from "../../src/server/notifications";
import { deliverNotification } from "../../src/server/notifications/deliver";
import { sendApologyDueAlerts, sendDailyDigests } from "../../src/server/notifications/digest";
import { enqueueNotifications, notifyDossierReceived, type OutboxMessage } from "../../src/server/notifications/outbox";
import {
  createDevProvider,
  DeliveryError,
  type NotificationProvider,
  type Providers,
} from "../../src/server/notifications/providers";
import { DELIVER_QUEUE, getProducer, stopProducers } from "../../src/server/notifications/queue";
import { parseNotificationSettings } from "../../src/server/notifications/settings";
import { startNotificationWorker, type NotificationWorker } from "../../src/server/notifications/worker";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, sessionOf, type TestWorld } from "../support/fixtures";

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("notifications: outbox, pg-boss worker and providers", () => {
  const db = useTestDb();
  const databaseUrl = process.env.DATABASE_URL!;
  const settings = parseNotificationSettings({ DATABASE_URL: databaseUrl, APP_URL: "http://localhost:3000" });
  const dev = createDevProvider(db);

  // An SMS "gateway" the tests steer by recipient: "flaky:…" fails twice per notification then works, "down:…"
  // fails while the gateway is down; everything else goes to the development mailbox.
  let gatewayDown = true;
  const calls = new Map<string, number>();
  const testSms: NotificationProvider = {
    async send(message) {
      const count = (calls.get(message.notificationId) ?? 0) + 1;
      calls.set(message.notificationId, count);
      if (message.recipient.startsWith("flaky:") && count <= 2)
        throw new DeliveryError("SMS gateway HTTP 503: busy", true);
      if (message.recipient.startsWith("down:") && gatewayDown)
        throw new DeliveryError("SMS gateway unreachable (ECONNREFUSED)", true);
      return dev.send(message);
    },
  };
  const providers: Providers = { EMAIL: dev, SMS: testSms };
  const workerOptions = {
    databaseUrl,
    concurrency: 8,
    providers: { SMS: testSms },
    settings,
    // short delays so retries happen within the test; 3 retries = 4 attempts
    retry: { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: false },
    expireInSeconds: 5,
    pollingIntervalSeconds: 0.5,
    superviseIntervalSeconds: 1,
    schedule: false,
  };

  let worker: NotificationWorker | undefined;
  let world: TestWorld;

  beforeAll(async () => {
    world = await createTestWorld(db);
    worker = await startNotificationWorker(workerOptions);
  });

  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2000 });
    await stopProducers();
  });

  const message = (overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
    channel: "SMS",
    recipient: "0987654321",
    template: "dossier.received",
    body: "Hồ sơ đã được tiếp nhận. Xin cảm ơn!",
    ...overrides,
  });

  const jobsFor = async (notificationId: string) => {
    const boss = await getProducer(databaseUrl);
    return boss.findJobs(DELIVER_QUEUE, { data: { notificationId } });
  };

  const statusOf = (id: string) => db.notification.findUniqueOrThrow({ where: { id } });

  it("writes the outbox row and its job in the caller's transaction: a rollback leaves neither", async () => {
    let ids: string[] = [];
    await expect(
      db.$transaction(async (tx) => {
        ids = await enqueueNotifications(tx, [message({ recipient: "down:rollback" })], { settings });
        expect(ids).toHaveLength(1);
        throw new Error("the transition failed");
      }),
    ).rejects.toThrow("the transition failed");
    expect(await db.notification.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await jobsFor(ids[0]!)).toHaveLength(0);
  });

  it("a committed transaction leaves both, and the worker delivers to the development mailbox", async () => {
    const [id] = await db.$transaction((tx) =>
      enqueueNotifications(
        tx,
        [message({ channel: "EMAIL", recipient: "binh@example.com", subject: "Thử", body: "Nội dung" })],
        { settings },
      ),
    );
    expect(await db.notification.count({ where: { id } })).toBe(1);
    expect(await jobsFor(id!)).toHaveLength(1);
    const sent = await waitFor(
      () => statusOf(id!),
      (row) => row.status === "SENT",
    );
    expect(sent).toMatchObject({ attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.providerMessageId).toMatch(/^dev:/);
    const mailbox = await db.devOutboxMessage.findUniqueOrThrow({ where: { notificationId: id } });
    expect(mailbox).toMatchObject({
      channel: "EMAIL",
      recipient: "binh@example.com",
      subject: "Thử",
      body: "Nội dung",
    });
  });

  it("builds the applicant's messages for a received dossier: e-mail and SMS, or only the channels switched on", async () => {
    const registered = await registerDossier(
      sessionOf(world.users.receptionist),
      intakeFor(world, { applicantEmail: "binh.tran@example.com" }),
      at("2026-05-04T08:00:00"),
    );
    const ids = await db.$transaction((tx) => notifyDossierReceived(tx, registered.id, { settings }));
    const rows = await db.notification.findMany({ where: { id: { in: ids } }, orderBy: { channel: "asc" } });
    expect(rows.map((row) => [row.channel, row.recipient, row.template])).toEqual([
      ["EMAIL", "binh.tran@example.com", "dossier.received"],
      ["SMS", "0987654321", "dossier.received"],
    ]);
    expect(rows[0]!.subject).toBe(`Hồ sơ ${registered.code} đã được tiếp nhận`);
    expect(rows[0]!.body).toContain(
      `http://localhost:3000/tra-cuu?ma=${registered.code}&xac-thuc=${registered.trackingKey}`,
    );
    for (const row of rows) {
      expect(row.body).not.toContain("001190012345"); // ID number
      expect(row.body).not.toContain("Quang Trung"); // address
      expect(row.body).not.toContain("Thị Bình"); // only the masked name
    }
    const emailOnly = parseNotificationSettings({ DATABASE_URL: databaseUrl, NOTIFY_CHANNELS: "email" });
    const onlyEmail = await db.$transaction((tx) => notifyDossierReceived(tx, registered.id, { settings: emailOnly }));
    expect(await db.notification.findMany({ where: { id: { in: onlyEmail } }, select: { channel: true } })).toEqual([
      { channel: "EMAIL" },
    ]);
    await waitFor(
      () => db.notification.count({ where: { dossierId: registered.id, status: { not: "SENT" } } }),
      (pending) => pending === 0,
    );
  });

  it("delivers a notification once even when delivered twice (lost 'SENT' mark, concurrent deliveries)", async () => {
    // A row without a job, so only this test delivers it.
    const lost = await db.notification.create({
      data: { channel: "SMS", recipient: "0911111111", template: "dossier.received", body: "Một" },
    });
    // The first delivery reached the provider, then the worker died before marking SENT:
    await dev.send({
      notificationId: lost.id,
      channel: "SMS",
      recipient: lost.recipient,
      subject: null,
      body: lost.body,
    });
    expect(await deliverNotification(db, providers, lost.id)).toMatchObject({ kind: "sent" });
    expect(await deliverNotification(db, providers, lost.id)).toEqual({ kind: "skipped", reason: "already_sent" });
    expect(await db.devOutboxMessage.count({ where: { notificationId: lost.id } })).toBe(1);
    expect(await statusOf(lost.id)).toMatchObject({ status: "SENT", attempts: 1 });

    const raced = await db.notification.create({
      data: {
        channel: "EMAIL",
        recipient: "an@example.com",
        template: "dossier.received",
        subject: "Hai",
        body: "Hai",
      },
    });
    const outcomes = await Promise.all([
      deliverNotification(db, providers, raced.id),
      deliverNotification(db, providers, raced.id),
    ]);
    expect(outcomes.every((outcome) => outcome.kind === "sent" || outcome.kind === "skipped")).toBe(true);
    expect(await db.devOutboxMessage.count({ where: { notificationId: raced.id } })).toBe(1);
    const row = await statusOf(raced.id);
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(outcomes.filter((outcome) => outcome.kind === "sent").length);
  });

  it("retries a failing provider with backoff and marks SENT when it recovers", async () => {
    const [id] = await db.$transaction((tx) =>
      enqueueNotifications(tx, [message({ recipient: "flaky:0900000001" })], { settings }),
    );
    const sent = await waitFor(
      () => statusOf(id!),
      (row) => row.status === "SENT",
    );
    expect(sent).toMatchObject({ attempts: 3, lastError: null });
    expect(calls.get(id!)).toBe(3);
    expect(await db.devOutboxMessage.count({ where: { notificationId: id } })).toBe(1);
  });

  it("marks FAILED after the last retry, lists it in the dead-letter view, and 'thử gửi lại' sends it", async () => {
    gatewayDown = true;
    const [id] = await db.$transaction((tx) =>
      enqueueNotifications(tx, [message({ recipient: "down:0900000002" })], { settings }),
    );
    const failed = await waitFor(
      () => statusOf(id!),
      (row) => row.status === "FAILED",
    );
    expect(failed.attempts).toBe(4);
    expect(failed.lastError).toBe("SMS gateway unreachable (ECONNREFUSED)");
    const deadLetters = await listOutbox({ status: "FAILED" }, db);
    const listed = deadLetters.rows.find((row) => row.id === id);
    expect(listed).toMatchObject({
      status: "FAILED",
      attempts: 4,
      lastError: "SMS gateway unreachable (ECONNREFUSED)",
      recipient: "do***********02",
    });
    expect(await db.devOutboxMessage.count({ where: { notificationId: id } })).toBe(0);

    gatewayDown = false;
    expect(await retryNotification(id!)).toBe(true);
    expect(await retryNotification(id!)).toBe(false); // already PENDING again
    const sent = await waitFor(
      () => statusOf(id!),
      (row) => row.status === "SENT",
    );
    expect(sent.attempts).toBe(5);
    expect(await db.devOutboxMessage.count({ where: { notificationId: id } })).toBe(1);
    expect((await listOutbox({ status: "FAILED" }, db)).rows.some((row) => row.id === id)).toBe(false);
  });

  it("survives a database restart and a worker restart mid-run without losing or duplicating a message", async () => {
    const total = 300;
    const ids = await db.$transaction((tx) =>
      enqueueNotifications(
        tx,
        Array.from({ length: total }, (_, i) =>
          message({ recipient: `09${String(i).padStart(8, "0")}`, body: `Tin ${i}` }),
        ),
        { settings },
      ),
    );
    await waitFor(
      () => db.notification.count({ where: { id: { in: ids }, status: "SENT" } }),
      (sent) => sent >= 20,
    );

    if (inject("databaseKind") === "server") {
      // What a PostgreSQL restart does to clients: every connection to this database is cut, mid-query or idle.
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      await admin.end();
      expect(killed.rowCount).toBeGreaterThan(0);
    }
    // The worker process is stopped mid-run (deploy, crash recovery) and started again.
    await worker!.stop({ timeoutMs: 5000 });
    worker = await startNotificationWorker(workerOptions);

    await waitFor(
      () => db.notification.count({ where: { id: { in: ids }, status: "SENT" } }),
      (sent) => sent === total,
      90_000,
    );
    const perNotification = await db.devOutboxMessage.groupBy({
      by: ["notificationId"],
      where: { notificationId: { in: ids } },
      _count: { _all: true },
    });
    expect(perNotification).toHaveLength(total);
    expect(perNotification.every((group) => group._count._all === 1)).toBe(true);
  }, 120_000);

  describe("deadline watch for staff", () => {
    let dossierId: string;
    let code: string;
    let world: TestWorld; // its own world: the dossiers above must not show up in these digests

    beforeAll(async () => {
      world = await createTestWorld(db);
      await db.user.update({ where: { id: world.users.head.id }, data: { email: "truongphong@example.gov.vn" } });
      await db.user.update({ where: { id: world.users.officer.id }, data: { phone: "0912345678" } });
      const registered = await registerDossier(
        sessionOf(world.users.receptionist),
        intakeFor(world),
        at("2026-05-04T08:00:00"),
      );
      // assigned to the officer; appointment 17:00 Mon 11/05/2026
      await db.dossier.update({ where: { id: registered.id }, data: { assigneeId: world.users.officer.id } });
      dossierId = registered.id;
      code = registered.code;
    });

    it("sends the head a daily digest with the counts and codes, once a day, only on working days", async () => {
      const friday = at("2026-05-08T07:00:00");
      const run = await sendDailyDigests(db, friday, { settings });
      expect(run.notifications).toBeGreaterThanOrEqual(1);
      const digests = await db.notification.findMany({
        where: { userId: world.users.head.id, template: "staff.daily_digest" },
      });
      expect(digests).toHaveLength(1);
      expect(digests[0]).toMatchObject({ channel: "EMAIL", recipient: "truongphong@example.gov.vn" });
      expect(digests[0]!.body).toContain(`- Sắp đến hạn: 1: ${code}`);
      expect(digests[0]!.body).toContain(`- Cần ban hành phiếu xin lỗi: 1: ${code}`);
      expect(digests[0]!.body).toContain("- Quá hạn: 0");
      // the same morning again (a retried job): nothing new
      await sendDailyDigests(db, at("2026-05-08T07:30:00"), { settings });
      expect(
        await db.notification.count({ where: { userId: world.users.head.id, template: "staff.daily_digest" } }),
      ).toBe(1);
      // Saturday: no digest
      expect(await sendDailyDigests(db, at("2026-05-09T07:00:00"), { settings })).toEqual({
        offices: 0,
        notifications: 0,
      });
    });

    it("alerts the assignee and the head that the apology letter is due, once a day per dossier", async () => {
      // Thursday: the apology deadline (17:00 Fri 08/05) is not yet within one working day's horizon… it is: Fri is
      // the next working day. Wednesday is still early.
      expect((await sendApologyDueAlerts(db, at("2026-05-06T07:05:00"), { settings })).notifications).toBe(0);
      await sendApologyDueAlerts(db, at("2026-05-07T07:05:00"), { settings });
      await sendApologyDueAlerts(db, at("2026-05-07T13:35:00"), { settings });
      const alerts = await db.notification.findMany({
        where: { dossierId, template: "staff.apology_due" },
        orderBy: { channel: "asc" },
      });
      expect(alerts.map((alert) => [alert.channel, alert.userId])).toEqual([
        ["EMAIL", world.users.head.id],
        ["SMS", world.users.officer.id],
      ]);
      expect(alerts[0]!.body).toContain("trước 17:00 08/05/2026");
      expect(alerts[1]!.body).toContain(`Hồ sơ ${code} hẹn trả 11/05/2026`);

      // Once a letter is drafted for this appointment, no more alerts.
      await db.apologyLetter.create({
        data: {
          dossierId,
          kind: "LATE",
          officeId: world.offices.justice.id,
          reason: "Cần xác minh thêm",
          extraWorkingDays: 3,
          previousAppointmentAt: at("2026-05-11T17:00:00"),
          proposedAppointmentAt: at("2026-05-14T17:00:00"),
          appointmentNote: "",
          calendarRevision: 0,
          draftedById: world.users.officer.id,
          draftedAt: at("2026-05-08T08:00:00"),
        },
      });
      await sendApologyDueAlerts(db, at("2026-05-08T07:05:00"), { settings });
      expect(await db.notification.count({ where: { dossierId, template: "staff.apology_due" } })).toBe(2);
    });
  });
});
