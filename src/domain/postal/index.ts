// The public postal service (bưu chính công ích): pure rules — the order message, the shipment's life, the
// receiver on the two-level map, waybill numbers. No I/O here; src/server/postal writes and sends.
export * from "./admin-map-2025";
export * from "./labels";
export * from "./order";
export * from "./receiver";
export * from "./shipment";
export * from "./types";
export * from "./waybill";
export * from "./desk-intake";
