// "Bổ sung, hoàn thiện hồ sơ" on the tracking page: shown only when the desk sent form 02 online for a registration
// it has not received. Rendered in the look-up's "found" branch; the code and the factor are checked again here, and
// again by the upload action, so nothing is shown or accepted from a code alone.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates";
import { openIntakeSupplement } from "@/server/data/online-queue";
import { verifyApplicantFactor } from "@/server/data/tracking";
import { IntakeSupplementForm } from "./intake-supplement-form";

export async function IntakeSupplementUpload({ code, factor }: { code: string; factor: string }) {
  const verified = await verifyApplicantFactor({ code, factor }, await headers());
  if (verified.kind !== "found") return null;
  const open = await openIntakeSupplement(verified.dossierId);
  if (!open) return null;
  const t = await getTranslations("tracking.supplement");
  return (
    <section
      aria-labelledby="tracking-supplement-title"
      className="mt-5 max-w-3xl rounded-xl border-2 border-amber-600 bg-amber-50 px-4 py-4"
      data-testid="tracking-intake-supplement"
    >
      <h3 id="tracking-supplement-title" className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p className="mt-1">{t("intro", { number: open.noticeNumber, date: formatDate(open.issuedAt) })}</p>
      <p className="mt-2 whitespace-pre-line text-sm">
        <span className="font-semibold">{t("reason")}: </span>
        {open.reason}
      </p>
      <IntakeSupplementForm code={verified.code} factor={factor} components={open.components} />
    </section>
  );
}
