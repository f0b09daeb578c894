// Online payment through the national payment platform, and payments at the desk: the pure rules (docs/payment.md).
export * from "./protocol";
export * from "./states";
export * from "./amounts";
export * from "./labels";
