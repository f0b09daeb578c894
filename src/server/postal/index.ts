// The public postal service (bưu chính công ích): the waybill pool, the outbox of orders, the worker that sends them.
export * from "./pool";
export * from "./queue";
export * from "./settings";
export * from "./shipments";
