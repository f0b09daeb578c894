// Which office of a unit handles a procedure version there: the unit's own office named for it (ProcedureUnitOffice,
// "Phòng xử lý theo đơn vị") when there is one, else the version's handlingOfficeCode (docs/catalogue.md).
import { addCalendarDays } from "@/lib/dates";

export interface VersionOffices {
  handlingOfficeCode: string;
  handlingOffices: readonly { unitId: string; officeCode: string }[];
}

export function handlingOfficeCodeIn(version: VersionOffices, unitId: string): string {
  return version.handlingOffices.find((office) => office.unitId === unitId)?.officeCode ?? version.handlingOfficeCode;
}

/** The last day a version is in force, from its exclusive end (the next version's start), or null while open. */
export function lastDayInForce(effectiveTo: string | null): string | null {
  return effectiveTo ? addCalendarDays(effectiveTo, -1) : null;
}
