// The administrator's unit tree (/quan-tri/don-vi): each unit indented under its parent with level, code, effective
// dates, successor and status ("đã sáp nhập vào …"). Units in force come first at each level, history below them.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateVi } from "@/lib/dates";
import type { OrganisationTreeRow } from "@/server/data/organisation";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";

export const unitPath = (code: string) => `/quan-tri/don-vi/${encodeURIComponent(code)}`;

/** The status of a unit today, in words. */
export async function unitStatusText(unit: OrganisationTreeRow, today: string): Promise<string> {
  const t = await getTranslations("organisationAdmin.tree");
  if (unit.ended && unit.successor) {
    const merged = t("mergedInto", { unit: `${unit.successor.kindLabel} ${unit.successor.name}` });
    // Merged twice: name today's unit too.
    return unit.continuing && unit.continuing.id !== unit.successor.id
      ? `${merged}. ${t("continuedBy", { unit: `${unit.continuing.kindLabel} ${unit.continuing.name}` })}`
      : merged;
  }
  if (unit.ended) return t("dissolved");
  if (unit.effectiveFrom && unit.effectiveFrom > today) return t("notYet");
  return t("inForce");
}

export async function datesText(unit: Pick<OrganisationTreeRow, "effectiveFrom" | "effectiveTo">): Promise<string> {
  const t = await getTranslations("organisationAdmin.tree");
  const parts = [
    unit.effectiveFrom ? t("from", { date: formatDateVi(unit.effectiveFrom) }) : null,
    unit.effectiveTo ? t("to", { date: formatDateVi(unit.effectiveTo) }) : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : t("always");
}

export async function UnitTree({ rows, today }: { rows: readonly OrganisationTreeRow[]; today: string }) {
  const [t, tLevel] = await Promise.all([
    getTranslations("organisationAdmin.tree"),
    getTranslations("organisationAdmin.level"),
  ]);
  const statuses = await Promise.all(rows.map((row) => unitStatusText(row, today)));
  const dates = await Promise.all(rows.map((row) => datesText(row)));
  return (
    <DataTable
      caption={t("caption")}
      captionHidden
      columns={[
        t("colUnit"),
        t("colLevel"),
        t("colCode"),
        t("colDates"),
        t("colSuccessor"),
        t("colStatus"),
        { header: t("colOffices"), numeric: true },
      ]}
      empty={rows.length === 0 ? t("empty") : undefined}
      testId="unit-tree"
    >
      {rows.map((row, index) => (
        <tr key={row.id} data-testid={`unit-${row.code}`} className={row.ended ? "text-muted" : undefined}>
          <RowHeader className="whitespace-nowrap font-normal">
            <span style={{ paddingInlineStart: `${row.depth * 1.25}rem` }} className="inline-block">
              <Link href={unitPath(row.code)} className="text-brand-700 underline underline-offset-2">
                {row.kindLabel} {row.name}
              </Link>
            </span>
            {row.predecessorCount > 0 ? (
              <span className="block text-xs text-muted" style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}>
                {t("continues", { count: row.predecessorCount })}
              </span>
            ) : null}
          </RowHeader>
          <td className={tdClass}>{tLevel(row.level)}</td>
          <td className={`${tdClass} font-mono`}>{row.code}</td>
          <td className={`${tdClass} whitespace-nowrap`}>{dates[index]}</td>
          <td className={tdClass}>{row.successor ? `${row.successor.kindLabel} ${row.successor.name}` : "—"}</td>
          <td className={tdClass} data-testid={`unit-status-${row.code}`}>
            {statuses[index]}
          </td>
          <td className={numClass}>{row.officeCount}</td>
        </tr>
      ))}
    </DataTable>
  );
}
