// A shipment's life (PostalShipment.status). Outbound: the order is written REQUESTED (the outbox), the post accepts
// it (ACCEPTED) or it fails after its retries (FAILED); the desk hands the parcel to the postman (HANDED_OVER); the
// post reports it DELIVERED. An order not yet accepted may be CANCELLED (its waybill returns to the pool); a FAILED one
// may be requested again. Inbound: the parcel ARRIVED at the desk, and that is all.
//
// Before the result exists, an outbound row holds the receiver the applicant chose (at the desk or online): status
// REQUESTED with no waybill yet ("address on file"). The order is placed — a waybill taken from the pool and the
// message written — when the desk returns the result by post. The job only ever sends rows that have a waybill.
import type { PostalDirection, ShipmentStatus } from "./types";

const OUTBOUND: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  ARRIVED: [],
  REQUESTED: ["ACCEPTED", "FAILED", "CANCELLED"],
  ACCEPTED: ["HANDED_OVER", "DELIVERED"],
  HANDED_OVER: ["DELIVERED"],
  DELIVERED: [],
  FAILED: ["REQUESTED", "CANCELLED"],
  CANCELLED: [],
};

export function canMove(direction: PostalDirection, from: ShipmentStatus, to: ShipmentStatus): boolean {
  if (direction === "INBOUND") return false;
  return OUTBOUND[from].includes(to);
}

/** An outbound row that only keeps the receiver until the result is sent. */
export const isAddressOnFile = (shipment: { direction: PostalDirection; status: ShipmentStatus; waybill: string }) =>
  shipment.direction === "OUTBOUND" && shipment.status === "REQUESTED" && shipment.waybill === "";

/** Whether the order may be sent (or sent again) to the post. */
export const isSendable = (shipment: { direction: PostalDirection; status: ShipmentStatus; waybill: string }) =>
  shipment.direction === "OUTBOUND" && shipment.status === "REQUESTED" && shipment.waybill !== "";

/** Whether an admin may revoke the waybill: the post has not taken the order. */
export const isRevocable = (status: ShipmentStatus) => status === "REQUESTED" || status === "FAILED";

/** The history row the dossier gets when the post accepts the order (ONLINE-SERVICES.md). */
export const acceptedHistoryText = (waybill: string) =>
  `Chuyển thông tin nhận kết quả sang bưu điện, mã vận đơn ${waybill}`;

/** Event types of the dossier history written by the postal service. */
export const POSTAL_EVENT_TYPES = {
  accepted: "postal_accepted",
  handedOver: "postal_handed_over",
  delivered: "postal_delivered",
  failed: "postal_failed",
} as const;
