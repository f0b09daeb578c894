// The postal service's writes on a dossier, each inside the caller's transaction:
// - recordReturnAddress: the applicant chose return by post (desk intake, online submission); the receiver is kept
//   on an OUTBOUND row without a waybill until the result is sent;
// - recordPostalIntake: the dossier arrived by post (INBOUND, ARRIVED);
// - requestReturnShipment: the desk returns the result by post — a waybill from the unit's pool, the order message,
//   and its job in the same transaction (the outbox: the command and its order commit together or not at all);
// - handOverShipment / requestShipmentAgain: the desk's later steps.
import { fromPrisma, type PgBoss } from "pg-boss";
import {
  acceptedHistoryText,
  buildPostalOrder,
  canMove,
  isAddressOnFile,
  POSTAL_EVENT_TYPES,
  type PostalPerson,
} from "@/domain/postal";
import type { Prisma } from "@/generated/prisma/client";
import { getProducer } from "@/server/notifications/queue";
import { notificationSettings } from "@/server/notifications/settings";
import { UserFacingError } from "@/server/user-facing-error";
import { allocateWaybill } from "./pool";
import { POSTAL_ORDER_QUEUE, type PostalOrderJob } from "./queue";

type Tx = Prisma.TransactionClient;

export const SHIPMENT_MESSAGES = {
  returnNotAllowed: "Thủ tục này không trả kết quả qua bưu chính.",
  noAddress:
    "Hồ sơ chưa có địa chỉ nhận kết quả qua bưu điện (người nộp chưa đăng ký khi nộp hồ sơ). Xin vui lòng chọn hình thức trả kết quả khác.",
  noCustomerCode:
    "Đơn vị chưa có mã khách hàng bưu chính công ích, nên chưa gửi được yêu cầu chuyển phát. Xin vui lòng báo quản trị viên (Quản trị → Vận đơn bưu chính).",
  notFound: "Không tìm thấy bưu gửi này.",
  handOver: "Chỉ giao cho bưu điện bưu gửi mà bưu điện đã xác nhận yêu cầu.",
  again: "Chỉ gửi lại yêu cầu chuyển phát chưa gửi được hoặc đã bị hủy.",
} as const;

export interface PostalOptions {
  /** Defaults to this process's job producer (the notifications' pg-boss instance for DATABASE_URL). */
  boss?: PgBoss;
}

async function producer(options: PostalOptions): Promise<PgBoss> {
  if (options.boss) return options.boss;
  const url = notificationSettings().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the postal outbox cannot reach the job queue");
  return getProducer(url);
}

const personColumns = (person: PostalPerson) => ({
  personName: person.name,
  personPhone: person.phone,
  personEmail: person.email,
  address: person.address,
  provinceCode: person.provinceCode,
  provinceName: person.provinceName,
  communeCode: person.communeCode,
  communeName: person.communeName,
});

/**
 * The applicant asked for the result by post: keeps the receiver (validated by `receiverSchema`) until the result is
 * sent, and marks the dossier's delivery choice. A second call replaces the receiver. For online submissions too.
 */
export async function recordReturnAddress(
  tx: Tx,
  dossierId: string,
  receiver: PostalPerson,
): Promise<{ shipmentId: string }> {
  const existing = await tx.postalShipment.findFirst({
    where: { dossierId, direction: "OUTBOUND", status: "REQUESTED", waybill: "" },
    select: { id: true },
  });
  const shipment = existing
    ? await tx.postalShipment.update({
        where: { id: existing.id },
        data: personColumns(receiver),
        select: { id: true },
      })
    : await tx.postalShipment.create({
        data: { dossierId, direction: "OUTBOUND", status: "REQUESTED", waybill: "", ...personColumns(receiver) },
        select: { id: true },
      });
  await tx.dossier.update({ where: { id: dossierId }, data: { resultDelivery: "POST", postalReturn: true } });
  return { shipmentId: shipment.id };
}

/** The dossier came by post: the parcel, when it reached the desk and who took it over. */
export async function recordPostalIntake(
  tx: Tx,
  input: {
    dossierId: string;
    waybill: string;
    arrivedAt: Date;
    receivedById: string;
    sender: { name: string; phone: string | null; email: string | null; address: string };
  },
): Promise<void> {
  await tx.postalShipment.create({
    data: {
      dossierId: input.dossierId,
      direction: "INBOUND",
      status: "ARRIVED",
      waybill: input.waybill,
      personName: input.sender.name,
      personPhone: input.sender.phone,
      personEmail: input.sender.email,
      address: input.sender.address,
      arrivedAt: input.arrivedAt,
      receivedById: input.receivedById,
      requestedAt: input.arrivedAt,
    },
  });
}

