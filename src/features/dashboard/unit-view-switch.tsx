// The two views of merged units on a report (issue 10, item 1): by the unit that received a dossier at filing, or by
// the unit that continues it today. Two links (?don-vi=tiep-nhan|ke-thua), the current one marked with aria-current.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { REPORT_UNIT_VIEW_SLUGS, REPORT_UNIT_VIEWS, type ReportUnitView } from "@/domain/organisation";
import { pillClass } from "@/ui/form";
import { reportHref } from "./report-year-switch";

export const UNIT_VIEW_PARAM = "don-vi";

export async function UnitViewSwitch({
  view,
  path,
  query = {},
}: {
  view: ReportUnitView;
  path: string;
  /** The report's other choices (e.g. its year), kept in the links. */
  query?: Record<string, string>;
}) {
  const t = await getTranslations("organisationAdmin.reportView");
  return (
    <nav aria-label={t("label")} className="mb-4" data-testid="unit-view-switch">
      <ul className="flex flex-wrap gap-2">
        {REPORT_UNIT_VIEWS.map((option) => (
          <li key={option}>
            <Link
              href={reportHref(path, query, { [UNIT_VIEW_PARAM]: REPORT_UNIT_VIEW_SLUGS[option] })}
              aria-current={option === view ? "page" : undefined}
              className={`${pillClass(option === view)} min-h-11`}
              scroll={false}
            >
              {t(option)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted">{t(view === "receiving" ? "receivingNote" : "continuingNote")}</p>
    </nav>
  );
}
