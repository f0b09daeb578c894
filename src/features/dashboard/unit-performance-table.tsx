import { getTranslations } from "next-intl/server";
import type { TimelinessCounts, UnitPerformance } from "@/server/data/dashboard";
import { onTimeRate } from "@/domain/metrics";
import { Count, Rate } from "@/ui/rate";
import { captionClass, numClass, TableScroll, tableClass, tdClass, thClass } from "@/ui/data-table";

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
  units: UnitPerformance[];
  period: PerformancePeriod;
  caption: string;
  ranked?: boolean;
  /** Shows a total row with this label. */
  totalLabel?: string;
  testId?: string;
}) {
  const t = await getTranslations("performance");
  const total = totalLabel ? sum(units, period) : null;
  return (
    <TableScroll label={caption}>
      <table className={tableClass} data-testid={testId}>
        <caption className={captionClass}>{caption}</caption>
        <thead>
          <tr>
            {ranked ? (
              <th scope="col" className={`${thClass} text-right`}>
                {t("colRank")}
              </th>
            ) : null}
            <th scope="col" className={thClass}>
              {t("colUnit")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colReceived")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colResolved")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colEarly")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colOnTime")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colLate")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colRate")}
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              {t("colOverdue")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {units.map((unit, index) => {
            const counts = unit[period];
            return (
              <tr key={unit.unitId}>
                {ranked ? <td className={numClass}>{index + 1}</td> : null}
                <th scope="row" className={`${tdClass} whitespace-nowrap text-left font-normal`}>
                  {unit.kindLabel} {unit.name}
                </th>
                <td className={numClass}>
                  <Count value={period === "year" ? unit.receivedYear : unit.receivedQuarter} />
                </td>
                <td className={numClass}>
                  <Count value={counts.resolved} />
                </td>
                <td className={numClass}>
                  <Count value={counts.early} />
                </td>
                <td className={numClass}>
                  <Count value={counts.onTime} />
                </td>
                <td className={numClass}>
                  <Count value={counts.late} />
                </td>
                <td className={`${numClass} font-semibold`}>
                  <Rate value={onTimeRate(counts)} />
                </td>
                <td className={numClass}>
                  <Count value={unit.pendingOverdue} />
                </td>
              </tr>
            );
          })}
        </tbody>
        {total ? (
          <tfoot>
            <tr className="border-t-2 border-gray-300 font-semibold">
              {ranked ? <td className={numClass} /> : null}
              <th scope="row" className={`${tdClass} text-left`}>
                {totalLabel}
              </th>
              <td className={numClass}>
                <Count value={total.received} />
              </td>
              <td className={numClass}>
                <Count value={total.resolved} />
              </td>
              <td className={numClass}>
                <Count value={total.early} />
              </td>
              <td className={numClass}>
                <Count value={total.onTime} />
              </td>
              <td className={numClass}>
                <Count value={total.late} />
              </td>
              <td className={numClass}>
                <Rate value={onTimeRate(total)} />
              </td>
              <td className={numClass}>
                <Count value={total.overdue} />
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
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
