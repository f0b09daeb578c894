import "server-only";
// A citizen's right to see and pay a dossier's fees: the dossier code plus the second factor of the tracking page
// (the tracking key printed on the receipt, or the phone's last 4 digits), checked with the tracking page's own
// rules and failure counters, so the pay button is no side door for guessing.
import crypto from "node:crypto";
import { normaliseTrackingKey, parseTrackingInput, phoneLast4 } from "@/domain/tracking/lookup-input";
import { db } from "@/server/db";
import {
  clientAddress,
  recordFailure,
  secondsBlocked,
  trackingFailuresByAddress,
  trackingPhoneFailuresByCode,
} from "@/server/rate-limit";

const same = (a: string, b: string | null) => {
  const left = crypto.createHash("sha256").update(a).digest();
  const right = crypto
    .createHash("sha256")
    .update(b ?? "\u0000none")
    .digest();
  return crypto.timingSafeEqual(left, right) && b !== null;
};

export type CitizenDossier = { ok: true; dossierId: string; code: string } | { ok: false; message: string };

const NOT_FOUND = "Không tìm thấy hồ sơ với mã hồ sơ và thông tin xác thực đã nhập. Xin ông/bà vui lòng kiểm tra lại.";

/** The dossier the citizen proved, or a message. Wrong pairs count against the address like the tracking page. */
export async function proveCitizenDossier(
  input: { code: string; factor: string },
  headers: Headers,
  { countFailures = true }: { countFailures?: boolean } = {},
): Promise<CitizenDossier> {
  const parsed = parseTrackingInput(input);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { code, factor } = parsed.value;
  const address = clientAddress(headers);
  const blocked = Math.max(
    await secondsBlocked(trackingFailuresByAddress, address),
    factor.kind === "phone_last4" ? await secondsBlocked(trackingPhoneFailuresByCode, code) : 0,
  );
  if (blocked > 0) return { ok: false, message: "Ông/bà đã nhập sai nhiều lần. Xin vui lòng thử lại sau ít phút." };
  const dossier = await db.dossier.findUnique({
    where: { code },
    select: { id: true, code: true, applicantPhone: true, trackingKey: true },
  });
  const matches =
    dossier !== null &&
    (factor.kind === "phone_last4"
      ? same(factor.digits, phoneLast4(dossier.applicantPhone))
      : same(factor.key, normaliseTrackingKey(dossier.trackingKey)));
  if (!dossier || !matches) {
    if (countFailures)
      await Promise.all([
        recordFailure(trackingFailuresByAddress, address),
        factor.kind === "phone_last4" ? recordFailure(trackingPhoneFailuresByCode, code) : null,
      ]);
    return { ok: false, message: NOT_FOUND };
  }
  return { ok: true, dossierId: dossier.id, code: dossier.code };
}
