// The public postal service against real PostgreSQL and the stand-in postal server over real HTTP: the waybill pool
// (row locks, exhaustion, revocation), intake by post, return by post through the outbox and the pg-boss worker
// (accepted; endpoint down → retried then FAILED with nothing lost; a wrong key refused), handover and delivery.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandWaybillRange, receiverSchema, s10CheckDigit } from "../../src/domain/postal";
import { registerDossier } from "../../src/server/dossiers/intake";
import { addWaybills, allocateWaybill, poolCounts, revokeWaybill } from "../../src/server/postal/pool";
import { handOverShipment, requestShipmentAgain } from "../../src/server/postal/shipments";
import { trackShipments } from "../../src/server/postal/send";
import { startPostalWorker, type PostalWorker } from "../../src/server/postal/worker";
import { startPostalSandbox, type PostalSandbox } from "../../src/tooling/postal-sandbox/server";
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
  POST_RETURN,
} from "../support/fixtures";

async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const API_KEY = "integration-postal-key";
const receiver = receiverSchema.parse({
  name: "Trần Thị Bình",
  phone: "0987654321",
  email: "binh@example.vn",
  address: "số 5 phố Quang Trung",
  province: "01",
  commune: "phuong-son-tay",
});

/** A serial range of its own per call, so the files sharing the database never collide on a number. */
let nextSerial = 10_000_000 + Math.floor(Math.random() * 80_000_000);
function freshRange(count: number): string[] {
  const serial = String(nextSerial).padStart(8, "0");
  nextSerial += count;
  return expandWaybillRange(`ET${serial}${s10CheckDigit(serial)}VN`, count);
}

