// /noi-vu/chi-so-cchc/dot/[id]/[unitEvaluationId]: home affairs' appraisal table of one unit.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PAR_EVALUATION_HREF, STAFF_PAGES } from "@/domain/access";
import { UnitEvaluationLead, UnitEvaluationView } from "@/features/par-evaluation/unit-evaluation-view";
import { requireUser } from "@/server/auth/guard";
import { loadParUnitEvaluation } from "@/server/data/par-evaluations";
import { PageHeader } from "@/ui/page-header";

const PATTERN = "/noi-vu/chi-so-cchc/dot/[id]/[unitEvaluationId]";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parEvaluation"))("homeTitle") };
}

export default async function ParAppraisalPage({
  params,
}: {
  params: Promise<{ id: string; unitEvaluationId: string }>;
}) {
  const { id, unitEvaluationId } = await params;
  const user = await requireUser(
    STAFF_PAGES[PATTERN],
    `${PAR_EVALUATION_HREF.homeAffairs}/dot/${id}/${unitEvaluationId}`,
  );
  const [t, page] = await Promise.all([
    getTranslations("parEvaluation"),
    loadParUnitEvaluation(user, unitEvaluationId),
  ]);
  if (!page || page.evaluation.id !== id || !page.seat.homeAffairs) notFound();
  return (
    <>
      <PageHeader title={t("unitPageTitle", { unit: page.unit.name })}>
        <Link className="text-brand-700 underline" href={`${PAR_EVALUATION_HREF.homeAffairs}/dot/${id}`}>
          {t("backToEvaluation")}
        </Link>
      </PageHeader>
      <UnitEvaluationLead page={page} />
      <UnitEvaluationView page={page} mode="homeAffairs" />
    </>
  );
}
