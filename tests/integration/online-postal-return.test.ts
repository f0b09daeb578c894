import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { expandWaybillRange, RECEIVER_MESSAGES, s10CheckDigit } from "../../src/domain/postal";
import { useTestDb } from "../support/db";
import {
  createTestWorld,
  sessionsOf,
  versionOf,
  type Sessions,
  type TestWorld,
  POST_RETURN,
} from "../support/fixtures";
import { fileOf, samplePdf, samplePng } from "../support/sample-files";

// Issue 9: a citizen who submits online and asks for the result by post gives the receiver on the two-level map; the
// receiver waits on an OUTBOUND shipment (REQUESTED, no waybill) — not in the history — until the desk returns the
// result by post, which takes a waybill from the unit's pool. Driven through the real actions, as the browser posts;
// only the request's cookies and client address are stood in for (they exist only inside a Next.js request).
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), address: "203.0.113.7" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
  headers: async () => new Headers({ "x-motcua-client-address": request.address }),
}));

const actions = await import("../../src/features/online-submission/actions");
const draft = await import("../../src/server/online-intake/draft");
const intake = await import("../../src/server/dossiers/online-intake");
const { addWaybills } = await import("../../src/server/postal/pool");
const { ensurePostalQueues } = await import("../../src/server/postal/queue");
const { getProducer } = await import("../../src/server/notifications/queue");
const { performCommand } = await import("../../src/server/dossiers/commands");

