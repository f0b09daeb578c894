// /lanh-dao/chi-so-766: the Decision 766 scorecard (issue 13 item 3). Leaders and home affairs read their unit and the
// units below it; a head of office their office. Period and unit by the leadership dashboard's parameters and picker.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { DashboardPicker } from "@/features/dashboard/period-dashboard";
import { dashboardParams, parseDashboardQuery } from "@/features/dashboard/period-query";
import { SCORECARD_PATH, ScorecardView } from "@/features/decision-766/scorecard-view";
import type { SearchParams } from "@/lib/search-params";
import { readableUnitIds, requireUser } from "@/server/auth/guard";
import { loadScorecard } from "@/server/data/decision-766";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decision766"))("title") };
}

export default async function Decision766Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(STAFF_PAGES[SCORECARD_PATH], SCORECARD_PATH);
  const head = user.role === "DEPARTMENT_HEAD";
  const scope = {
    unitIds: head ? [user.unitId] : await readableUnitIds(user),
    officeId: head ? (user.officeId ?? null) : null,
  };
  const { query, errors, raw } = parseDashboardQuery(await searchParams, new Date());
  const [t, page] = await Promise.all([getTranslations("decision766"), loadScorecard(scope, query.period, query)]);
  const shown = { ...query, unitId: page.unit?.id ?? null, officeId: page.office?.id ?? null };
  return (
    <>
      <PageHeader title={t("title")} />
      <ScorecardView
        page={page}
        params={(change) => dashboardParams(shown, change)}
        picker={
          <DashboardPicker
            path={SCORECARD_PATH}
            query={shown}
            errors={errors}
            raw={raw}
            units={page.units.map((unit) => ({ id: unit.id, name: unit.name }))}
            keep={{}}
          />
        }
      />
    </>
  );
}
