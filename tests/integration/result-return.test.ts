// Trả kết quả (issue 11) against PostgreSQL, from the dossier page's FormData to the rows: the collector and the
// document checked are stored (personal data, never in the history's payload or the audit detail), the history and
// the audit log name the return, post is refused when it was not asked for at intake, and a bad form changes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { receiverSchema, s10CheckDigit } from "../../src/domain/postal";
import type { SessionUser } from "../../src/server/auth/session-user";
import { registerDossier } from "../../src/server/dossiers/intake";
import { getProducer } from "../../src/server/notifications/queue";
import { addWaybills } from "../../src/server/postal/pool";
import { ensurePostalQueues } from "../../src/server/postal/queue";
import { useTestDb } from "../support/db";
import { act as perform, at, createTestWorld, intakeFor, sessionsOf, type TestWorld } from "../support/fixtures";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", () => ({
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
  isDenied: (value: object) => "reason" in value,
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { dossierCommandAction } = await import("../../src/features/dossier/actions");
const { loadDossierPage } = await import("../../src/server/data/dossier-page");

const form = (entries: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, String(value));
  return data;
};

const receiver = receiverSchema.parse({
  name: "Trần Thị Bình",
  phone: "0987654321",
  email: "",
  address: "số 5 phố Quang Trung",
  province: "01",
  commune: "phuong-son-tay",
});

