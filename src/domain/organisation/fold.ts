// Reports by either view of merged units (issue 10, item 1): "theo đơn vị tiếp nhận" keeps each dossier under the
// unit that received it; "theo đơn vị hiện nay" counts an old unit's dossiers under the unit that continues it today.
import type { LocalDate } from "@/lib/dates";
import { continuingUnitId, type UnitInTime } from "./succession";

export const REPORT_UNIT_VIEWS = ["receiving", "continuing"] as const;
export type ReportUnitView = (typeof REPORT_UNIT_VIEWS)[number];

/** The URL value of each view (?don-vi=…), and back. */
export const REPORT_UNIT_VIEW_SLUGS: Readonly<Record<ReportUnitView, string>> = {
  receiving: "tiep-nhan",
  continuing: "ke-thua",
};
export const reportUnitViewOf = (slug: string | undefined): ReportUnitView =>
  slug === REPORT_UNIT_VIEW_SLUGS.continuing ? "continuing" : "receiving";

/**
 * Rows keyed by unit, folded into the unit that continues each one on `day`: the rows of one continuing unit are
 * combined (`combine` must not mutate), starting from that unit's own row, or from the first row renamed to it
 * (`rename`) when it has none. Order: by each continuing unit's first row.
 */
export function foldByContinuingUnit<Row extends { unitId: string }>(
  rows: readonly Row[],
  units: ReadonlyMap<string, UnitInTime>,
  day: LocalDate,
  combine: (into: Row, row: Row) => Row,
  rename: (row: Row, unitId: string) => Row,
): Row[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const target = continuingUnitId(units, row.unitId, day);
    (groups.get(target) ?? groups.set(target, []).get(target)!).push(row);
  }
  return [...groups].map(([target, members]) => {
    const own = members.find((row) => row.unitId === target);
    return own
      ? members.filter((row) => row !== own).reduce(combine, own)
      : members.slice(1).reduce(combine, rename(members[0]!, target));
  });
}