async function enqueueOrder(tx: Tx, shipmentId: string, requestedAt: Date, options: PostalOptions) {
  const boss = await producer(options);
  const job: PostalOrderJob = { shipmentId, requestedAt: requestedAt.toISOString() };
  await boss.insert(POSTAL_ORDER_QUEUE, [{ data: job }], { db: fromPrisma(tx) });
}

/** Takes a waybill and writes the order message on the shipment; the job goes in the same transaction. */
async function placeOrder(tx: Tx, shipmentId: string, now: Date, options: PostalOptions): Promise<string> {
  const shipment = await tx.postalShipment.findUniqueOrThrow({
    where: { id: shipmentId },
    include: {
      dossier: {
        select: {
          code: true,
          procedure: { select: { name: true } },
          receivedUnit: {
            select: { id: true, name: true, kindLabel: true, address: true, phone: true, postalCustomerCode: true },
          },
        },
      },
    },
  });
  const unit = shipment.dossier.receivedUnit;
  if (!unit.postalCustomerCode) throw new UserFacingError(SHIPMENT_MESSAGES.noCustomerCode);
  const waybill = await allocateWaybill(tx, unit.id, shipment.id, now);
  const order = buildPostalOrder({
    customerCode: unit.postalCustomerCode,
    waybill,
    dossierCode: shipment.dossier.code,
    codAmount: 0,
    sender: {
      name: `Bộ phận Một cửa UBND ${unit.kindLabel.toLowerCase()} ${unit.name}`,
      phone: unit.phone,
      address: unit.address ?? unit.name,
    },
    receiver: {
      name: shipment.personName,
      phone: shipment.personPhone ?? "",
      email: shipment.personEmail,
      address: shipment.address,
      provinceCode: shipment.provinceCode ?? "",
      provinceName: shipment.provinceName ?? "",
      communeCode: shipment.communeCode,
      communeName: shipment.communeName ?? "",
    },
    procedureName: shipment.dossier.procedure.name,
  });
  await tx.postalShipment.update({
    where: { id: shipment.id },
    data: {
      waybill,
      status: "REQUESTED",
      requestedAt: now,
      attempts: 0,
      lastError: null,
      requestMessage: order,
      responseMessage: undefined,
    },
  });
  await enqueueOrder(tx, shipment.id, now, options);
  return waybill;
}

/**
 * The desk returns the result by post (the `return_result` command with method POST, in its transaction): the order
 * to carry it to the receiver the applicant registered. Refused with a clear message when the procedure does not
 * return by post, no receiver is on file, the unit has no customer code or its pool is empty.
 */
export async function requestReturnShipment(
  tx: Tx,
  dossierId: string,
  now: Date,
  options: PostalOptions = {},
): Promise<{ shipmentId: string; waybill: string }> {
  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { procedureVersion: { select: { postalReturnAllowed: true } } },
  });
  if (!dossier.procedureVersion.postalReturnAllowed) throw new UserFacingError(SHIPMENT_MESSAGES.returnNotAllowed);
  const onFile = await tx.postalShipment.findFirst({
    where: { dossierId, direction: "OUTBOUND", status: "REQUESTED", waybill: "" },
    select: { id: true, direction: true, status: true, waybill: true },
  });
  if (!onFile || !isAddressOnFile(onFile)) throw new UserFacingError(SHIPMENT_MESSAGES.noAddress);
  const waybill = await placeOrder(tx, onFile.id, now, options);
  return { shipmentId: onFile.id, waybill };
}

/**
 * The result was returned (the `returned` effect of `return_result`, in its transaction): by post, the order is placed;
 * any other way, a receiver still on file is dropped (CANCELLED), so nothing waits for a parcel that will not go.
 * Returns the order placed (by post), for the return's record.
 */
export async function settleReturnShipment(
  tx: Tx,
  dossierId: string,
  method: string,
  now: Date,
  options: PostalOptions = {},
): Promise<{ shipmentId: string; waybill: string } | null> {
  if (method === "POST") return requestReturnShipment(tx, dossierId, now, options);
  await tx.postalShipment.updateMany({
    where: { dossierId, direction: "OUTBOUND", status: "REQUESTED", waybill: "" },
    data: { status: "CANCELLED", lastError: null },
  });
  return null;
}

interface DeskStep {
  shipmentId: string;
  actorId: string;
  /** The desk's unit: only its own dossiers' parcels. */
  unitId: string;
  now: Date;
}

async function deskShipment(tx: Tx, step: DeskStep) {
  const shipment = await tx.postalShipment.findFirst({
    where: { id: step.shipmentId, direction: "OUTBOUND", dossier: { receivedUnitId: step.unitId } },
  });
  if (!shipment) throw new UserFacingError(SHIPMENT_MESSAGES.notFound);
  return shipment;
}

