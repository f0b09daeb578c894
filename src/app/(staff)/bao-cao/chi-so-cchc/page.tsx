// /bao-cao/chi-so-cchc: the PAR Index ranking (issue 14 item 4) for leadership and home affairs of the evaluation's
// owner unit or above; year and level picked by GET parameters; Excel export and the printable A4 table.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { choose, ParPicker, parsePick } from "@/features/par-results/picker";
import { EvaluationNotes, RankingSections } from "@/features/par-results/ranking-view";
import { parViewerOf } from "@/features/par-results/viewer";
import type { SearchParams } from "@/lib/search-params";
import { requireUser } from "@/server/auth/guard";
import { listParEvaluationsFor, loadParRanking } from "@/server/data/par-results";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parResults"))("title") };
}

export default async function ParRankingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(STAFF_PAGES["/bao-cao/chi-so-cchc"], "/bao-cao/chi-so-cchc");
  const [t, viewer, params] = await Promise.all([getTranslations("parResults"), parViewerOf(user), searchParams]);
  const choices = await listParEvaluationsFor(viewer);
  const { chosen, matched, others } = choose(choices, parsePick(params));
  const ranking = chosen ? await loadParRanking(chosen.id, viewer) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")}>
        {ranking ? (
          <>
            <a
              href={`/api/bao-cao/chi-so-cchc?dot=${encodeURIComponent(ranking.evaluation.id)}`}
              className="rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
              data-testid="par-export"
            >
              {t("exportExcel")}
            </a>
            <a
              href={`/in/chi-so-cchc/${encodeURIComponent(ranking.evaluation.id)}`}
              className="rounded-md border border-gray-400 px-4 py-2 text-sm hover:bg-gray-100"
            >
              {t("print")}
            </a>
          </>
        ) : null}
      </PageHeader>
      {choices.length === 0 || !ranking ? (
        <p className="text-sm" data-testid="par-none">
          {t("noEvaluation")}
        </p>
      ) : (
        <>
          <ParPicker action="/bao-cao/chi-so-cchc" choices={choices} chosen={chosen} label={t("pickerLegend")} />
          {matched ? null : (
            <p role="status" className="mb-3 text-sm text-amber-900">
              {t("noMatch")}
            </p>
          )}
          <p className="text-sm font-semibold" data-testid="par-evaluation">
            {t("evaluationOf", { set: ranking.evaluation.setName, owner: ranking.evaluation.owner.name })}
          </p>
          {others.length > 0 ? (
            <p className="mt-1 text-sm">
              {t("otherOwners")}{" "}
              {others.map((other) => (
                <a
                  key={other.id}
                  href={`/bao-cao/chi-so-cchc?dot=${encodeURIComponent(other.id)}`}
                  className="mr-3 underline"
                >
                  {other.ownerName}
                </a>
              ))}
            </p>
          ) : null}
          <EvaluationNotes evaluation={ranking.evaluation} provisional={ranking.rows.some((row) => row.provisional)} />
          <RankingSections ranking={ranking} linkUnits />
        </>
      )}
    </>
  );
}
