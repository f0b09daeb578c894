// /bao-cao/chi-so-cchc/[unitEvaluationId]: one unit's PAR Index result (issue 14 item 4). Leadership and home affairs
// of the owner unit or above, and the unit's own leader; anything else, or a provisional result for a reader who may
// not see it, answers "not found" (the same answer, so nothing leaks).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { UnitResultView } from "@/features/par-results/unit-result-view";
import { parViewerOf } from "@/features/par-results/viewer";
import { requireUser } from "@/server/auth/guard";
import { loadParUnitResult } from "@/server/data/par-results";
import { PageHeader } from "@/ui/page-header";

const PATH = "/bao-cao/chi-so-cchc/[unitEvaluationId]";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parResults"))("title") };
}

export default async function ParUnitResultPage({ params }: { params: Promise<{ unitEvaluationId: string }> }) {
  const { unitEvaluationId } = await params;
  const user = await requireUser(STAFF_PAGES[PATH], `/bao-cao/chi-so-cchc/${encodeURIComponent(unitEvaluationId)}`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(unitEvaluationId)) notFound();
  const [t, viewer] = await Promise.all([getTranslations("parResults"), parViewerOf(user)]);
  const result = await loadParUnitResult(unitEvaluationId, viewer);
  if (!result) notFound();
  return (
    <>
      <PageHeader title={t("unitTitle", { year: result.evaluation.year, unit: result.row.unitName })} />
      <UnitResultView result={result} />
    </>
  );
}
