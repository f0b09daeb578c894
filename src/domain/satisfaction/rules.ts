// Rating rules (docs/satisfaction.md): which questionnaire each channel asks, when a dossier may be rated, how a
// rating link's signed subject reads, the 5-point scale's words, comments as plain text. Pure.

export type RatingChannelCode =
  "COUNTER_TABLET" | "RECEIPT_QR" | "TRACKING_PAGE" | "NOTIFICATION_LINK" | "NATIONAL_PORTAL";

export const RATING_CHANNELS: readonly RatingChannelCode[] = [
  "COUNTER_TABLET",
  "RECEIPT_QR",
  "TRACKING_PAGE",
  "NOTIFICATION_LINK",
  "NATIONAL_PORTAL",
];

/** The channels reached through a signed link (/danh-gia/<token>). */
export const LINK_CHANNELS = ["RECEIPT_QR", "TRACKING_PAGE", "NOTIFICATION_LINK"] as const;
export type LinkChannel = (typeof LINK_CHANNELS)[number];
export const isLinkChannel = (channel: string): channel is LinkChannel =>
  (LINK_CHANNELS as readonly string[]).includes(channel);

/** Questionnaire code each channel asks (Questionnaire.code): the short form at the desk and on the phone. */
export const QUESTIONNAIRE_FOR_CHANNEL: Record<RatingChannelCode, string> = {
  COUNTER_TABLET: "NGAN-TAI-QUAY",
  RECEIPT_QR: "NGAN-TAI-QUAY",
  TRACKING_PAGE: "NGAN-TAI-QUAY",
  NOTIFICATION_LINK: "NGAN-TAI-QUAY",
  NATIONAL_PORTAL: "DICH-VU-19",
};

/** The 5-point scale, 1 → 5. */
export const SCORE_LABELS = {
  vi: ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"],
  en: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
} as const;

export const RATING_CHANNEL_LABELS: Record<"vi" | "en", Record<RatingChannelCode, string>> = {
  vi: {
    COUNTER_TABLET: "Máy đánh giá tại quầy",
    RECEIPT_QR: "Mã QR trên giấy tiếp nhận",
    TRACKING_PAGE: "Trang tra cứu hồ sơ",
    NOTIFICATION_LINK: "Đường dẫn trong thông báo",
    NATIONAL_PORTAL: "Cổng Dịch vụ công quốc gia",
  },
  en: {
    COUNTER_TABLET: "Counter tablet",
    RECEIPT_QR: "Receipt QR code",
    TRACKING_PAGE: "Tracking page",
    NOTIFICATION_LINK: "Notification link",
    NATIONAL_PORTAL: "National public service portal",
  },
};

export const QUESTIONNAIRE_STATUS_LABELS: Record<"vi" | "en", Record<"DRAFT" | "ACTIVE" | "RETIRED", string>> = {
  vi: { DRAFT: "Bản nháp", ACTIVE: "Đang áp dụng", RETIRED: "Đã thay thế" },
  en: { DRAFT: "Draft", ACTIVE: "In force", RETIRED: "Replaced" },
};

/** Days a rating link stays valid: the receipt's QR is printed at intake and used after the result, months later. */
export const RATING_LINK_DAYS: Record<LinkChannel, number> = {
  RECEIPT_QR: 365,
  TRACKING_PAGE: 30,
  NOTIFICATION_LINK: 90,
};

const CHANNEL_SHORT: Record<LinkChannel, string> = { RECEIPT_QR: "q", TRACKING_PAGE: "t", NOTIFICATION_LINK: "n" };

/** The subject a rating link signs: `rating:<channel>:<dossier id>` (never a file's subject, `file:…`). */
export const ratingLinkSubject = (channel: LinkChannel, dossierId: string) =>
  `rating:${CHANNEL_SHORT[channel]}:${dossierId}`;

export function parseRatingLinkSubject(subject: string): { channel: LinkChannel; dossierId: string } | null {
  const match = /^rating:([qtn]):([A-Za-z0-9_-]{1,64})$/.exec(subject);
  if (!match) return null;
  const channel = (Object.keys(CHANNEL_SHORT) as LinkChannel[]).find((key) => CHANNEL_SHORT[key] === match[1]);
  return channel ? { channel, dossierId: match[2]! } : null;
}

/**
 * May the dossier be rated through this channel? Links only once the result is returned (the citizen has been
 * served end to end); the counter tablet right after the desk received or returned it (the kiosk picks the dossier).
 */
export function ratingEligibility(
  channel: RatingChannelCode,
  status: string,
): { ok: true } | { ok: false; reason: "not_returned" } {
  if (channel === "COUNTER_TABLET" || channel === "NATIONAL_PORTAL") return { ok: true };
  return status === "RETURNED" ? { ok: true } : { ok: false, reason: "not_returned" };
}

export const COMMENT_MAX_LENGTH = 1000;

/**
 * A comment as stored: trimmed, blank lines collapsed, null when empty. HTML is not removed or escaped here — it is
 * plain text, stored as typed and shown as text by React (never as HTML), so "<b>" reads as "<b>".
 */
export function normaliseComment(text: string | null | undefined): string | null {
  const trimmed = (text ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return trimmed === "" ? null : trimmed;
}

/** Why a rating is refused, in the words the citizen reads. */
export const RATING_REFUSALS = {
  invalid_link:
    "Đường dẫn đánh giá không hợp lệ. Xin ông/bà kiểm tra lại mã QR trên giấy tiếp nhận hoặc đường dẫn trong thông báo.",
  expired_link:
    "Đường dẫn đánh giá đã hết hạn. Ông/bà có thể đánh giá tại trang tra cứu hồ sơ hoặc tại Bộ phận Một cửa.",
  not_returned:
    "Hồ sơ chưa được trả kết quả. Xin mời ông/bà đánh giá sau khi nhận kết quả; đường dẫn này vẫn dùng được đến khi hết hạn.",
  already_rated: "Hồ sơ này đã được đánh giá qua kênh này. Xin cảm ơn ông/bà, mỗi hồ sơ chỉ được đánh giá một lần.",
  too_many: "Có quá nhiều lượt đánh giá từ địa chỉ mạng của ông/bà. Xin vui lòng thử lại sau {minutes} phút.",
  no_questionnaire: "Phiếu đánh giá chưa được cấu hình. Xin ông/bà vui lòng đánh giá tại Bộ phận Một cửa.",
  incomplete: "Xin ông/bà chọn mức đánh giá cho mỗi tiêu chí.",
  comment_too_long: `Ý kiến khác dài quá ${COMMENT_MAX_LENGTH.toLocaleString("vi-VN")} ký tự.`,
} as const;
export type RatingRefusal = keyof typeof RATING_REFUSALS;
