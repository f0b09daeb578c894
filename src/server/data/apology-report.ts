import "server-only";
// Late dossiers and apology compliance per unit or office, for a period (docs/domain.md "Apology letters"): dossiers
// resolved in the period, those late against their statutory appointment (a rescheduled dossier is still late), and
// among the late ones: with a timely apology, with a late apology, without apology. Compliance = timely ÷ late.
import { classifyLateDossierApology, type LateApologyClass } from "@/domain/apology";
import { apologyCompliance } from "@/domain/metrics";
import { getCalendarRevision } from "@/server/data/calendar";
import { db } from "@/server/db";

export interface LatenessRow {
  id: string;
  name: string;
  resolved: number;
  late: number;
  lateWithTimelyApology: number;
  lateWithLateApology: number;
  lateWithoutApology: number;
  /** null = N/A (nothing was late) */
  compliance: number | null;
}

export type LatenessGrouping = "unit" | "office";

export async function latenessReport(unitIds: string[], period: { from: Date; to: Date }, groupBy: LatenessGrouping): Promise<LatenessRow[]> {
  const key = groupBy === "unit" ? "decidingUnitId" : "handlingOfficeId";
  const finishedInPeriod = { decidingUnitId: { in: unitIds }, finishedAt: { gte: period.from, lt: period.to }, timeliness: { not: null } };
  const [resolvedGroups, lateDossiers, names] = await Promise.all([
    db.dossier.groupBy({ by: [key], where: finishedInPeriod, _count: { _all: true } }),
    db.dossier.findMany({
      where: { ...finishedInPeriod, timeliness: "LATE" },
      select: {
        decidingUnitId: true,
        handlingOfficeId: true,
        appointmentAt: true,
        originalAppointmentAt: true,
        calendarRevision: true,
        apologies: { where: { status: "APPROVED" }, orderBy: { decidedAt: "asc" }, take: 1, select: { decidedAt: true } },
      },
    }),
    groupBy === "unit"
      ? db.administrativeUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, kindLabel: true } })
      : db.office.findMany({ where: { unitId: { in: unitIds } }, select: { id: true, name: true, unit: { select: { name: true } } } }),
  ]);

  const rows = new Map<string, LatenessRow>();
  const rowFor = (id: string) => {
    let row = rows.get(id);
    if (!row) {
      const named = names.find((entry) => entry.id === id);
      const name = !named ? id : "kindLabel" in named ? `${named.kindLabel} ${named.name}` : `${named.name} (${named.unit.name})`;
      row = { id, name, resolved: 0, late: 0, lateWithTimelyApology: 0, lateWithLateApology: 0, lateWithoutApology: 0, compliance: null };
      rows.set(id, row);
    }
    return row;
  };
  for (const group of resolvedGroups) {
    const id = group[key];
    if (id) rowFor(id).resolved = group._count._all;
  }
  const field: Record<LateApologyClass, "lateWithTimelyApology" | "lateWithLateApology" | "lateWithoutApology"> = {
    TIMELY_APOLOGY: "lateWithTimelyApology",
    LATE_APOLOGY: "lateWithLateApology",
    NO_APOLOGY: "lateWithoutApology",
  };
  for (const dossier of lateDossiers) {
    const id = dossier[key];
    const statutory = dossier.originalAppointmentAt ?? dossier.appointmentAt;
    if (!id || !statutory) continue;
    const calendar = await getCalendarRevision(dossier.calendarRevision ?? 0);
    const verdict = classifyLateDossierApology(calendar, { originalAppointmentAt: statutory, apologyIssuedAt: dossier.apologies[0]?.decidedAt ?? null });
    const row = rowFor(id);
    row.late++;
    row[field[verdict]]++;
  }
  for (const row of rows.values()) row.compliance = apologyCompliance({ late: row.late, lateWithTimelyApology: row.lateWithTimelyApology });
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
}
