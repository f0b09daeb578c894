// /noi-vu/chi-so-cchc/dot/[id]: one evaluation's units for home affairs (status, self and appraised scores, dates).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PAR_EVALUATION_HREF, STAFF_PAGES } from "@/domain/access";
import { EvaluationUnits } from "@/features/par-evaluation/evaluation-lists";
import { formatDateVi } from "@/lib/dates";
import { requireUser } from "@/server/auth/guard";
import { loadParEvaluationForHomeAffairs } from "@/server/data/par-evaluations";
import { PageHeader } from "@/ui/page-header";

const PATTERN = "/noi-vu/chi-so-cchc/dot/[id]";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parEvaluation"))("homeTitle") };
}

export default async function ParEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(STAFF_PAGES[PATTERN], `${PAR_EVALUATION_HREF.homeAffairs}/dot/${id}`);
  const [t, evaluation] = await Promise.all([
    getTranslations("parEvaluation"),
    loadParEvaluationForHomeAffairs(user, id),
  ]);
  if (!evaluation) notFound();
  return (
    <>
      <PageHeader
        title={t("evaluationTitle", { year: evaluation.set.year })}
        description={t("evaluationIntro", {
          set: evaluation.set.name,
          from: formatDateVi(evaluation.periodFrom),
          to: formatDateVi(evaluation.periodTo),
          deadline: formatDateVi(evaluation.submitDeadline),
        })}
      >
        <Link className="text-brand-700 underline" href={PAR_EVALUATION_HREF.homeAffairs}>
          {t("backToList")}
        </Link>
      </PageHeader>
      <EvaluationUnits evaluation={evaluation} basePath={PAR_EVALUATION_HREF.homeAffairs} />
    </>
  );
}