describe("returning a result", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: ReturnType<typeof sessionsOf>;

  /** A dossier registered at the desk and taken to RESULT_READY (optionally with return by post asked for). */
  async function ready(day: string, postal = false) {
    const registered = await registerDossier(
      as.receptionist,
      postal ? { ...intakeFor(world, { postalReturn: true }), postal: { intake: null, receiver } } : intakeFor(world),
      at(`${day}T08:00:00`),
    );
    const step = (user: keyof typeof as, command: Parameters<typeof perform>[3], time: string) =>
      perform(db, as[user], registered.id, command, `${day}T${time}`);
    await step("head", { type: "assign", officerId: world.users.officer.id }, "09:00:00");
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" }, "10:00:00");
    await step("head", { type: "approve" }, "11:00:00");
    await step("leader", { type: "approve" }, "14:00:00");
    return registered;
  }

  const returnAs = async (dossierId: string, entries: Record<string, string>) => {
    session.user = as.receptionist;
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: dossierId } });
    return dossierCommandAction(
      undefined,
      form({ dossierId, expectedVersion: version, type: "return_result", ...entries }),
    );
  };

  const snapshot = async (dossierId: string) => {
    const row = await db.dossier.findUniqueOrThrow({
      where: { id: dossierId },
      include: { events: true, resultReturn: true, shipments: true },
    });
    const audits = await db.auditEntry.count({ where: { entityId: row.code, action: "result.return" } });
    return {
      version: row.version,
      status: row.status,
      returnedAt: row.returnedAt,
      events: row.events.length,
      record: row.resultReturn,
      shipments: row.shipments.map((s) => [s.status, s.waybill]),
      audits,
    };
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  it("stores who collected the result at the desk and the document checked; history and audit keep no personal data", async () => {
    const dossier = await ready("2026-06-01");
    const answer = await returnAs(dossier.id, {
      method: "DESK",
      resultNumber: " 125/GKS-UBND ",
      collectorKind: "AUTHORISED",
      collectorName: "Lê Văn Cường",
      collectorRelation: "Con trai",
      authorisationPaper: "Giấy ủy quyền số 12/2026, chứng thực ngày 01/6/2026 tại UBND phường",
      idDocumentKind: "CCCD",
      idDocumentNumber: "001 095 012 345",
      note: "Đã ký sổ theo dõi",
    });
    expect(answer).toMatchObject({ ok: true, data: { status: "RETURNED", command: "return_result" } });

    const row = await db.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      include: { resultReturn: true, events: { orderBy: { at: "asc" } } },
    });
    expect(row.returnedAt).not.toBeNull();
    expect(row.resultReturn).toMatchObject({
      method: "DESK",
      returnedById: world.users.receptionist.id,
      resultNumber: "125/GKS-UBND",
      collectorKind: "AUTHORISED",
      collectorName: "Lê Văn Cường",
      collectorRelation: "Con trai",
      idDocumentKind: "CCCD",
      idDocumentNumber: "001095012345",
      note: "Đã ký sổ theo dõi",
      postalShipmentId: null,
    });
    const event = row.events.at(-1)!;
    expect(event).toMatchObject({ type: "return_result", fromStatus: "RESULT_READY", toStatus: "RETURNED" });
    expect(event.payload).toMatchObject({ method: "DESK", collectorKind: "AUTHORISED", resultNumber: "125/GKS-UBND" });
    expect(JSON.stringify(event.payload)).not.toMatch(/Cường|001095012345|Con trai|ủy quyền số|ký sổ/);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: row.code, action: "result.return" } });
    expect(audit).toMatchObject({
      actorId: world.users.receptionist.id,
      entity: "Dossier",
      detail: { method: "DESK", collectorKind: "AUTHORISED", idDocumentKind: "CCCD", waybill: null },
    });
    expect(JSON.stringify(audit.detail)).not.toMatch(/Cường|001095012345/);

    // The staff page reads the record (under its personal-data audit row).
    const page = await loadDossierPage(as.receptionist, row.code);
    expect(page?.dossier.resultReturn).toMatchObject({ collectorName: "Lê Văn Cường", method: "DESK" });
  });

  it("reports every mistake of the form at once and changes nothing", async () => {
    const dossier = await ready("2026-06-02");
    const before = await snapshot(dossier.id);
    const answer = await returnAs(dossier.id, {
      method: "DESK",
      resultNumber: "",
      collectorKind: "AUTHORISED",
      collectorName: "",
      idDocumentKind: "CCCD",
      idDocumentNumber: "12345",
    });
    expect(answer.ok).toBe(false);
    expect(Object.keys(answer.fieldErrors ?? {}).sort()).toEqual(
      [
        "command.authorisationPaper",
        "command.collectorName",
        "command.collectorRelation",
        "command.idDocumentNumber",
        "command.resultNumber",
      ].sort(),
    );
    expect(answer.fieldErrors?.["command.idDocumentNumber"]?.[0]).toMatch(/12 chữ số/);
    expect(await snapshot(dossier.id)).toEqual(before);
    expect(before.record).toBeNull();
  });

  it("refuses return by post when the applicant did not ask for it at intake, with a clear message, changing nothing", async () => {
    const dossier = await ready("2026-06-03");
    const before = await snapshot(dossier.id);
    const answer = await returnAs(dossier.id, { method: "POST", resultNumber: "126/GKS-UBND" });
    expect(answer.ok).toBe(false);
    expect(answer.message).toBe(
      "Người nộp không đăng ký nhận kết quả qua bưu chính công ích khi nộp hồ sơ, nên không thể trả qua bưu điện. Xin vui lòng trả tại Bộ phận Một cửa hoặc trả kết quả điện tử.",
    );
    expect(await snapshot(dossier.id)).toEqual(before);
    // Nor electronically before an electronic result exists.
    const online = await returnAs(dossier.id, { method: "ONLINE", resultNumber: "126/GKS-UBND" });
    expect(online.message).toMatch(/chưa có kết quả điện tử/);
    expect(await snapshot(dossier.id)).toEqual(before);
    // The form offers only the desk.
    const page = await loadDossierPage(as.receptionist, dossier.code);
    expect(page?.choices.returnForm).toMatchObject({ methods: ["DESK"], postalDestination: null });
  });

  it("by post when asked for at intake: the order takes a waybill from the pool and the record links it", async () => {
    // The order's job goes to the postal queue (the worker creates it at start; no worker runs here).
    await ensurePostalQueues(await getProducer(process.env.DATABASE_URL!));
    await db.administrativeUnit.update({ where: { id: world.ward.id }, data: { postalCustomerCode: "KH-RR-01" } });
    const serial = String(20_000_000 + Math.floor(Math.random() * 70_000_000));
    const waybill = `EB${serial}${s10CheckDigit(serial)}VN`;
    await addWaybills(db, world.ward.id, [waybill]);
    const dossier = await ready("2026-06-04", true);
    const page = await loadDossierPage(as.receptionist, dossier.code);
    expect(page?.choices.returnForm?.methods).toEqual(["DESK", "POST"]);
    expect(page?.choices.returnForm?.postalDestination).toBe("Phường Sơn Tây, Thành phố Hà Nội");

    // Collector fields sent along with a post return are not stored.
    const answer = await returnAs(dossier.id, { method: "POST", resultNumber: "127/GKS-UBND", collectorName: "X" });
    expect(answer.ok).toBe(true);
    const row = await db.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      include: { resultReturn: { include: { postalShipment: true } }, events: { orderBy: { at: "asc" } } },
    });
    expect(row.resultReturn).toMatchObject({ method: "POST", collectorName: null, collectorKind: null });
    expect(row.resultReturn?.postalShipment).toMatchObject({ waybill, direction: "OUTBOUND", status: "REQUESTED" });
    expect(row.events.at(-1)?.payload).toMatchObject({ method: "POST", waybill });
  });
});
