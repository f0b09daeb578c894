import { getTranslations } from "next-intl/server";
import type { TimelinessCounts, UnitPerformance, UnitPerformanceInView } from "@/server/data/dashboard";
import { onTimeRate } from "@/domain/metrics";
import { Count, Rate } from "@/ui/rate";
import { DataTable, numClass, RowHeader } from "@/ui/data-table";

export type PerformancePeriod = "year" | "quarter";

const sum = (
  units: UnitPerformance[],
  period: PerformancePeriod,
): TimelinessCounts & { received: number; overdue: number } =>
  units.reduce(
    (total, unit) => ({
      received: total.received + (period === "year" ? unit.receivedYear : unit.receivedQuarter),
      resolved: total.resolved + unit[period].resolved,
      early: total.early + unit[period].early,
      onTime: total.onTime + unit[period].onTime,
      late: total.late + unit[period].late,
      overdue: total.overdue + unit.pendingOverdue,
    }),
    { received: 0, resolved: 0, early: 0, onTime: 0, late: 0, overdue: 0 },
  );

/**
 * Received / resolved / early / on time / late / on-time rate per unit for one period, with pending overdue
 * dossiers (a current figure) and optionally a rank column and a total row.
 */
export async function UnitPerformanceTable({
  units,
  period,
  caption,
  ranked = false,
  totalLabel,
  testId,
}: {
  /** With UnitPerformanceInView's fields, a row also says which unit continues it or how many it includes. */
  units: (UnitPerformance & Partial<Pick<UnitPerformanceInView, "continuedBy" | "foldedUnits">>)[];
  period: PerformancePeriod;
  caption: string;
  ranked?: boolean;
  /** Shows a total row with this label. */
  totalLabel?: string;
  testId?: string;
}) {
  const t = await getTranslations("performance");
  const tView = await getTranslations("organisationAdmin.reportView");
  const total = totalLabel ? sum(units, period) : null;
  return (
    <DataTable
      caption={caption}
      columns={[
        ranked && { header: t("colRank"), numeric: true },
        t("colUnit"),
        ...(["colReceived", "colResolved", "colEarly", "colOnTime", "colLate", "colRate", "colOverdue"] as const).map(
          (key) => ({ header: t(key), numeric: true }),
        ),
      ]}
      testId={testId}
      foot={
        total ? (
          <tr>
            {ranked ? <td className={numClass} /> : null}
            <RowHeader className="font-semibold">{totalLabel}</RowHeader>
            <td className={numClass}>
              <Count value={total.received} />
            </td>
            <PeriodCounts counts={total} />
            <td className={numClass}>
              <Count value={total.overdue} />
            </td>
          </tr>
        ) : null
      }
    >
      {units.map((unit, index) => (
        <tr key={unit.unitId}>
          {ranked ? <td className={numClass}>{index + 1}</td> : null}
          <RowHeader className="whitespace-nowrap font-normal">
            {unit.kindLabel} {unit.name}
            {unit.continuedBy ? (
              <span className="block text-xs text-muted">
                {tView("mergedInto", { unit: `${unit.continuedBy.kindLabel} ${unit.continuedBy.name}` })}
              </span>
            ) : unit.foldedUnits ? (
              <span className="block text-xs text-muted">{tView("folded", { count: unit.foldedUnits })}</span>
            ) : null}
          </RowHeader>
          <td className={numClass}>
            <Count value={period === "year" ? unit.receivedYear : unit.receivedQuarter} />
          </td>
          <PeriodCounts counts={unit[period]} rateClassName="font-semibold" />
          <td className={numClass}>
            <Count value={unit.pendingOverdue} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Resolved, early, on time, late and the on-time rate of one row. */
function PeriodCounts({ counts, rateClassName }: { counts: TimelinessCounts; rateClassName?: string }) {
  return (
    <>
      {[counts.resolved, counts.early, counts.onTime, counts.late].map((value, index) => (
        <td key={index} className={numClass}>
          <Count value={value} />
        </td>
      ))}
      <td className={rateClassName ? `${numClass} ${rateClassName}` : numClass}>
        <Rate value={onTimeRate(counts)} />
      </td>
    </>
  );
}

/** The formula and counting rules under every performance table. */
export async function PerformanceNotes() {
  const t = await getTranslations("performance");
  return (
    <div className="mt-3 space-y-1 text-sm text-muted" data-testid="formula-note">
      <p>
        <strong className="text-ink">{t("formulaName")}</strong> {t("formula")}
      </p>
      <p>{t("countingRules")}</p>
    </div>
  );
}
