// Rating rules (docs/satisfaction.md): link subjects, when a dossier may be rated, comments as text, and the rating
// link in the result-ready notification.
import { describe, expect, it } from "vitest";
import { renderNotification } from "@/domain/notifications";
import {
  normaliseComment,
  parseRatingLinkSubject,
  ratingEligibility,
  ratingLinkSubject,
  RATING_CHANNEL_LABELS,
  RATING_CHANNELS,
} from ".";

describe("rating links", () => {
  it("round-trips the channel and the dossier, and refuses other subjects (a file link's, junk)", () => {
    expect(ratingLinkSubject("RECEIPT_QR", "ck123")).toBe("rating:q:ck123");
    expect(parseRatingLinkSubject("rating:n:ck123")).toEqual({ channel: "NOTIFICATION_LINK", dossierId: "ck123" });
    expect(parseRatingLinkSubject("file:citizen:ck123")).toBeNull();
    expect(parseRatingLinkSubject("rating:x:ck123")).toBeNull();
    expect(parseRatingLinkSubject("rating:q:ck 123")).toBeNull();
  });
});

describe("eligibility", () => {
  it("links need a returned dossier; the counter tablet rates the dossier just received or returned", () => {
    expect(ratingEligibility("RECEIPT_QR", "RETURNED")).toEqual({ ok: true });
    expect(ratingEligibility("TRACKING_PAGE", "RESULT_READY")).toEqual({ ok: false, reason: "not_returned" });
    expect(ratingEligibility("NOTIFICATION_LINK", "IN_PROCESSING")).toEqual({ ok: false, reason: "not_returned" });
    expect(ratingEligibility("COUNTER_TABLET", "RECEIVED")).toEqual({ ok: true });
  });
  it("every channel has a Vietnamese and an English label", () => {
    for (const channel of RATING_CHANNELS) {
      expect(RATING_CHANNEL_LABELS.vi[channel]).toMatch(/^\p{Lu}/u);
      expect(RATING_CHANNEL_LABELS.en[channel]).toMatch(/^[A-Z]/);
    }
  });
});

describe("comments", () => {
  it("are trimmed and kept as typed, HTML included (shown as text, never as markup); blank is none", () => {
    expect(normaliseComment("  <b>Tốt</b>\r\n\r\n\r\n\r\nCảm ơn  ")).toBe("<b>Tốt</b>\n\nCảm ơn");
    expect(normaliseComment("   ")).toBeNull();
    expect(normaliseComment(undefined)).toBeNull();
  });
});

describe("the result-ready notification", () => {
  const data = {
    applicantKind: "CITIZEN" as const,
    applicantName: "Nguyễn Văn An",
    code: "SONTAY-260501-0001",
    procedureName: "Đăng ký kết hôn",
    unitName: "Phường Sơn Tây",
    appUrl: "https://motcua.example.vn",
    trackingKey: "ABCD-EFGH",
    returnMethod: "DESK" as const,
  };
  it("carries the rating link in the e-mail when one is given, and not in the SMS", () => {
    const url = "https://motcua.example.vn/danh-gia/abc.123.sig";
    const message = renderNotification("dossier.result_ready", { ...data, ratingUrl: url });
    expect(message.body).toContain(`đánh giá mức độ hài lòng: ${url}`);
    expect(message.sms).not.toContain("/danh-gia/");
    expect(renderNotification("dossier.result_ready", data).body).not.toContain("/danh-gia/");
    expect(renderNotification("dossier.result_ready", { ...data, ratingUrl: url }, "en").body).toContain(url);
  });
});