/** The desk handed the parcel to the postman: the handover time, and a history row. */
export async function handOverShipment(tx: Tx, step: DeskStep): Promise<{ dossierId: string; waybill: string }> {
  const shipment = await deskShipment(tx, step);
  if (!canMove("OUTBOUND", shipment.status, "HANDED_OVER") || shipment.status !== "ACCEPTED")
    throw new UserFacingError(SHIPMENT_MESSAGES.handOver);
  const moved = await tx.postalShipment.updateMany({
    where: { id: shipment.id, status: "ACCEPTED" },
    data: { status: "HANDED_OVER", handedOverAt: step.now },
  });
  if (moved.count !== 1) throw new UserFacingError(SHIPMENT_MESSAGES.handOver);
  await tx.dossierEvent.create({
    data: {
      dossierId: shipment.dossierId,
      at: step.now,
      actorId: step.actorId,
      type: POSTAL_EVENT_TYPES.handedOver,
      reason: `Đã giao bưu gửi kết quả cho nhân viên bưu điện, mã vận đơn ${shipment.waybill}`,
      payload: { waybill: shipment.waybill },
    },
  });
  return { dossierId: shipment.dossierId, waybill: shipment.waybill };
}

/**
 * Sends an order again: a FAILED one with its own waybill; a CANCELLED one (its waybill was revoked) as a new order
 * with a new waybill, the cancelled row kept as history.
 */
export async function requestShipmentAgain(
  tx: Tx,
  step: DeskStep,
  options: PostalOptions = {},
): Promise<{ dossierId: string; waybill: string }> {
  const shipment = await deskShipment(tx, step);
  if (shipment.status === "FAILED") {
    const moved = await tx.postalShipment.updateMany({
      where: { id: shipment.id, status: "FAILED" },
      data: { status: "REQUESTED", attempts: 0, lastError: null, requestedAt: step.now },
    });
    if (moved.count !== 1) throw new UserFacingError(SHIPMENT_MESSAGES.again);
    await enqueueOrder(tx, shipment.id, step.now, options);
    return { dossierId: shipment.dossierId, waybill: shipment.waybill };
  }
  // A receiver dropped because the result went another way (no waybill) is not an order to send again.
  if (shipment.status !== "CANCELLED" || shipment.waybill === "") throw new UserFacingError(SHIPMENT_MESSAGES.again);
  const copy = await tx.postalShipment.create({
    data: {
      dossierId: shipment.dossierId,
      direction: "OUTBOUND",
      status: "REQUESTED",
      waybill: "",
      personName: shipment.personName,
      personPhone: shipment.personPhone,
      personEmail: shipment.personEmail,
      address: shipment.address,
      provinceCode: shipment.provinceCode,
      provinceName: shipment.provinceName,
      communeCode: shipment.communeCode,
      communeName: shipment.communeName,
    },
  });
  const waybill = await placeOrder(tx, copy.id, step.now, options);
  return { dossierId: shipment.dossierId, waybill };
}

/** The post accepted the order: ACCEPTED, and the history row ONLINE-SERVICES.md names. */
export async function markAccepted(
  tx: Tx,
  shipmentId: string,
  response: Prisma.InputJsonValue,
  now: Date,
): Promise<boolean> {
  const shipment = await tx.postalShipment.findUnique({ where: { id: shipmentId } });
  if (!shipment || shipment.status !== "REQUESTED") return false;
  const moved = await tx.postalShipment.updateMany({
    where: { id: shipmentId, status: "REQUESTED" },
    data: {
      status: "ACCEPTED",
      acceptedAt: now,
      responseMessage: response,
      attempts: { increment: 1 },
      lastError: null,
    },
  });
  if (moved.count !== 1) return false;
  await tx.dossierEvent.create({
    data: {
      dossierId: shipment.dossierId,
      at: now,
      type: POSTAL_EVENT_TYPES.accepted,
      reason: acceptedHistoryText(shipment.waybill),
      payload: { waybill: shipment.waybill },
    },
  });
  return true;
}

/** The post reports the parcel delivered. */
export async function markDelivered(tx: Tx, shipmentId: string, deliveredAt: Date): Promise<boolean> {
  const shipment = await tx.postalShipment.findUnique({ where: { id: shipmentId } });
  if (!shipment || !canMove("OUTBOUND", shipment.status, "DELIVERED")) return false;
  const moved = await tx.postalShipment.updateMany({
    where: { id: shipmentId, status: shipment.status },
    data: { status: "DELIVERED", deliveredAt },
  });
  if (moved.count !== 1) return false;
  await tx.dossierEvent.create({
    data: {
      dossierId: shipment.dossierId,
      at: deliveredAt,
      type: POSTAL_EVENT_TYPES.delivered,
      reason: `Bưu điện đã phát kết quả cho người nhận, mã vận đơn ${shipment.waybill}`,
      payload: { waybill: shipment.waybill },
    },
  });
  return true;
}
