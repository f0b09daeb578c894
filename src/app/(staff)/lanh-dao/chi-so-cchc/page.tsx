// /lanh-dao/chi-so-cchc: the unit's PAR Index evaluations, for its leader (and a delegate the leader named).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PAR_EVALUATION_HREF, STAFF_PAGES } from "@/domain/access";
import { UnitEvaluations } from "@/features/par-evaluation/evaluation-lists";
import { requireUser } from "@/server/auth/guard";
import { listParUnitEvaluationsForUnit } from "@/server/data/par-evaluations";
import { PageHeader } from "@/ui/page-header";

const PATH = PAR_EVALUATION_HREF.unit;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parEvaluation"))("unitListTitle") };
}

export default async function UnitParEvaluationsPage() {
  const user = await requireUser(STAFF_PAGES[PATH], PATH);
  const [t, rows] = await Promise.all([getTranslations("parEvaluation"), listParUnitEvaluationsForUnit(user)]);
  return (
    <>
      <PageHeader title={t("unitListTitle")} description={t("unitListIntro")} />
      <UnitEvaluations rows={rows} basePath={PATH} />
    </>
  );
}
