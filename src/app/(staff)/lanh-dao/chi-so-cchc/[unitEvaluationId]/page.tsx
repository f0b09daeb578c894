// /lanh-dao/chi-so-cchc/[unitEvaluationId]: the unit's self-assessment form (its leader or delegate).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PAR_EVALUATION_HREF, STAFF_PAGES } from "@/domain/access";
import { UnitEvaluationLead, UnitEvaluationView } from "@/features/par-evaluation/unit-evaluation-view";
import { requireUser } from "@/server/auth/guard";
import { loadParUnitEvaluation } from "@/server/data/par-evaluations";
import { PageHeader } from "@/ui/page-header";

const PATTERN = "/lanh-dao/chi-so-cchc/[unitEvaluationId]";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parEvaluation"))("unitListTitle") };
}

export default async function SelfAssessmentPage({ params }: { params: Promise<{ unitEvaluationId: string }> }) {
  const { unitEvaluationId } = await params;
  const user = await requireUser(STAFF_PAGES[PATTERN], `${PAR_EVALUATION_HREF.unit}/${unitEvaluationId}`);
  const [t, page] = await Promise.all([
    getTranslations("parEvaluation"),
    loadParUnitEvaluation(user, unitEvaluationId),
  ]);
  if (!page || !(page.seat.leader || page.seat.delegate)) notFound();
  return (
    <>
      <PageHeader title={`${t("selfPageTitle", { year: page.set.year })}: ${page.unit.name}`}>
        <Link className="text-brand-700 underline" href={PAR_EVALUATION_HREF.unit}>
          {t("backToList")}
        </Link>
      </PageHeader>
      <UnitEvaluationLead page={page} />
      <UnitEvaluationView page={page} mode="unit" />
    </>
  );
}
