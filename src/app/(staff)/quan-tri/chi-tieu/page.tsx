import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { targetYearSchema } from "@/domain/metrics";
import { IndicatorTargetForm } from "@/features/dashboard/target-form";
import { localDateKey } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { requireUser } from "@/server/auth/guard";
import { loadIndicatorTargets } from "@/server/data/indicator-targets";
import { pillClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leadershipDashboard.targets"))("title") };
}

/** Chỉ tiêu năm: the yearly targets of the leadership dashboard's headline indicators (ADMIN). ?nam=2026 */
export default async function IndicatorTargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser(STAFF_PAGES["/quan-tri/chi-tieu"], "/quan-tri/chi-tieu");
  const thisYear = Number(localDateKey(new Date()).slice(0, 4));
  const parsed = targetYearSchema.safeParse(firstParam((await searchParams).nam));
  const year = parsed.success ? parsed.data : thisYear;
  const [t, targets] = await Promise.all([getTranslations("leadershipDashboard.targets"), loadIndicatorTargets(year)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <nav aria-label={t("yearLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {[thisYear - 1, thisYear, thisYear + 1].map((option) => (
            <li key={option}>
              <Link
                href={`/quan-tri/chi-tieu?nam=${option}`}
                aria-current={option === year ? "page" : undefined}
                className={`${pillClass(option === year)} min-h-11`}
              >
                {t("year", { year: option })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <IndicatorTargetForm key={year} year={year} targets={targets} />
    </>
  );
}
