// The public rating page's body: the dossier it is about (code, procedure, unit: nothing personal), then the form,
// the thanks for a dossier already rated, or why it cannot be rated.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RATING_REFUSALS } from "@/domain/satisfaction";
import type { RatingPage } from "@/server/satisfaction";
import { RatingForm } from "./rating-form";

export async function RatingPageBody({ token, page }: { token: string; page: RatingPage }) {
  const t = await getTranslations("satisfaction.page");
  const dossier = page.dossier;
  return (
    <div className="mx-auto max-w-xl">
      {dossier ? (
        <div className="mb-4 rounded-lg border border-gray-300 bg-white p-3 text-base" data-testid="rating-dossier">
          <p className="font-semibold">{t("dossier", { code: dossier.code })}</p>
          <p>{t("procedure", { name: dossier.procedureName })}</p>
          <p>{t("unit", { name: dossier.unitName })}</p>
        </div>
      ) : null}
      {page.kind === "form" ? (
        <RatingForm
          token={token}
          questionnaire={{
            asksOverall: page.version.asksOverall,
            reasons: page.version.reasons,
            factors: page.version.factors.map((factor) => ({ id: factor.id, name: factor.name })),
            criteria: page.version.criteria.map((criterion) => ({
              id: criterion.id,
              code: criterion.code,
              text: criterion.text,
              factorId: criterion.factorId,
            })),
          }}
        />
      ) : page.kind === "rated" ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t("rated")}
        </p>
      ) : (
        <div
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
          data-testid="rating-refused"
        >
          <p className="font-semibold">{t("refusedTitle")}</p>
          <p>{RATING_REFUSALS[page.reason].replace("{minutes}", "1")}</p>
          <p className="mt-2">
            <Link href="/tra-cuu" className="underline">
              {t("tracking")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
