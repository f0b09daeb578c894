import { getTranslations } from "next-intl/server";
import type { OfficeSummary } from "@/server/data/dashboard";
import { getDomainLabels } from "@/ui/labels";
import { onTimeRate } from "@/domain/metrics";
import { DEFAULT_FILTER, worklistHref, type WorklistFilter } from "@/domain/worklist";
import { Count, Rate } from "@/ui/rate";
import { Section } from "@/ui/section";
import { DataTable, numClass, RowHeader } from "@/ui/data-table";
import { CountCard, StatCard, StatGrid } from "@/ui/stat-card";

/** The office's list narrowed to one step of processing: what the head's "to do" cards open. */
const officeStepHref = (step: "AWAITING_ASSIGNMENT" | "AWAITING_HEAD_APPROVAL") =>
  worklistHref("/ho-so", DEFAULT_FILTER, {
    scope: "office",
    status: { kind: "status", status: "IN_PROCESSING", step } satisfies WorklistFilter["status"],
  });

/**
 * Head of office: what waits for the head, the year's on-time rate and the office's dossiers by state. Overdue and
 * due soon are not repeated here: the early warnings above the panel show them once, with the worklist's threshold.
 */
export async function OfficeSummaryPanel({ summary }: { summary: OfficeSummary }) {
  const [t, tRates, labels] = await Promise.all([
    getTranslations("office"),
    getTranslations("rates"),
    getDomainLabels(),
  ]);
  const year = summary.thisYear;
  const totalOpen = summary.byState.reduce((sum, state) => sum + state.count, 0);
  return (
    <>
      <StatGrid label={t("figuresLabel")}>
        <CountCard
          label={t("awaitingAssignment")}
          count={summary.awaitingAssignment}
          alert="warning"
          href={officeStepHref("AWAITING_ASSIGNMENT")}
          testId="awaiting-assignment"
        />
        <CountCard
          label={t("awaitingHeadApproval")}
          count={summary.awaitingHeadApproval}
          alert="warning"
          href={officeStepHref("AWAITING_HEAD_APPROVAL")}
          testId="awaiting-head-approval"
        />
      </StatGrid>

      <Section title={t("onTimeTitle", { year: summary.year })} id="on-time">
        <StatGrid label={t("onTimeTitle", { year: summary.year })}>
          <StatCard
            label={tRates("onTimeRate")}
            value={<Rate value={onTimeRate(year)} />}
            hint={tRates("reportFormula")}
            tone="good"
            testId="office-on-time-rate"
          />
          <StatCard label={tRates("resolved")} value={<Count value={year.resolved} />} />
          <StatCard
            label={tRates("earlyAndOnTime")}
            value={<Count value={year.early + year.onTime} />}
            hint={tRates("earlyOnTimeSplit", { early: year.early, onTime: year.onTime })}
          />
          <CountCard label={tRates("late")} count={year.late} alert="danger" />
        </StatGrid>
      </Section>

      <Section title={t("byStateTitle")} id="by-state">
        {summary.byState.length === 0 ? (
          <p className="rounded-md border border-gray-200 bg-white px-4 py-3">{t("noOpen")}</p>
        ) : (
          <DataTable
            caption={t("byStateCaption", { office: summary.office.name })}
            label={t("byStateTitle")}
            columns={[t("colState"), { header: t("colCount"), numeric: true }]}
            testId="office-by-state"
            foot={
              <tr>
                <RowHeader className="font-semibold">{t("total")}</RowHeader>
                <td className={numClass}>
                  <Count value={totalOpen} />
                </td>
              </tr>
            }
          >
            {summary.byState.map((state) => (
              <tr key={`${state.status}:${state.step ?? ""}`}>
                <RowHeader>{labels.statusWithStep(state.status, state.step)}</RowHeader>
                <td className={numClass}>
                  <Count value={state.count} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
    </>
  );
}
