// /noi-vu/chi-so-cchc: home affairs' PAR Index evaluations by year, and opening a new one (docs/par-index.md).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PAR_EVALUATION_HREF, STAFF_PAGES } from "@/domain/access";
import { HomeAffairsEvaluations } from "@/features/par-evaluation/evaluation-lists";
import { requireUser } from "@/server/auth/guard";
import { listParEvaluationsForHomeAffairs } from "@/server/data/par-evaluations";
import { PageHeader } from "@/ui/page-header";

const PATH = PAR_EVALUATION_HREF.homeAffairs;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parEvaluation"))("homeTitle") };
}

export default async function ParEvaluationsPage() {
  const user = await requireUser(STAFF_PAGES[PATH], PATH);
  const [t, data] = await Promise.all([getTranslations("parEvaluation"), listParEvaluationsForHomeAffairs(user)]);
  const pages: Record<string, unknown> = STAFF_PAGES;
  return (
    <>
      <PageHeader title={t("homeTitle")} description={t("homeIntro")}>
        {"/noi-vu/chi-so-cchc/bo-tieu-chi" in pages ? (
          <Link className="text-brand-700 underline" href="/noi-vu/chi-so-cchc/bo-tieu-chi">
            {t("criteriaSetsLink")}
          </Link>
        ) : null}
        {"/bao-cao/chi-so-cchc" in pages ? (
          <Link className="text-brand-700 underline" href="/bao-cao/chi-so-cchc">
            {t("resultsLink")}
          </Link>
        ) : null}
      </PageHeader>
      <HomeAffairsEvaluations data={data} basePath={PATH} />
    </>
  );
}
