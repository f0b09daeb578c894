import { describe, expect, it } from "vitest";
import { type CounterEvent, kioskRatingSchema, normalisePairingCode, pickKioskDossier } from ".";

// The kiosk's attachment rule (SATISFACTION.md "Ratings in practice": the seated officer's most recent dossier within
// the last 10 minutes; docs/satisfaction.md "Counter tablet"): desk registrations and desk returns only.
const t = (minute: number) => new Date(Date.UTC(2026, 4, 4, 2, minute));
const event = (dossierId: string, minute: number, extra: Partial<CounterEvent> = {}): CounterEvent => ({
  dossierId,
  at: t(minute),
  type: "register",
  channel: "DIRECT",
  ...extra,
});

describe("pickKioskDossier", () => {
  const seat = { startedAt: t(0) };
  it("takes the latest counter event within the window", () => {
    const events = [event("a", 5), event("b", 8), event("c", 7)];
    expect(pickKioskDossier(events, seat, t(12), 10)?.dossierId).toBe("b");
  });
  it("ignores events older than the window, before the seat, or after now", () => {
    expect(pickKioskDossier([event("a", 1)], seat, t(12), 10)).toBeNull();
    expect(pickKioskDossier([event("a", 2)], seat, t(12), 10)?.dossierId).toBe("a");
    expect(pickKioskDossier([event("a", 5)], { startedAt: t(6) }, t(8), 10)).toBeNull();
    expect(pickKioskDossier([event("a", 13)], seat, t(12), 10)).toBeNull();
  });
  it("counts desk registrations and desk returns, not postal or online ones", () => {
    expect(pickKioskDossier([event("a", 5, { channel: "POSTAL" })], seat, t(6), 10)).toBeNull();
    expect(pickKioskDossier([event("a", 5, { type: "receive", channel: null })], seat, t(6), 10)).toBeNull();
    expect(pickKioskDossier([event("a", 5, { type: "return_result", method: "POST" })], seat, t(6), 10)).toBeNull();
    expect(
      pickKioskDossier([event("a", 5, { type: "return_result", channel: null, method: "DESK" })], seat, t(6), 10)
        ?.dossierId,
    ).toBe("a");
  });
  it("needs an officer seated at the counter", () => {
    expect(pickKioskDossier([event("a", 5)], null, t(6), 10)).toBeNull();
  });
});

describe("kiosk input", () => {
  it("reads the 8-digit pairing code with or without spaces", () => {
    expect(normalisePairingCode("1234 5678")).toBe("12345678");
    expect(normalisePairingCode("1234-567")).toBeNull();
    expect(normalisePairingCode("abcd5678")).toBeNull();
  });
  it("takes 1–5 stars as one digit, reasons only at 3 stars or fewer", () => {
    expect(kioskRatingSchema.safeParse({ stars: "2", reasons: ["3.1", "3.1"] }).data).toEqual({
      stars: 2,
      reasons: ["3.1"],
      comment: undefined,
    });
    for (const stars of ["0", "6", "+5", "5.0", "0x5", " 4"])
      expect(kioskRatingSchema.safeParse({ stars }).success).toBe(false);
    expect(kioskRatingSchema.safeParse({ stars: "4", reasons: ["3.1"] }).success).toBe(false);
    expect(kioskRatingSchema.safeParse({ stars: "5", comment: "x".repeat(1001) }).success).toBe(false);
  });
});
