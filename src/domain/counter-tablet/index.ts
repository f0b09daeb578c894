// The counter tablet (máy tính bảng đánh giá tại quầy, issue 12): pairing codes, the kiosk's questions and the rule
// that attaches a rating to a dossier. Pure: the server reads the events and settings and asks these functions.
//
// The rule (../shared/SATISFACTION.md "Ratings in practice", a provincial system's code: "a rating attaches to that
// officer's most recent dossier within the last 10 minutes"): the rating goes to the LAST dossier the officer now
// seated at the counter received at the desk (a desk registration: the citizen stood there) or returned at the desk,
// at that counter (after the officer took the seat) and within the window (setting kioskWindowMinutes, default 10).
// Online receipts and postal registrations are not counted: the citizen was not at the counter.
import { z } from "zod";
import { blankToUndefined, safeString } from "@/lib/text-input";

/** A pairing code: 8 digits, valid 15 minutes, usable once. */
export const PAIRING = { digits: 8, validMinutes: 15 } as const;

/** What the administrator typed or the tablet sent, as the 8 digits it stands for (spaces and dashes dropped). */
export function normalisePairingCode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${PAIRING.digits}}$`).test(digits) ? digits : null;
}

/** The code as shown to the administrator: "1234 5678". */
export const formatPairingCode = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

/** Kiosk settings and their defaults (src/server/calendar-store.ts settingDefaults holds the same keys). */
export const KIOSK_DEFAULTS = { windowMinutes: 10, resetSeconds: 30 } as const;

/** Stars asking for reasons: 3 or fewer (SATISFACTION.md: other vendors ask reasons at 3 stars or fewer). */
export const REASONS_AT_OR_BELOW = 3;

/** The five points of the scale, as the questionnaires word them. */
export const STAR_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: "Rất không hài lòng",
  2: "Không hài lòng",
  3: "Bình thường",
  4: "Hài lòng",
  5: "Rất hài lòng",
};

export const KIOSK_COMMENT_MAX = 1000;

/** One digit 1–5 as the kiosk's radio buttons send it ("+5", "5.0", "0x5" are refused). */
const starsSchema = z
  .string({ error: "Xin ông/bà chọn số sao." })
  .regex(/^[1-5]$/, { error: "Xin ông/bà chọn số sao." })
  .transform(Number);

/** What the kiosk posts: stars, the criteria picked as reasons (codes, only at 3 stars or fewer), a comment. */
export const kioskRatingSchema = z
  .object({
    stars: starsSchema,
    reasons: z
      .array(safeString("Lý do không hợp lệ.").pipe(z.string().min(1).max(20, { error: "Lý do không hợp lệ." })))
      .max(20, { error: "Lý do không hợp lệ." })
      .default([]),
    comment: z.preprocess(
      blankToUndefined,
      safeString("Ý kiến không hợp lệ.", { multiline: true })
        .pipe(
          z
            .string()
            .max(KIOSK_COMMENT_MAX, { error: `Ý kiến tối đa ${KIOSK_COMMENT_MAX.toLocaleString("vi-VN")} ký tự.` }),
        )
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.stars > REASONS_AT_OR_BELOW && value.reasons.length > 0)
      ctx.addIssue({ code: "custom", path: ["reasons"], message: "Lý do chỉ được hỏi khi chấm từ 3 sao trở xuống." });
  })
  .transform((value) => ({ ...value, reasons: [...new Set(value.reasons)] }));
export type KioskRatingInput = z.output<typeof kioskRatingSchema>;

export const pairTabletSchema = z.object({
  code: safeString("Xin nhập mã ghép nối gồm 8 chữ số.").transform((value, ctx) => {
    const code = normalisePairingCode(value);
    if (!code) {
      ctx.addIssue({ code: "custom", message: "Xin nhập mã ghép nối gồm 8 chữ số." });
      return z.NEVER;
    }
    return code;
  }),
});

export const createPairingSchema = z.object({
  counterId: safeString("Xin chọn quầy.").pipe(z.string().min(1, { error: "Xin chọn quầy." }).max(64)),
  label: z.preprocess(
    blankToUndefined,
    safeString("Tên máy tối đa 80 ký tự.")
      .pipe(z.string().max(80, { error: "Tên máy tối đa 80 ký tự." }))
      .optional(),
  ),
});

export const tabletIdSchema = z.object({
  tabletId: safeString("Không tìm thấy máy tính bảng.").pipe(z.string().min(1).max(64)),
});

export const takeSeatSchema = z.object({
  counterId: z.preprocess(blankToUndefined, safeString("Xin chọn quầy.").pipe(z.string().min(1).max(64)).optional()),
});

/** A desk event that may have put a citizen in front of the counter. */
export type CounterEvent = {
  dossierId: string;
  at: Date;
  /** "register" (the desk's intake), "return_result", anything else is ignored. */
  type: string;
  /** The dossier's channel for a registration; the return's method for a return. */
  channel?: string | null;
  method?: string | null;
};

/** Whether the event means the citizen stood at the counter: a desk registration or a result handed over at the desk. */
export function isCounterEvent(event: CounterEvent): boolean {
  if (event.type === "register") return event.channel === "DIRECT";
  if (event.type === "return_result") return event.method === "DESK";
  return false;
}

/**
 * The dossier a kiosk rating attaches to: among the seated officer's events, the latest counter event since the
 * officer took the seat and within `windowMinutes` before now (events after now are ignored). Null when none.
 */
export function pickKioskDossier(
  events: readonly CounterEvent[],
  seat: { startedAt: Date } | null,
  now: Date,
  windowMinutes: number,
): CounterEvent | null {
  if (!seat) return null;
  const from = Math.max(seat.startedAt.getTime(), now.getTime() - windowMinutes * 60_000);
  let best: CounterEvent | null = null;
  for (const event of events) {
    const at = event.at.getTime();
    if (at < from || at > now.getTime() || !isCounterEvent(event)) continue;
    if (!best || at > best.at.getTime()) best = event;
  }
  return best;
}

/** The setting as stored (a JSON number), or the default when missing or out of range. */
export function kioskMinutes(value: unknown, fallback: number, range = { min: 1, max: 240 }): number {
  return typeof value === "number" && Number.isInteger(value) && value >= range.min && value <= range.max
    ? value
    : fallback;
}
