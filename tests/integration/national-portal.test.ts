// The national-portal adapter against real PostgreSQL and the stand-in portal over real HTTP: the outbox filled by
// the DossierEvent trigger in the change's own transaction, every status code 1–10 pushed as itself (never 5/6/8 as
// 9), an hour's outage then recovery (nothing lost, nothing sent twice), a lost answer and "đã tồn tại" answered by
// an update, a refusal kept with the portal's reason and sent again by "Đồng bộ lại", the pull of dossiers filed on
// the portal with their files (idempotent), and the coverage figures of the admin screen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PORTAL_DOSSIER_UPDATE_EVENT_TYPES,
  PORTAL_PROGRESS_EVENT_TYPES,
  type PortalDossier,
} from "../../src/domain/national-portal";
import { getSyncOverview } from "../../src/server/data/national-portal";
import { createBoss } from "../../src/server/notifications/queue";
import { PORTAL_PULL_QUEUE, PORTAL_SYNC_QUEUE, startPortalJobs } from "../../src/server/national-portal/jobs";
import { registerDossier } from "../../src/server/dossiers/intake";
import { readFileBytes } from "../../src/server/files";
import { pullFiledDossiers } from "../../src/server/national-portal/pull";
import { resyncFailedMessages } from "../../src/server/national-portal/resync";
import type { PortalSettings } from "../../src/server/national-portal/settings";
import { runPortalSync, type SyncContext } from "../../src/server/national-portal/sync";
import {
  startNationalPortalSandbox,
  type NationalPortalSandbox,
} from "../../src/tooling/national-portal-sandbox/server";
import { useTestDb } from "../support/db";
import {
  act,
  at,
  createTestWorld,
  intakeFor,
  sessionsOf,
  type Sessions,
  type TestWorld,
  DESK_RETURN,
} from "../support/fixtures";
import { samplePdf } from "../support/sample-files";

const KEY = "integration-portal-key";