describe("postal service: pool, outbox, stand-in server", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let sandbox: PostalSandbox;
  let worker: PostalWorker;

  const startWorker = (apiKey: string) =>
    startPostalWorker({
      databaseUrl: process.env.DATABASE_URL!,
      settings: { POSTAL_ENDPOINT_URL: sandbox.endpoint, POSTAL_API_KEY: apiKey, POSTAL_TIMEOUT_MS: 2000 },
      // short delays so the retries happen within the test: 2 retries = 3 tries
      retry: { retryLimit: 2, retryDelaySeconds: 1 },
      pollingIntervalSeconds: 0.5,
      schedule: false,
    });

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    await db.administrativeUnit.update({ where: { id: world.ward.id }, data: { postalCustomerCode: "KH-TEST-01" } });
    sandbox = await startPostalSandbox({ apiKey: API_KEY });
    worker = await startWorker(API_KEY);
  }, 60_000);

  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2000 });
    await sandbox?.close();
  });

  /** Registers a dossier at the desk with return by post and takes it to RESULT_READY. */
  async function readyForReturn(day: string) {
    const registered = await registerDossier(
      as.receptionist,
      { ...intakeFor(world, { postalReturn: true }), postal: { intake: null, receiver } },
      at(`${day}T08:00:00`),
    );
    const step = (user: keyof Sessions, command: Parameters<typeof act>[3], time: string) =>
      act(db, as[user], registered.id, command, `${day}T${time}`);
    await step("head", { type: "assign", officerId: world.users.officer.id }, "09:00:00");
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" }, "10:00:00");
    await step("head", { type: "approve" }, "11:00:00");
    await step("leader", { type: "approve" }, "14:00:00");
    return {
      ...registered,
      returnByPost: () => step("receptionist", POST_RETURN, "15:00:00"),
    };
  }

  const outbound = (dossierId: string) =>
    db.postalShipment.findMany({ where: { dossierId, direction: "OUTBOUND" }, orderBy: { requestedAt: "asc" } });

  it("keeps the receiver chosen at intake until the result is returned, then sends the order: ACCEPTED, with the history row", async () => {
    const [first] = freshRange(1);
    await addWaybills(db, world.ward.id, [first!]);
    const dossier = await readyForReturn("2026-05-04");
    const onFile = await outbound(dossier.id);
    expect(onFile).toMatchObject([
      { status: "REQUESTED", waybill: "", personName: "Trần Thị Bình", communeName: "Phường Sơn Tây" },
    ]);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({ resultDelivery: "POST" });

    await dossier.returnByPost();
    const accepted = await waitFor(
      () => outbound(dossier.id),
      (rows) => rows[0]?.status === "ACCEPTED",
    );
    expect(accepted[0]).toMatchObject({ waybill: first, attempts: 1 });
    const order = sandbox.orders.get(first!)!.order;
    expect(order).toMatchObject({
      CustomerCode: "KH-TEST-01",
      ItemCode: first,
      OrderNumber: dossier.code,
      CODAmount: 0,
      ReceiverName: "Trần Thị Bình",
      ReceiverCommune: "Phường Sơn Tây",
      ReceiverProvince: "Thành phố Hà Nội",
    });
    const history = await db.dossierEvent.findMany({ where: { dossierId: dossier.id, type: "postal_accepted" } });
    expect(history.map((event) => event.reason)).toEqual([
      `Chuyển thông tin nhận kết quả sang bưu điện, mã vận đơn ${first}`,
    ]);
    const waybill = await db.postalWaybill.findUniqueOrThrow({ where: { number: first! } });
    expect(waybill).toMatchObject({ shipmentId: accepted[0]!.id });
    expect(waybill.usedAt).not.toBeNull();

    // The desk hands the parcel over; the post then reports it delivered (the worker's poll).
    await db.$transaction((tx) =>
      handOverShipment(tx, {
        shipmentId: accepted[0]!.id,
        actorId: world.users.receptionist.id,
        unitId: world.ward.id,
        now: at("2026-05-05T09:00:00"),
      }),
    );
    expect(sandbox.deliver(first!, at("2026-05-06T10:00:00"))).toBe(true);
    expect(
      await trackShipments(db, {
        POSTAL_ENDPOINT_URL: sandbox.endpoint,
        POSTAL_API_KEY: API_KEY,
        POSTAL_TIMEOUT_MS: 2000,
      }),
    ).toMatchObject({ delivered: expect.any(Number) });
    expect((await outbound(dossier.id))[0]).toMatchObject({
      status: "DELIVERED",
      handedOverAt: at("2026-05-05T09:00:00"),
      deliveredAt: at("2026-05-06T10:00:00"),
    });
  }, 60_000);

  it("retries while the endpoint is down, then marks the order FAILED, keeping it whole to send again", async () => {
    const numbers = freshRange(1);
    await addWaybills(db, world.ward.id, numbers);
    const dossier = await readyForReturn("2026-05-11");
    sandbox.fail("down");
    const before = sandbox.requests;
    await dossier.returnByPost();
    const failed = await waitFor(
      () => outbound(dossier.id),
      (rows) => rows[0]?.status === "FAILED",
    );
    sandbox.fail("none");
    // 1 try + 2 retries, each reaching the server
    expect(sandbox.requests - before).toBe(3);
    expect(failed[0]).toMatchObject({ waybill: numbers[0], attempts: 3 });
    expect(failed[0]!.lastError).toMatch(/503/);
    expect(failed[0]!.requestMessage).toMatchObject({ ItemCode: numbers[0], OrderNumber: dossier.code });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({ status: "RETURNED" });
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id, type: "postal_failed" } })).toBe(1);

    // The endpoint is back: the desk sends it again, same waybill, and it is accepted.
    await db.$transaction((tx) =>
      requestShipmentAgain(tx, {
        shipmentId: failed[0]!.id,
        actorId: world.users.receptionist.id,
        unitId: world.ward.id,
        now: new Date(),
      }),
    );
    await waitFor(
      () => outbound(dossier.id),
      (rows) => rows[0]?.status === "ACCEPTED",
    );
    expect(sandbox.orders.get(numbers[0]!)?.order.OrderNumber).toBe(dossier.code);
  }, 60_000);

  it("a wrong API key is refused at once: FAILED with the post's message, no retries", async () => {
    const numbers = freshRange(1);
    await addWaybills(db, world.ward.id, numbers);
    const wrongKey = await startWorker("wrong-key");
    await worker.stop({ timeoutMs: 2000 });
    try {
      const dossier = await readyForReturn("2026-05-18");
      const before = sandbox.requests;
      await dossier.returnByPost();
      const failed = await waitFor(
        () => outbound(dossier.id),
        (rows) => rows[0]?.status === "FAILED",
      );
      expect(sandbox.requests - before).toBe(1);
      expect(failed[0]!.lastError).toMatch(/Sai khóa API/);
      expect(sandbox.orders.has(numbers[0]!)).toBe(false);
    } finally {
      await wrongKey.stop({ timeoutMs: 2000 });
      worker = await startWorker(API_KEY);
    }
  }, 60_000);

  it("returned at the desk after all: the receiver on file is dropped and no waybill is taken", async () => {
    const dossier = await readyForReturn("2026-05-26");
    const free = await db.postalWaybill.count({ where: { unitId: world.ward.id, usedAt: null } });
    await act(db, as.receptionist, dossier.id, DESK_RETURN, "2026-05-26T15:00:00");
    expect(await outbound(dossier.id)).toMatchObject([{ status: "CANCELLED", waybill: "" }]);
    expect(await db.postalWaybill.count({ where: { unitId: world.ward.id, usedAt: null } })).toBe(free);
    const [row] = await outbound(dossier.id);
    await expect(
      db.$transaction((tx) =>
        requestShipmentAgain(tx, {
          shipmentId: row!.id,
          actorId: world.users.receptionist.id,
          unitId: world.ward.id,
          now: new Date(),
        }),
      ),
    ).rejects.toThrow(/Chỉ gửi lại/);
  }, 60_000);

  it("an empty pool refuses the return with a clear message and changes nothing", async () => {
    const dossier = await readyForReturn("2026-05-25");
    const free = await db.postalWaybill.findMany({ where: { unitId: world.ward.id, usedAt: null } });
    await db.postalWaybill.deleteMany({ where: { id: { in: free.map((row) => row.id) } } });
    const before = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    await expect(dossier.returnByPost()).rejects.toThrow(/hết số vận đơn/);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).toEqual(before);
    expect(await outbound(dossier.id)).toMatchObject([{ status: "REQUESTED", waybill: "" }]);
  }, 60_000);

  it("concurrent allocations never share a number, and stop cleanly when the pool runs out", async () => {
    const unit = await db.administrativeUnit.create({
      data: { code: `P${world.tag}`, name: `Phường pool ${world.tag}`, kindLabel: "Phường", level: "COMMUNE" },
    });
    const numbers = freshRange(10);
    await addWaybills(db, unit.id, numbers);
    const attempts = Array.from({ length: 14 }, (_, index) =>
      db
        .$transaction((tx) => allocateWaybill(tx, unit.id, `shipment-${world.tag}-${index}`, new Date()))
        .then(
          (number) => ({ ok: true as const, number }),
          (error: Error) => ({ ok: false as const, message: error.message }),
        ),
    );
    const results = await Promise.all(attempts);
    const taken = results.filter((result) => result.ok).map((result) => result.number);
    expect(taken).toHaveLength(10);
    expect(new Set(taken).size).toBe(10);
    expect(new Set(taken)).toEqual(new Set(numbers));
    expect(results.filter((result) => !result.ok).every((result) => /hết số vận đơn/.test(result.message))).toBe(true);
    expect((await poolCounts(db)).find((row) => row.unitId === unit.id)).toEqual({
      unitId: unit.id,
      free: 0,
      used: 10,
    });
  }, 60_000);

  it("revoking frees a number the post has not taken (the order is cancelled), removes a free one, refuses an accepted one", async () => {
    const numbers = freshRange(2);
    await addWaybills(db, world.ward.id, numbers);
    sandbox.fail("down");
    const dossier = await readyForReturn("2026-06-01");
    await dossier.returnByPost();
    const [requested] = await outbound(dossier.id);
    const allocated = await db.postalWaybill.findUniqueOrThrow({ where: { number: requested!.waybill } });
    const revoked = await db.$transaction((tx) => revokeWaybill(tx, world.ward.id, allocated.id));
    sandbox.fail("none");
    expect(revoked).toMatchObject({ kind: "freed", number: requested!.waybill });
    expect(await db.postalWaybill.findUniqueOrThrow({ where: { id: allocated.id } })).toMatchObject({
      usedAt: null,
      shipmentId: null,
    });
    expect((await outbound(dossier.id))[0]).toMatchObject({ status: "CANCELLED" });

    // The desk sends it again: a new order, taking a free number again.
    await db.$transaction((tx) =>
      requestShipmentAgain(tx, {
        shipmentId: requested!.id,
        actorId: world.users.receptionist.id,
        unitId: world.ward.id,
        now: new Date(),
      }),
    );
    const rows = await waitFor(
      () => outbound(dossier.id),
      (found) => found.some((row) => row.status === "ACCEPTED"),
    );
    const acceptedRow = rows.find((row) => row.status === "ACCEPTED")!;
    const acceptedWaybill = await db.postalWaybill.findUniqueOrThrow({ where: { number: acceptedRow.waybill } });
    await expect(db.$transaction((tx) => revokeWaybill(tx, world.ward.id, acceptedWaybill.id))).rejects.toThrow(
      /không thu hồi được/,
    );
    const free = await db.postalWaybill.findFirstOrThrow({ where: { unitId: world.ward.id, usedAt: null } });
    expect(await db.$transaction((tx) => revokeWaybill(tx, world.ward.id, free.id))).toMatchObject({ kind: "removed" });
    expect(await db.postalWaybill.findUnique({ where: { id: free.id } })).toBeNull();
  }, 60_000);

  it("intake by post: valid receipt is the parcel's arrival, the parcel and who took it over are kept", async () => {
    const arrivedAt = at("2026-06-08T08:30:00");
    const registered = await registerDossier(
      as.receptionist,
      {
        ...intakeFor(world, { channel: "POSTAL" }),
        postal: { intake: { waybill: "EB100000003VN", arrivedAt }, receiver: null },
      },
      at("2026-06-08T10:00:00"),
    );
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: registered.id }, include: { shipments: true } });
    expect(dossier).toMatchObject({ channel: "POSTAL", receivedAt: arrivedAt, submittedAt: arrivedAt });
    expect(dossier.shipments).toMatchObject([
      {
        direction: "INBOUND",
        status: "ARRIVED",
        waybill: "EB100000003VN",
        arrivedAt,
        receivedById: world.users.receptionist.id,
      },
    ]);
    await expect(
      registerDossier(
        as.receptionist,
        {
          ...intakeFor(world, { channel: "POSTAL" }),
          postal: { intake: { waybill: "EB100000003VN", arrivedAt: at("2026-06-08T11:00:00") }, receiver: null },
        },
        at("2026-06-08T10:00:00"),
      ),
    ).rejects.toThrow(/không được sau thời điểm hiện tại/);
    await db.procedureVersion.update({
      where: { id: world.procedureVersion.id },
      data: { postalIntakeAllowed: false },
    });
    try {
      await expect(
        registerDossier(
          as.receptionist,
          {
            ...intakeFor(world, { channel: "POSTAL" }),
            postal: { intake: { waybill: "EB100000003VN", arrivedAt }, receiver: null },
          },
          at("2026-06-08T10:00:00"),
        ),
      ).rejects.toThrow(/không tiếp nhận hồ sơ qua bưu chính/);
    } finally {
      await db.procedureVersion.update({
        where: { id: world.procedureVersion.id },
        data: { postalIntakeAllowed: true },
      });
    }
  });
});
