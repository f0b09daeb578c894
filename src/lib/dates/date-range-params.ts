// The one URL convention for a range of days: `tu-ngay` and `den-ngay`, each dd/MM/yyyy, both days included. The
// worklist's received-date filter and the reports' custom period both write and read ranges this way.
import { formatDateVi, type LocalDate } from "./civil";

export const DATE_RANGE_PARAMS = { from: "tu-ngay", to: "den-ngay" } as const;

/** The query parameters of a range (a missing end is left out). */
export function dateRangeToParams(from: LocalDate | null, to: LocalDate | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (from) out[DATE_RANGE_PARAMS.from] = formatDateVi(from);
  if (to) out[DATE_RANGE_PARAMS.to] = formatDateVi(to);
  return out;
}
