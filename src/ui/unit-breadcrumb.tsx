// Where a report stands in its scope, as a breadcrumb: all units › the chosen unit › the chosen office (the current
// page, not a link). Each level links to the same report narrowed there; the caller says how (hrefOf).
import Link from "next/link";

export function UnitBreadcrumb({
  label,
  allUnitsLabel,
  unit,
  office,
  hrefOf,
  testId,
}: {
  /** The navigation's accessible name. */
  label: string;
  allUnitsLabel: string;
  unit: { id: string; name: string } | null;
  office: { name: string } | null;
  hrefOf: (change: { unitId: string | null; officeId: null }) => string;
  testId: string;
}) {
  return (
    <nav aria-label={label} className="mt-3 text-sm" data-testid={testId}>
      <ol className="flex flex-wrap gap-2">
        <li>
          <Link href={hrefOf({ unitId: null, officeId: null })} className="underline">
            {allUnitsLabel}
          </Link>
        </li>
        {unit ? (
          <li>
            ›{" "}
            <Link href={hrefOf({ unitId: unit.id, officeId: null })} className="underline">
              {unit.name}
            </Link>
          </li>
        ) : null}
        {office ? <li aria-current="page">› {office.name}</li> : null}
      </ol>
    </nav>
  );
}
