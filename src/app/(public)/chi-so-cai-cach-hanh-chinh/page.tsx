// /chi-so-cai-cach-hanh-chinh: the PUBLISHED PAR Index rankings for citizens (issue 14 item 4): rank, unit, score,
// grade and the scores by domain of the finalised units of a published evaluation; nothing provisional, no personal
// data. The year and level by GET parameters (works without JavaScript and at 390 px: the tables scroll sideways).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { choose, ParPicker, parsePick } from "@/features/par-results/picker";
import { EvaluationNotes, RankingSections } from "@/features/par-results/ranking-view";
import type { SearchParams } from "@/lib/search-params";
import { listPublishedParEvaluations, loadPublishedParRanking } from "@/server/data/par-results";

const PUBLIC_PAR_PATH = "/chi-so-cai-cach-hanh-chinh";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parResults"))("publicTitle") };
}

export default async function PublicParRankingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, choices, params] = await Promise.all([
    getTranslations("parResults"),
    listPublishedParEvaluations(),
    searchParams,
  ]);
  const { chosen, matched } = choose(choices, parsePick(params));
  const ranking = chosen ? await loadPublishedParRanking(chosen.id) : null;
  return (
    <>
      <h1 className="text-2xl font-semibold text-brand-700">{t("publicTitle")}</h1>
      <p className="mt-2 mb-4 max-w-2xl text-muted">{t("publicIntro")}</p>
      {!ranking ? (
        <p data-testid="par-public-none">{t("publicNone")}</p>
      ) : (
        <>
          <ParPicker action={PUBLIC_PAR_PATH} choices={choices} chosen={chosen} label={t("publicPicker")} />
          {matched ? null : (
            <p role="status" className="mb-3 text-sm text-amber-900">
              {t("noMatch")}
            </p>
          )}
          <p className="text-sm font-semibold">
            {t("evaluationOf", { set: ranking.evaluation.setName, owner: ranking.evaluation.owner.name })}
          </p>
          <EvaluationNotes evaluation={ranking.evaluation} provisional={false} />
          <RankingSections ranking={ranking} linkUnits={false} />
        </>
      )}
    </>
  );
}
