// Units in time: when a unit is in force, which unit continues it, and which units it continues. Since 1 July 2025
// (two-tier local government, ONLINE-SERVICES.md "Since 1 July 2025") old wards ended on 30/06/2025 and their
// dossiers keep their original receiving unit while also showing the unit that continues them. Dates are civil days
// "yyyy-MM-dd" (src/lib/dates), compared as strings; effectiveTo is the last day the unit existed (inclusive).
import { addCalendarDays, type LocalDate } from "@/lib/dates";

export type UnitLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";

/** What succession needs to know of a unit (AdministrativeUnit, dates as civil days). */
export interface UnitInTime {
  id: string;
  level: UnitLevel;
  parentId: string | null;
  effectiveFrom: LocalDate | null;
  effectiveTo: LocalDate | null;
  successorId: string | null;
}

/** Whether the unit exists on that day: from effectiveFrom (or always) up to and including effectiveTo (or still). */
export const isInForce = (unit: Pick<UnitInTime, "effectiveFrom" | "effectiveTo">, day: LocalDate): boolean =>
  (unit.effectiveFrom === null || unit.effectiveFrom <= day) && (unit.effectiveTo === null || day <= unit.effectiveTo);

/** Whether the unit has ended before that day (it receives nothing new from then on). */
export const hasEnded = (unit: Pick<UnitInTime, "effectiveTo">, day: LocalDate): boolean =>
  unit.effectiveTo !== null && unit.effectiveTo < day;

/** The units in force on a day, in the given order. */
export const unitsInForce = <T extends UnitInTime>(units: readonly T[], day: LocalDate): T[] =>
  units.filter((unit) => isInForce(unit, day));

/**
 * The unit that continues this one on `day`: the unit itself while it is in force (or has no successor), else its
 * successor's continuing unit. A merged ward of 2025 gives the new ward; a chain (merged twice) is followed to its
 * end. Cycle-safe: a chain that comes back to a unit already seen stops at the last unit before the repeat. An id
 * not in `units` is answered as is.
 */
export function continuingUnitId(units: ReadonlyMap<string, UnitInTime>, unitId: string, day: LocalDate): string {
  const seen = new Set<string>();
  let current = unitId;
  for (;;) {
    seen.add(current);
    const unit = units.get(current);
    if (!unit || !unit.successorId || !hasEnded(unit, day)) return current;
    if (seen.has(unit.successorId) || !units.has(unit.successorId)) return current;
    current = unit.successorId;
  }
}

/** The chain of successors after a unit (not including it), in order; stops at a repeat. */
export function successorChain(units: ReadonlyMap<string, UnitInTime>, unitId: string): string[] {
  const chain: string[] = [];
  const seen = new Set([unitId]);
  let next = units.get(unitId)?.successorId ?? null;
  while (next && !seen.has(next)) {
    chain.push(next);
    seen.add(next);
    next = units.get(next)?.successorId ?? null;
  }
  return chain;
}

/** Every unit whose successor chain reaches one of `unitIds` (the units they continue, directly or not). */
export function predecessorIds(units: Iterable<UnitInTime>, unitIds: Iterable<string>): string[] {
  const bySuccessor = new Map<string, string[]>();
  for (const unit of units)
    if (unit.successorId)
      (bySuccessor.get(unit.successorId) ?? bySuccessor.set(unit.successorId, []).get(unit.successorId)!).push(unit.id);
  const found = new Set<string>();
  const queue = [...unitIds];
  const start = new Set(queue);
  while (queue.length > 0) {
    for (const predecessor of bySuccessor.get(queue.pop()!) ?? []) {
      if (found.has(predecessor) || start.has(predecessor)) continue;
      found.add(predecessor);
      queue.push(predecessor);
    }
  }
  return [...found];
}

/** The day a successor takes over: the day after the last day of the unit it continues. */
export const takeoverDay = (lastDay: LocalDate): LocalDate => addCalendarDays(lastDay, 1);
