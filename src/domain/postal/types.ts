// The postal vocabulary as plain unions (the Prisma enums, kept free of the generated client: src/domain is pure).
export const SHIPMENT_STATUSES = [
  "ARRIVED",
  "REQUESTED",
  "ACCEPTED",
  "HANDED_OVER",
  "DELIVERED",
  "FAILED",
  "CANCELLED",
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
export const POSTAL_DIRECTIONS = ["INBOUND", "OUTBOUND"] as const;
export type PostalDirection = (typeof POSTAL_DIRECTIONS)[number];