const newPhone = () => `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

const applicant = {
  applicantKind: "CITIZEN",
  applicantName: "Trần Thị Bình",
  applicantIdNumber: "001190012345",
  applicantPhone: "0987654321",
  applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
};

const receiverFields = {
  receiverName: "Lê Văn Cường",
  receiverPhone: "0912 345 678",
  receiverAddress: "Số 9 phố Lê Lợi",
  receiverProvince: "01",
  receiverCommune: "phuong-son-tay",
};

describe("online submission with the result returned by post", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    await db.administrativeUnit.update({ where: { id: world.ward.id }, data: { postalCustomerCode: "KH-TEST-07" } });
    // The queues the postal worker creates at start (no worker runs here: the order stays in the outbox).
    await ensurePostalQueues(await getProducer(process.env.DATABASE_URL!));
  });
  beforeEach(() => {
    request.cookies.clear();
    request.address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
  });

  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  const redirectOf = async (promise: Promise<unknown>) => {
    try {
      return { answer: await promise };
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? "");
      if (!digest.startsWith("NEXT_REDIRECT")) throw error;
      return { redirect: digest.split(";")[2] };
    }
  };

  /** A verified contact with the applicant step saved: the browser is at the delivery step. */
  async function atDeliveryStep(): Promise<{ contactId: string; procedureCode: string }> {
    const value = newPhone();
    expect(await actions.sendCodeAction(undefined, form({ contact: value, purpose: "submit" }))).toMatchObject({
      ok: true,
    });
    const message = await db.notification.findFirstOrThrow({
      where: { recipient: value, template: "contact.code" },
      orderBy: { createdAt: "desc" },
    });
    const code = /\b(\d{6})\b/.exec(message.body)![1]!;
    const procedureCode = world.procedure.code;
    const next = `/thu-tuc/${procedureCode}/nop-truc-tuyen`;
    expect(await redirectOf(actions.verifyCodeAction(undefined, form({ contact: value, code, next })))).toEqual({
      redirect: next,
    });
    expect(await redirectOf(actions.saveApplicantAction(undefined, form({ procedureCode, ...applicant })))).toEqual({
      redirect: `${next}?buoc=nhan-ket-qua`,
    });
    const contact = await db.verifiedContact.findUniqueOrThrow({ where: { kind_value: { kind: "PHONE", value } } });
    return { contactId: contact.id, procedureCode };
  }

  it("refuses a commune outside the chosen province with the desk's message, and keeps nothing of it", async () => {
    const { contactId, procedureCode } = await atDeliveryStep();
    const draftBefore = request.cookies.get(draft.DRAFT_COOKIE);
    const delivery = { procedureCode, unitId: world.ward.id, resultDelivery: "POST" };
    const wrong = await actions.saveDeliveryAction(
      undefined,
      form({ ...delivery, ...receiverFields, receiverCommune: "phuong-khong-co-that" }),
    );
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { receiverCommune: [RECEIVER_MESSAGES.communeUnknown] } });
    const noCommune = await actions.saveDeliveryAction(
      undefined,
      form({ ...delivery, ...receiverFields, receiverCommune: "" }),
    );
    expect(noCommune).toMatchObject({ ok: false, fieldErrors: { receiverCommune: [RECEIVER_MESSAGES.commune] } });
    const noProvince = await actions.saveDeliveryAction(
      undefined,
      form({ ...delivery, ...receiverFields, receiverProvince: "27" }),
    );
    expect(noProvince).toMatchObject({ ok: false, fieldErrors: { receiverProvince: [RECEIVER_MESSAGES.province] } });
    // Nothing written: the draft still has no delivery, and no dossier or shipment exists for this contact.
    expect(request.cookies.get(draft.DRAFT_COOKIE)).toBe(draftBefore);
    expect(draft.openDraft(draftBefore!)?.delivery).toBeUndefined();
    expect(await db.dossier.count({ where: { submittedContactId: contactId } })).toBe(0);
    expect(
      await db.postalShipment.count({ where: { dossier: { submittedContactId: contactId }, direction: "OUTBOUND" } }),
    ).toBe(0);
  });

  it("keeps the receiver on an OUTBOUND REQUESTED shipment (not in the history); the desk's return by post takes a waybill", async () => {
    const { contactId, procedureCode } = await atDeliveryStep();
    const next = `/thu-tuc/${procedureCode}/nop-truc-tuyen`;
    expect(
      await redirectOf(
        actions.saveDeliveryAction(
          undefined,
          form({ procedureCode, unitId: world.ward.id, resultDelivery: "POST", ...receiverFields }),
        ),
      ),
    ).toEqual({ redirect: `${next}?buoc=giay-to` });
    // The draft gives the form back what the citizen chose (province and commune codes).
    const saved = draft.openDraft(request.cookies.get(draft.DRAFT_COOKIE)!)!;
    expect(saved.delivery).toMatchObject({
      resultDelivery: "POST",
      receiver: { provinceCode: "01", communeCode: "phuong-son-tay", phone: "0912345678" },
    });

    const done = await redirectOf(
      actions.submitOnlineAction(
        undefined,
        form({
          procedureCode,
          confirm: "on",
          "tep-1": fileOf(samplePdf("to-khai"), "to-khai.pdf"),
          "tep-2": fileOf(await samplePng(), "giay-xac-nhan.png"),
        }),
      ),
    );
    expect(done.redirect).toContain("/da-nop?ma=");
    const dossier = await db.dossier.findFirstOrThrow({
      where: { submittedContactId: contactId },
      include: { events: true, shipments: true },
    });
    expect(dossier).toMatchObject({ channel: "ONLINE", resultDelivery: "POST", postalReturn: true });
    expect(dossier.shipments).toMatchObject([
      {
        direction: "OUTBOUND",
        status: "REQUESTED",
        waybill: "",
        personName: "Lê Văn Cường",
        personPhone: "0912345678",
        personEmail: null,
        address: "Số 9 phố Lê Lợi",
        provinceCode: "01",
        provinceName: "Thành phố Hà Nội",
        communeCode: "phuong-son-tay",
        communeName: "Phường Sơn Tây",
      },
    ]);
    // Personal data belongs on the shipment row, not in the append-only history.
    expect(dossier.events.map((event) => event.type)).toEqual(["register"]);
    const history = JSON.stringify(dossier.events.map((event) => event.payload));
    expect(history).not.toContain("Lê Văn Cường");
    expect(history).not.toContain("0912345678");
    expect(history).not.toContain("Lê Lợi");

    // The desk receives it, the office decides, the desk returns the result by post: a waybill from the pool.
    const serial = String(30_000_000 + Math.floor(Math.random() * 60_000_000));
    const [waybill] = expandWaybillRange(`ET${serial}${s10CheckDigit(serial)}VN`, 1);
    await addWaybills(db, world.ward.id, [waybill!]);
    for (const position of [1, 2])
      await intake.checkOnlineComponent(as.receptionist, { dossierId: dossier.id, position, check: "VALID" });
    const registered = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } });
    await intake.receiveOnline(as.receptionist, { dossierId: dossier.id, expectedVersion: registered.version });
    let minutes = 0;
    const step = async (user: keyof Sessions, command: Parameters<typeof performCommand>[1]["command"]) =>
      performCommand(
        as[user],
        { dossierId: dossier.id, expectedVersion: await versionOf(db, dossier.id), command },
        new Date(Date.now() + ++minutes * 60_000),
      );
    await step("head", { type: "assign", officerId: world.users.officer.id });
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" });
    await step("head", { type: "approve" });
    await step("leader", { type: "approve" });
    await step("receptionist", POST_RETURN);

    const shipments = await db.postalShipment.findMany({ where: { dossierId: dossier.id, direction: "OUTBOUND" } });
    expect(shipments).toHaveLength(1);
    expect(shipments[0]).toMatchObject({ status: "REQUESTED", waybill, personName: "Lê Văn Cường" });
    expect(shipments[0]!.requestMessage).toMatchObject({
      CustomerCode: "KH-TEST-07",
      ItemCode: waybill,
      OrderNumber: dossier.code,
      ReceiverName: "Lê Văn Cường",
      ReceiverProvince: "Thành phố Hà Nội",
      ReceiverCommune: "Phường Sơn Tây",
    });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({ status: "RETURNED" });
    // The order's job went in with the command (the outbox), carrying the shipment id only.
    const jobs = await db.$queryRaw<{ data: unknown }[]>`
      SELECT data FROM pgboss.job WHERE name = 'postal.order' AND data->>'shipmentId' = ${shipments[0]!.id}`;
    expect(jobs).toHaveLength(1);
    expect(JSON.stringify(jobs[0]!.data)).not.toContain("Lê Văn Cường");
  }, 60_000);
});
