// After the submission: the dossier code and the tracking key, the tracking link carrying both (as the receipt's QR),
// when the desk will answer, and what to pay first when fees are due before intake.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { trackingUrl } from "@/domain/notifications";
import { formatDateTime } from "@/lib/dates";
import { groupThousands } from "@/lib/numbers";
import type { SubmittedDossier } from "@/server/online-intake/context";
import { buttonClass } from "@/ui/form";
import { SuccessNote } from "@/ui/form";
import { MY_DOSSIERS_PATH } from "./paths";

export async function Confirmation({ dossier }: { dossier: SubmittedDossier }) {
  const t = await getTranslations("onlineSubmission.done");
  const tracking = trackingUrl("", dossier.code, dossier.trackingKey);
  return (
    <div className="max-w-2xl space-y-5" data-testid="online-confirmation">
      <SuccessNote>
        {t("thanks", { unit: dossier.unitName, due: dossier.intakeDueAt ? formatDateTime(dossier.intakeDueAt) : "—" })}
      </SuccessNote>
      <dl className="grid gap-4 rounded-xl border-2 border-brand-700 bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t("code")}</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="online-code">
            {dossier.code}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t("key")}</dt>
          <dd className="text-2xl font-semibold tracking-wider" data-testid="online-key">
            {dossier.trackingKey}
          </dd>
        </div>
      </dl>
      <p>{t("keep")}</p>
      {dossier.feeDueBeforeIntake > 0 ? (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3" data-testid="pay-before">
          {t("payBefore", { amount: `${groupThousands(dossier.feeDueBeforeIntake)} đồng` })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href={tracking} className={buttonClass("primary")}>
          {t("track")}
        </Link>
        <Link href={MY_DOSSIERS_PATH} className={buttonClass("secondary")}>
          {t("myDossiers")}
        </Link>
      </div>
    </div>
  );
}
