// The administrator's working-calendar screen (/quan-tri/lich-lam-viec): days off and make-up days of a year, the
// month view, office hours and cut-off, loading the statutory days off, an appointment preview and the revision
// history. Server component: reads everything here and hands plain data to the client forms.
import { getTranslations } from "next-intl/server";
import { formatDateTime, localDateKey } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { getCurrentCalendar } from "@/server/data/calendar";
import {
  listCalendarDays,
  listCalendarRevisions,
  listCalendarYears,
  previewStatutoryDays,
  readEditableWorkingCalendar,
  readOfficeHoursForm,
} from "@/server/data/calendar-admin";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { AddDayForm } from "./add-day-form";
import { AppointmentPreview, type PreviewParams } from "./appointment-preview";
import { DaysTable } from "./days-table";
import { ImportForm } from "./import-form";
import { MonthGrid } from "./month-grid";
import { OfficeHoursForm } from "./office-hours-form";
import { RevisionHistory } from "./revision-history";
import { parseYearParam, selectableYears } from "@/domain/calendar/editing";
import { YearNav } from "./year-nav";

export async function CalendarAdminScreen({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("calendarAdmin");
  const year = parseYearParam(searchParams.nam) ?? Number(localDateKey(new Date()).slice(0, 4));
  const preview: PreviewParams = {
    date: firstParam(searchParams["thu-ngay"]),
    time: firstParam(searchParams["thu-gio"]),
    days: firstParam(searchParams["thu-so-ngay"]),
  };

  const [days, years, revisions, editable, current, hours, statutory] = await Promise.all([
    listCalendarDays(year),
    listCalendarYears(),
    listCalendarRevisions(),
    readEditableWorkingCalendar(),
    getCurrentCalendar(),
    readOfficeHoursForm(),
    previewStatutoryDays(year),
  ]);
  const inForce = revisions.rows[0];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p role="note" className="mb-4 rounded-md border border-gray-200 bg-white px-3 py-2 text-sm">
        {inForce
          ? t("currentRevision", { revision: inForce.revision, at: formatDateTime(inForce.createdAt) })
          : t("noRevision")}
      </p>
      <YearNav years={selectableYears(years, year)} current={year} />

      <Section id="ngay-nghi" title={t("daysTitle", { year })}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <DaysTable year={year} rows={days} />
          <AddDayForm calendar={editable} defaultYear={year} />
        </div>
      </Section>

      <Section id="nap-lich" title={t("importTitle", { year })}>
        <ImportForm year={year} source={statutory.source} candidates={statutory.candidates} />
      </Section>

      <Section id="lich-thang" title={t("gridTitle", { year })}>
        <MonthGrid year={year} calendar={editable} />
      </Section>

      <Section id="gio-lam-viec" title={t("hoursTitle")}>
        <OfficeHoursForm initial={hours} />
      </Section>

      <Section id="thu-tinh" title={t("previewTitle")}>
        <AppointmentPreview calendar={current} params={preview} year={year} />
      </Section>

      <Section id="lich-su" title={t("historyTitle")}>
        <RevisionHistory rows={revisions.rows} total={revisions.total} />
      </Section>
    </>
  );
}
