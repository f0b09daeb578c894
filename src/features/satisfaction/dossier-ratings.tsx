// "Đánh giá của công dân" on the staff dossier page (rendered after the page checked the reader's scope): each rating
// with its channel, time, stars and reasons, the answers per criterion in words, the comment as plain text.
import { getTranslations } from "next-intl/server";
import { RATING_CHANNEL_LABELS, SCORE_LABELS } from "@/domain/satisfaction";
import { formatDateTime } from "@/lib/dates";
import { listDossierRatings } from "@/server/data/satisfaction";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";

export async function DossierRatingsSection({ dossierId }: { dossierId: string }) {
  const [ratings, t, locale] = await Promise.all([
    listDossierRatings(dossierId),
    getTranslations("satisfaction.dossierSection"),
    getLabelLocale(),
  ]);
  const lang = locale === "en" ? "en" : "vi";
  return (
    <Section title={t("title")} id="dossier-ratings">
      {ratings.length === 0 ? (
        <p className="rounded-md border border-gray-200 bg-white px-4 py-3 text-sm">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="dossier-ratings">
          {ratings.map((rating) => (
            <li key={rating.id} className="rounded-md border border-gray-200 bg-white px-4 py-3 text-sm">
              <p className="font-semibold">
                {RATING_CHANNEL_LABELS[lang][rating.channel]} · {formatDateTime(rating.createdAt)}
                {rating.counter ? ` · ${t("counter", { number: rating.counter.number })}` : ""}
              </p>
              <p className="text-muted">
                {t("questionnaire", {
                  name: rating.questionnaireVersion.questionnaire.name,
                  version: rating.questionnaireVersion.version,
                })}
                {rating.officer ? ` · ${t("officer", { name: rating.officer.fullName })}` : ""}
              </p>
              {rating.overallScore !== null ? <p>{t("overall", { score: rating.overallScore })}</p> : null}
              {rating.reasons.length > 0 ? <p>{t("reasons", { reasons: rating.reasons.join("; ") })}</p> : null}
              {rating.answers.length > 0 ? (
                <table className="mt-2 w-full text-left">
                  <thead>
                    <tr>
                      <th scope="col" className="py-1 pr-2 font-medium">
                        {t("criterion")}
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        {t("score")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rating.answers.map((answer) => (
                      <tr key={answer.criterion.code} className="border-t border-gray-100">
                        <td className="py-1 pr-2">{answer.criterion.text}</td>
                        <td className="py-1 whitespace-nowrap">
                          {answer.score} – {SCORE_LABELS[lang][answer.score - 1]}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {rating.comment ? (
                <p className="mt-2 whitespace-pre-line" data-testid="rating-comment">
                  {t("comment")}
                  {/* Plain text: React escapes it, so HTML typed by the citizen reads as typed. */}
                  {rating.comment}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
