// Mã hồ sơ: <receiving unit code>-<yymmdd>-<4-digit daily sequence>
// (docs/domain.md "The life of a dossier"; prisma Dossier.code), e.g.
// LLO-260423-0007. The sequence is per unit and day (DossierCodeSequence); past 9999 it grows a digit instead of
// wrapping, so codes stay unique on a very busy day.
import { z } from "zod";

/** Unit codes are short, uppercase, without "-" (the separator of the code). */
const UNIT_CODE_RE = /^[A-Z0-9_]{1,20}$/;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Sequence: exactly 4 digits, or 5+ digits without a leading zero (what formatDossierCode writes past 9999). */
const DOSSIER_CODE_RE = /^([A-Z0-9_]{1,20})-(\d{2})(\d{2})(\d{2})-(\d{4}|[1-9]\d{4,})$/;

export interface DossierCodeParts {
  unitCode: string;
  /** Receipt date "yyyy-MM-dd" (local, Asia/Ho_Chi_Minh). */
  localDate: string;
  sequence: number;
}

function isValidDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Throws RangeError on a bad unit code, a date that is not "yyyy-MM-dd" in 2000–2099, or a sequence < 1. */
export function formatDossierCode(unitCode: string, localDate: string, sequence: number): string {
  if (!UNIT_CODE_RE.test(unitCode)) throw new RangeError(`Invalid unit code "${unitCode}" for a dossier code`);
  const m = LOCAL_DATE_RE.exec(localDate);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || year < 2000 || year > 2099 || !isValidDate(year, month, day)) {
    throw new RangeError(`Invalid local date "${localDate}" for a dossier code (expected yyyy-MM-dd, 2000–2099)`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`Invalid daily sequence ${sequence} for a dossier code (expected an integer ≥ 1)`);
  }
  const yymmdd = `${m[1]?.slice(2)}${m[2]}${m[3]}`;
  return `${unitCode}-${yymmdd}-${String(sequence).padStart(4, "0")}`;
}

/** Parses a well-formed code (already trimmed and uppercased); null when it is not one. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = DOSSIER_CODE_RE.exec(code);
  if (!m) return null;
  const [, unitCode, yy, mm, dd, seq] = m;
  if (unitCode === undefined || yy === undefined || mm === undefined || dd === undefined || seq === undefined)
    return null;
  const year = 2000 + Number(yy);
  if (!isValidDate(year, Number(mm), Number(dd))) return null;
  const sequence = Number(seq);
  if (sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  return { unitCode, localDate: `${year}-${mm}-${dd}`, sequence };
}

export function isDossierCode(code: string): boolean {
  return parseDossierCode(code) !== null;
}

/**
 * A code typed by a citizen on the tracking page: spaces removed, uppercased, typographic dashes turned into "-"
 * (phones and word processors often replace them).
 */
export const dossierCodeInputSchema = z
  .string({ error: "Xin ông/bà vui lòng nhập mã hồ sơ." })
  .transform((value) =>
    value
      .normalize("NFKC")
      .replace(/\s+/g, "")
      .replace(/[‐‑‒–—−]/g, "-")
      .toUpperCase(),
  )
  .pipe(
    z
      .string()
      .min(1, { error: "Xin ông/bà vui lòng nhập mã hồ sơ.", abort: true })
      .max(40, { error: "Mã hồ sơ quá dài. Xin ông/bà vui lòng kiểm tra lại mã in trên phiếu hẹn." })
      .refine(isDossierCode, {
        error: "Mã hồ sơ chưa đúng. Xin ông/bà vui lòng kiểm tra lại mã in trên phiếu hẹn (ví dụ: LLO-260423-0007).",
      }),
  );
