// Input of the public tracking look-up (tra cứu hồ sơ): the dossier code plus a second factor, which is either the
// last 4 digits of the applicant's phone or the tracking key printed on the receipt (mã tra cứu, "K7Q2-M9XD").
// Pure: no Next.js, no Prisma, so the rules are unit-tested and shared by the data layer.
import { z } from "zod";
import { dossierCodeInputSchema } from "@/domain/dossier/dossier-code";

/** The second factor, normalised: digits to compare with the phone's last 4, or the key without its dash. */
export type TrackingFactor = { kind: "phone_last4"; digits: string } | { kind: "tracking_key"; key: string };

const FACTOR_REQUIRED = "Xin ông/bà vui lòng nhập 4 số cuối số điện thoại hoặc mã tra cứu in trên giấy hẹn.";
const FACTOR_MALFORMED =
  "Thông tin xác thực chưa đúng. Xin ông/bà vui lòng nhập 4 số cuối số điện thoại đã đăng ký (ví dụ: 4321) hoặc mã tra cứu in trên giấy hẹn (ví dụ: K7Q2-M9XD).";

const PHONE_LAST4_RE = /^\d{4}$/;
/** Two groups of 4 letters/digits, the dash optional (what a citizen copies from the receipt). */
const TRACKING_KEY_RE = /^([A-Z0-9]{4})-?([A-Z0-9]{4})$/;

/** Spaces removed, uppercased, full-width characters and typographic dashes made plain (phones produce them). */
export function normaliseFactorInput(value: string): string {
  return value
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[‐‑‒–—−]/g, "-")
    .toUpperCase();
}

/** "k7q2-m9xd", "K7Q2M9XD" → "K7Q2M9XD"; null when it is not shaped like a key. */
export function normaliseTrackingKey(value: string): string | null {
  const m = TRACKING_KEY_RE.exec(normaliseFactorInput(value));
  return m ? `${m[1]}${m[2]}` : null;
}

/** The last 4 digits of a stored phone number ("0987 654 321" → "4321"); null with fewer than 4 digits. */
export function phoneLast4(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 4 ? digits.slice(-4) : null;
}

export const trackingFactorSchema = z
  .string({ error: FACTOR_REQUIRED })
  .transform(normaliseFactorInput)
  .pipe(
    z
      .string()
      .min(1, { error: FACTOR_REQUIRED, abort: true })
      .max(40, { error: FACTOR_MALFORMED, abort: true })
      .transform((value, context): TrackingFactor => {
        if (PHONE_LAST4_RE.test(value)) return { kind: "phone_last4", digits: value };
        const key = normaliseTrackingKey(value);
        if (key !== null) return { kind: "tracking_key", key };
        context.addIssue({ code: "custom", message: FACTOR_MALFORMED });
        return z.NEVER;
      }),
  );

export const trackingLookupSchema = z.object({
  code: dossierCodeInputSchema,
  factor: trackingFactorSchema,
});

export type TrackingLookupInput = z.infer<typeof trackingLookupSchema>;

/**
 * Validates what the visitor typed. A malformed input is answered with a clear message (and is not a failed
 * attempt: it never reaches the database); both fields' messages are given when both are wrong.
 */
export function parseTrackingInput(input: {
  code?: string | null;
  factor?: string | null;
}): { ok: true; value: TrackingLookupInput } | { ok: false; message: string } {
  const parsed = trackingLookupSchema.safeParse({ code: input.code ?? "", factor: input.factor ?? "" });
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors = z.flattenError(parsed.error).fieldErrors;
  const messages = [fieldErrors.code?.[0], fieldErrors.factor?.[0]].filter((message): message is string =>
    Boolean(message),
  );
  return { ok: false, message: messages.join(" ") || FACTOR_MALFORMED };
}
