import "server-only";
// The counter tablet (issue 12): pairing, the device cookie, who sits at which counter, the kiosk's view and rating.
export * from "./device";
export * from "./tablets";
export * from "./seats";
export * from "./kiosk";
export { defineKioskAction } from "./define-kiosk-action";
