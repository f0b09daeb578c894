// The card of a GET filter form (work list, report, catalogue, users): submitting builds the shareable URL, so the
// filters work without JavaScript. Lay the fields out inside with a grid of the page's own choosing.

export function FilterForm({
  action,
  label,
  search = false,
  testId,
  className,
  children,
}: {
  action: string;
  /** The form's accessible name. */
  label: string;
  /** A search form (role="search") rather than a filter of a list. */
  search?: boolean;
  testId?: string;
  /** Spacing around the card (mb-4) or no-print. */
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      role={search ? "search" : undefined}
      aria-label={label}
      className={`rounded-lg border border-gray-200 bg-white p-4 shadow-sm${className ? ` ${className}` : ""}`}
      data-testid={testId}
    >
      {children}
    </form>
  );
}