describe("national portal: outbox, worker, stand-in portal, pull", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let sandbox: NationalPortalSandbox;
  let settings: PortalSettings;
  // The worker's clock: moved forward to make retries due without waiting for them.
  let clock = new Date();
  const ctx = (): SyncContext => ({ db, settings, now: () => clock });
  const sync = () => runPortalSync(ctx());
  /** Runs the worker as the schedule would over `hours`, one run every `stepMinutes`. */
  const syncOver = async (hours: number, stepMinutes = 10) => {
    for (let minute = 0; minute <= hours * 60; minute += stepMinutes) {
      clock = new Date(clock.getTime() + stepMinutes * 60_000);
      await sync();
    }
  };
  const messagesOf = (dossierId: string) =>
    db.portalSyncMessage.findMany({ where: { dossierId }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    sandbox = await startNationalPortalSandbox({ apiKey: KEY });
    settings = {
      NATIONAL_PORTAL_URL: sandbox.api,
      NATIONAL_PORTAL_KEY: KEY,
      NATIONAL_PORTAL_TIMEOUT_MS: 1500,
      NATIONAL_PORTAL_PULL_UNITS: world.ward.code,
      APP_URL: "http://motcua.test",
    };
    // Whatever earlier test files left in the shared database goes first, so each test below sees its own rows.
    await syncOver(0.5);
  }, 120_000);

  afterAll(async () => {
    await sandbox?.close();
  });

  const register = (day: string) => registerDossier(as.receptionist, intakeFor(world), at(`${day}T08:00:00`));
  const step = (user: keyof Sessions, dossierId: string, command: Parameters<typeof act>[3], when: string) =>
    act(db, as[user], dossierId, command, when);

  it("keeps the trigger's lists of portal events equal to the domain's", async () => {
    const [row] = await db.$queryRaw<{ progress: string[]; updates: string[] }[]>`
      SELECT motcua_portal_progress_event_types() AS progress, motcua_portal_dossier_update_event_types() AS updates`;
    expect(row!.progress).toEqual([...PORTAL_PROGRESS_EVENT_TYPES]);
    expect(row!.updates).toEqual([...PORTAL_DOSSIER_UPDATE_EVENT_TYPES]);
  });

  it("enqueues in the change's transaction: a DOSSIER message when the dossier object changes, a PROGRESS row per step, nothing for internal notes", async () => {
    const dossier = await register("2026-11-02");
    // Registered at the desk (2) and transferred at once to the handling office (4): two dossier states, two steps.
    expect((await messagesOf(dossier.id)).map((m) => m.kind)).toEqual(["DOSSIER", "PROGRESS", "DOSSIER", "PROGRESS"]);
    await step("head", dossier.id, { type: "assign", officerId: world.users.officer.id }, "2026-11-02T10:00:00");
    // assign keeps the status (4): a step only.
    expect((await messagesOf(dossier.id)).map((m) => m.kind)).toEqual([
      "DOSSIER",
      "PROGRESS",
      "DOSSIER",
      "PROGRESS",
      "PROGRESS",
    ]);
    await db.dossierEvent.create({ data: { dossierId: dossier.id, type: "draft_apology", reason: "nội bộ" } });
    expect(await messagesOf(dossier.id)).toHaveLength(5);
    // A failed change leaves no message: the outbox row is in the same transaction.
    await expect(
      db.$transaction(async (tx) => {
        await tx.dossierEvent.create({ data: { dossierId: dossier.id, type: "withdraw", toStatus: "WITHDRAWN" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await messagesOf(dossier.id)).toHaveLength(5);
    await sync();
    expect((await messagesOf(dossier.id)).every((m) => m.status === "SYNCED")).toBe(true);
  });

  it("queues one dossier message per dossier for a bulk insert of its history (the demo world's seed)", async () => {
    const dossier = await register("2026-11-02");
    await sync();
    const before = (await messagesOf(dossier.id)).length;
    await db.dossierEvent.createMany({
      data: [
        { dossierId: dossier.id, type: "assign", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING" },
        {
          dossierId: dossier.id,
          type: "request_financial",
          fromStatus: "IN_PROCESSING",
          toStatus: "WAITING_FINANCIAL",
        },
        { dossierId: dossier.id, type: "record_financial", fromStatus: "WAITING_FINANCIAL", toStatus: "IN_PROCESSING" },
      ],
    });
    const added = (await messagesOf(dossier.id)).slice(before);
    expect(added.map((m) => m.kind)).toEqual(["DOSSIER", "PROGRESS", "PROGRESS", "PROGRESS"]);
  });

  it("pushes every status code 1–10 as itself: a supplement, a financial obligation and a stop are never 'done'", async () => {
    // 2 → 4 → 5 → 4 → 6 → 4 → 9 → 10
    const full = await register("2026-11-03");
    const t = (time: string) => `2026-11-03T${time}`;
    await step("head", full.id, { type: "assign", officerId: world.users.officer.id }, t("09:10:00"));
    await step("officer", full.id, { type: "request_supplement", reason: "Thiếu giấy xác nhận" }, t("09:20:00"));
    await step("receptionist", full.id, { type: "record_supplement" }, t("09:30:00"));
    await step("officer", full.id, { type: "request_financial", reason: "Nộp lệ phí" }, t("09:40:00"));
    await step("receptionist", full.id, { type: "record_financial" }, t("09:50:00"));
    await step("officer", full.id, { type: "submit_for_approval", resultKind: "GRANTED" }, t("10:00:00"));
    await step("head", full.id, { type: "approve" }, t("10:10:00"));
    await step("leader", full.id, { type: "approve" }, t("10:20:00"));
    await step("receptionist", full.id, DESK_RETURN, t("10:30:00"));
    // 7: withdrawn at the desk; 8: stopped by the head.
    const withdrawn = await register("2026-11-03");
    await step("receptionist", withdrawn.id, { type: "withdraw", reason: "Công dân xin rút" }, t("11:00:00"));
    const stopped = await register("2026-11-03");
    await step("head", stopped.id, { type: "stop", reason: "Không đủ điều kiện giải quyết" }, t("11:20:00"));
    // 1 and 3: filed on the portal, pulled, refused at the desk.
    const portalCode = `G01.${world.tag}-261103-0001`;
    sandbox.file(
      {
        MaHoSo: portalCode,
        MaTTHC: world.procedure.code,
        MaDonVi: world.ward.code,
        ChuHoSo: "Lê Văn Cường",
        LoaiDoiTuong: "1",
        SoGiayToChuHoSo: "001090054321",
        SoDienThoai: "0912000111",
        Email: "",
        DiaChi: "Tùng Thiện, Hà Nội",
        NgayNopHoSo: "20261103080000",
        HinhThuc: "0",
      },
      [],
    );
    const pulled = await pullFiledDossiers({ db, settings });
    expect(pulled.created).toHaveLength(1);
    const refused = await db.dossier.findUniqueOrThrow({ where: { portalCode } });
    await step("receptionist", refused.id, { type: "refuse", reason: "Không thuộc thẩm quyền" }, t("11:30:00"));

    await sync();
    const received = (code: string) => sandbox.dossiers.get(code)?.payload;
    const rowsOf = (code: string) => [...sandbox.progress.values()].filter((row) => row.MaHoSo === code);
    expect(rowsOf(full.code).map((row) => row.TrangThai)).toEqual([
      "2",
      "4",
      "4",
      "5",
      "4",
      "6",
      "4",
      "4",
      "4",
      "9",
      "10",
    ]);
    expect(received(full.code)).toMatchObject({ TrangThaiHoSo: "10", KenhThucHien: "1", HinhThuc: "0" });
    expect(received(full.code)!.DanhSachHoSoBoSung).toHaveLength(1);
    expect(received(withdrawn.code)?.TrangThaiHoSo).toBe("7");
    expect(received(stopped.code)?.TrangThaiHoSo).toBe("8");
    expect(rowsOf(stopped.code).map((row) => row.TrangThai)).toEqual(["2", "4", "8"]);
    expect(received(portalCode)).toMatchObject({ TrangThaiHoSo: "3", KenhThucHien: "2" });
    expect(received(portalCode)!.NgayTuChoi).toBe("20261103113000");
    expect(rowsOf(portalCode).map((row) => row.TrangThai)).toEqual(["1", "3"]);
    const codes = new Set(
      [full.code, withdrawn.code, stopped.code, portalCode].flatMap((code) => rowsOf(code).map((row) => row.TrangThai)),
    );
    expect([...codes].sort((a, b) => Number(a) - Number(b))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    // Dates as the portal wants them: the return at 10:30 Vietnam time.
    expect(received(full.code)!.NgayTra).toBe("20261103103000");
  });

  it("loses nothing and sends nothing twice through an hour's outage", async () => {
    const dossier = await register("2026-11-04");
    await step("head", dossier.id, { type: "assign", officerId: world.users.officer.id }, "2026-11-04T09:30:00");
    sandbox.setFault("fail");
    const requestsBefore = sandbox.requests;
    await syncOver(1);
    expect(sandbox.requests).toBeGreaterThan(requestsBefore);
    const during = await messagesOf(dossier.id);
    expect(during.every((m) => m.status === "PENDING")).toBe(true);
    expect(during[0]!.attempts).toBeGreaterThan(3);
    expect(during[0]!.lastError).toMatch(/HTTP 503/);
    // Steps wait behind their dossier: never tried while the dossier object is not on the portal.
    expect(during.filter((m) => m.kind === "PROGRESS").every((m) => m.attempts === 0)).toBe(true);
    expect(sandbox.dossiers.has(dossier.code)).toBe(false);

    sandbox.setFault("none");
    await syncOver(2);
    const after = await messagesOf(dossier.id);
    expect(after.map((m) => m.status)).toEqual(after.map(() => "SYNCED"));
    expect(sandbox.dossiers.has(dossier.code)).toBe(true);
    expect([...sandbox.progress.values()].filter((row) => row.MaHoSo === dossier.code)).toHaveLength(3);
    expect(sandbox.duplicateProgressRows).toBe(0);
    // Synced rows are never taken again.
    const requests = sandbox.requests;
    await syncOver(1);
    expect(sandbox.requests).toBe(requests);
  }, 120_000);

  it('resends as an update when the answer was lost (the portal then says "đã tồn tại") or when it says so at once', async () => {
    const lost = await register("2026-11-05");
    sandbox.setFault("timeout", 1, 4000);
    await sync();
    let messages = await messagesOf(lost.id);
    expect(messages[0]).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(messages[0]!.lastError).toMatch(/không trả lời/);
    expect(sandbox.dossiers.has(lost.code)).toBe(true); // taken, but we never heard
    clock = new Date(clock.getTime() + 5 * 60_000);
    await sync();
    messages = await messagesOf(lost.id);
    expect(messages.map((m) => m.status)).toEqual(["SYNCED", "SYNCED", "SYNCED", "SYNCED"]);
    expect(messages[0]!.answer).toMatchObject({ error_code: "0", isUpdating: true });
    expect(sandbox.dossiers.get(lost.code)!.updates).toBe(1);

    const exists = await register("2026-11-05");
    sandbox.setFault("exists", 1);
    await sync();
    const answered = await messagesOf(exists.id);
    expect(answered.map((m) => m.status)).toEqual(["SYNCED", "SYNCED", "SYNCED", "SYNCED"]);
    expect(answered[0]!.answer).toMatchObject({ isUpdating: true });
  }, 60_000);

  it("keeps a refusal with the portal's reason, holds the dossier's steps, and sends again on 'Đồng bộ lại' (audited)", async () => {
    const dossier = await register("2026-11-06");
    sandbox.setFault("reject");
    await sync();
    sandbox.setFault("none");
    const messages = await messagesOf(dossier.id);
    const [dossierMessage, stepMessage] = messages;
    expect(dossierMessage).toMatchObject({ status: "FAILED", lastError: "Từ chối theo cấu hình thử nghiệm (mã 99)" });
    expect(dossierMessage!.answer).toMatchObject({ error_code: "99" });
    expect(stepMessage).toMatchObject({ status: "PENDING", attempts: 0 });

    const overview = await getSyncOverview({ start: at("2026-11-01T00:00:00"), end: at("2026-12-01T00:00:00") }, db);
    expect(overview.failures.find((failure) => failure.dossierCode === dossier.code)).toMatchObject({
      kind: "DOSSIER",
      reason: "Từ chối theo cấu hình thử nghiệm (mã 99)",
    });

    const resent = await db.$transaction((tx) =>
      resyncFailedMessages(tx, {
        actorId: world.users.admin.id,
        ids: messages.filter((m) => m.status === "FAILED").map((m) => m.id),
      }),
    );
    expect(resent).toEqual({ count: 2, dossierCodes: [dossier.code] });
    const audit = await db.auditEntry.findFirst({
      where: { action: "national_portal.resync", actorId: world.users.admin.id },
    });
    expect(audit?.detail).toMatchObject({ dossiers: [dossier.code] });
    await sync();
    expect((await messagesOf(dossier.id)).map((m) => m.status)).toEqual(["SYNCED", "SYNCED", "SYNCED", "SYNCED"]);
  });

  it("refuses a payload outside the field list or the code lists, naming the fields", async () => {
    const response = await fetch(`${sandbox.api}/DongBoHoSoMC`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        service: "DongBoHoSoMC",
        isUpdating: false,
        data: [{ MaHoSo: "X-1", TrangThaiHoSo: "11", NgayNopHoSo: "05/12/2026" } as Partial<PortalDossier>],
      }),
    });
    const answer = (await response.json()) as { error_code: string; message: string };
    expect(answer.error_code).not.toBe("0");
    expect(answer.message).toMatch(/TrangThaiHoSo/);
    expect(answer.message).toMatch(/NgayNopHoSo/);
    expect(answer.message).toMatch(/MaTTHC/);
  });

  it("pulls dossiers filed on the portal into the desk's online queue with their files, once", async () => {
    const portalCode = `G01.${world.tag}-261107-0002`;
    const pdf = samplePdf("To khai tu Cong DVCQG");
    sandbox.file(
      {
        MaHoSo: portalCode,
        MaTTHC: world.procedure.code,
        MaDonVi: world.ward.code,
        ChuHoSo: "Phạm Thị Dung",
        LoaiDoiTuong: "1",
        SoGiayToChuHoSo: "001190067890",
        SoDienThoai: "0913222333",
        Email: "dung@example.vn",
        DiaChi: "Đoài Phương, Hà Nội",
        NgayNopHoSo: "20261107083000",
        HinhThuc: "0",
      },
      [
        { component: `${world.procedure.code}.1`, name: "to-khai.pdf", bytes: pdf, mediaType: "application/pdf" },
        {
          component: `${world.procedure.code}.2`,
          name: "khong-phai-pdf.pdf",
          bytes: new Uint8Array([1, 2, 3]),
          mediaType: "application/pdf",
        },
      ],
    );
    const first = await pullFiledDossiers({ db, settings });
    expect(first.created).toHaveLength(1);
    expect(first.refusedFiles).toBe(1);
    const dossier = await db.dossier.findUniqueOrThrow({
      where: { portalCode },
      include: { files: true, documents: { orderBy: { position: "asc" } } },
    });
    expect(dossier).toMatchObject({
      status: "REGISTERED_ONLINE",
      channel: "ONLINE",
      receivedUnitId: world.ward.id,
      applicantName: "Phạm Thị Dung",
      receivedAt: null,
    });
    expect(dossier.submittedAt.toISOString()).toBe(at("2026-11-07T08:30:00").toISOString());
    expect(dossier.intakeDueAt).not.toBeNull();
    expect(dossier.files).toHaveLength(1);
    expect(dossier.files[0]).toMatchObject({ documentPosition: 1, mediaType: "application/pdf" });
    expect(Buffer.from(await readFileBytes(dossier.files[0]!)).equals(Buffer.from(pdf))).toBe(true);
    expect(dossier.documents.map((document) => document.received)).toEqual([true, false]);

    const again = await pullFiledDossiers({ db, settings });
    expect(again.created).toEqual([]);
    expect(await db.dossier.count({ where: { portalCode } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "national_portal.pull", entityId: dossier.code } })).toBe(1);

    // Its registration goes back to the portal under the portal's code, as an update of what the portal has.
    await sync();
    const [message] = await messagesOf(dossier.id);
    expect(message).toMatchObject({ status: "SYNCED" });
    expect(message!.answer).toMatchObject({ isUpdating: true });
    expect(sandbox.dossiers.get(portalCode)?.payload).toMatchObject({ TrangThaiHoSo: "1", SoDienThoai: "0913222333" });
  });

  it("runs the sync and the pull as pg-boss jobs on the worker's queue (every minute, every 5 minutes)", async () => {
    const dossier = await register("2026-11-08");
    const portalCode = `G01.${world.tag}-261108-0003`;
    sandbox.file(
      {
        MaHoSo: portalCode,
        MaTTHC: world.procedure.code,
        MaDonVi: world.ward.code,
        ChuHoSo: "Đỗ Văn Em",
        LoaiDoiTuong: "1",
        SoGiayToChuHoSo: "001090099999",
        SoDienThoai: "0914000222",
        Email: "",
        DiaChi: "Sơn Tây, Hà Nội",
        NgayNopHoSo: "20261108090000",
        HinhThuc: "0",
      },
      [],
    );
    const boss = createBoss(process.env.DATABASE_URL!, "worker", 4);
    await boss.start();
    try {
      await startPortalJobs(boss, { db, settings }, { pollingIntervalSeconds: 0.5 });
      const schedules = await boss.getSchedules();
      expect(schedules.find((schedule) => schedule.name === PORTAL_SYNC_QUEUE)?.cron).toBe("* * * * *");
      expect(schedules.find((schedule) => schedule.name === PORTAL_PULL_QUEUE)?.cron).toBe("*/5 * * * *");
      await boss.send(PORTAL_PULL_QUEUE, {});
      await boss.send(PORTAL_SYNC_QUEUE, {});
      const deadline = Date.now() + 30_000;
      const done = async () =>
        (await db.dossier.count({ where: { portalCode } })) === 1 &&
        (await messagesOf(dossier.id)).every((m) => m.status === "SYNCED");
      while (!(await done()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await done()).toBe(true);
    } finally {
      await boss.unschedule(PORTAL_SYNC_QUEUE);
      await boss.unschedule(PORTAL_PULL_QUEUE);
      await boss.stop({ graceful: false, timeout: 2000 });
    }
  });

  it("records a history written with the trigger off (the demo's seed) as synced before today, pending today", async () => {
    const dossier = await register("2026-11-09");
    const today = at("2026-11-09T12:00:00");
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('motcua.portal_sync', 'off', true)`;
      await tx.dossierEvent.createMany({
        data: [
          {
            dossierId: dossier.id,
            type: "assign",
            at: at("2026-11-09T10:00:00"),
            fromStatus: "IN_PROCESSING",
            toStatus: "IN_PROCESSING",
          },
          {
            dossierId: dossier.id,
            type: "withdraw",
            at: at("2026-11-09T13:00:00"),
            fromStatus: "IN_PROCESSING",
            toStatus: "WITHDRAWN",
          },
        ],
      });
    });
    const before = await messagesOf(dossier.id);
    expect(before).toHaveLength(4); // register and transfer only: the two events above queued nothing
    const { backfillDemoHistory } = await import("../../src/tooling/demo-world/portal-history");
    await backfillDemoHistory(db, today, { onlyIfEmpty: false });
    const added = (await messagesOf(dossier.id)).slice(before.length);
    expect(added.map((m) => [m.kind, m.status])).toEqual([
      ["DOSSIER", "PENDING"],
      ["PROGRESS", "SYNCED"],
      ["PROGRESS", "PENDING"],
    ]);
    await sync();
    // Today's rows are pushed live, the dossier object before its step.
    expect((await messagesOf(dossier.id)).map((m) => m.status)).toEqual(Array(7).fill("SYNCED"));
  });

  it("reports coverage per unit and period: dossiers up to date on the portal and steps received", async () => {
    const overview = await getSyncOverview({ start: at("2026-11-01T00:00:00"), end: at("2026-12-01T00:00:00") }, db);
    const ward = overview.coverage.find((row) => row.unitId === world.ward.id)!;
    expect(ward.dossiers).toBeGreaterThanOrEqual(10);
    expect(ward.dossiersSynced).toBe(ward.dossiers);
    expect(ward.stepsSynced).toBe(ward.steps);
    expect(ward.stepsFailed).toBe(0);
  });
});
