// The table kit: a captioned table in a horizontally scrolling, keyboard-focusable region, with column headers, an
// empty state inside the table (so the caption and headers still say what is empty) and an optional footer.
// Rows stay plain <tr> elements (with their own keys) so each table keeps its own cells, links and data attributes:
//
//   <DataTable caption="…" columns={["Mã hồ sơ", { header: "Số lượng", numeric: true }]} empty={rows.length ? null : "…"}>
//     {rows.map((row) => (
//       <tr key={row.id}>
//         <RowHeader>{row.code}</RowHeader>
//         <td className={numClass}>{row.count}</td>
//       </tr>
//     ))}
//   </DataTable>
//
// A column shown only sometimes is written `condition && column` (false and null are skipped). A sortable column
// puts its sort link in `header` and the current order in `sort` (aria-sort). Two kinds of table stay outside the kit:
// printed documents (src/features/documents/html), whose ruled cells and column widths follow the legal forms, and
// the calendar's month grids (src/features/calendar-admin/month-grid.tsx), a picture of days rather than rows of data.

const tableClass = "min-w-full divide-y divide-gray-200 text-sm";
/** Tables of many columns with forms in their cells keep a readable width and scroll on narrow screens. */
const wideTableClass = "min-w-[64rem]";
const captionClass = "px-3 py-2 text-left text-sm font-semibold text-ink";
const thClass = "bg-gray-50 px-3 py-2 text-left font-semibold text-ink";
export const tdClass = "px-3 py-2 align-top";
export const numClass = "px-3 py-2 text-right tabular-nums align-top";

export interface Column {
  header: React.ReactNode;
  /** Right-aligned (figures). */
  numeric?: boolean;
  /** Read by screen readers only (an actions column). */
  hidden?: boolean;
  /** The column the rows are sorted by, and which way (aria-sort); the header may hold the link that re-sorts. */
  sort?: "ascending" | "descending";
  className?: string;
}

/** A column entry: plain header text, a Column, or false/null/undefined for a column left out this time. */
export type ColumnEntry = string | Column | false | null | undefined;

/** Horizontal scrolling for wide tables on narrow screens (360 px), focusable so keyboard users can scroll it. */
function TableScroll({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <div
      className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}

export function DataTable({
  caption,
  captionHidden = false,
  wide = false,
  label,
  columns,
  empty,
  foot,
  testId,
  children,
}: {
  caption: React.ReactNode;
  /** Keep the caption for screen readers only (a section heading already says it). */
  captionHidden?: boolean;
  /** At least 64rem wide (many columns, forms in cells): scrolls sideways on a phone instead of squeezing. */
  wide?: boolean;
  /** The scroll region's name; defaults to the caption when it is text. */
  label?: string;
  /** Plain text for an ordinary header, or a Column; false/null entries are left out (optional columns). */
  columns: readonly ColumnEntry[];
  /** Shown as the only row when given (pass it when there are no rows). */
  empty?: React.ReactNode;
  /** Rows of a <tfoot> (totals, set in bold under a rule). */
  foot?: React.ReactNode;
  testId?: string;
  /** The body rows. */
  children?: React.ReactNode;
}) {
  const regionLabel = label ?? (typeof caption === "string" ? caption : "");
  const specs = columns.flatMap((column): Column[] =>
    !column ? [] : typeof column === "string" ? [{ header: column }] : [column],
  );
  return (
    <TableScroll label={regionLabel}>
      <table className={wide ? `${tableClass} ${wideTableClass}` : tableClass} data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : captionClass}>{caption}</caption>
        <thead>
          <tr>
            {specs.map((spec, index) => {
              const className = [thClass, spec.numeric ? "text-right" : "", spec.className ?? ""]
                .filter(Boolean)
                .join(" ");
              return (
                <th key={index} scope="col" className={className} aria-sort={spec.sort}>
                  {spec.hidden ? <span className="sr-only">{spec.header}</span> : spec.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {empty ? (
            <tr>
              <td colSpan={specs.length} className={`${tdClass} text-muted`}>
                {empty}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
        {foot ? <tfoot className="border-t-2 border-gray-300 font-semibold">{foot}</tfoot> : null}
      </table>
    </TableScroll>
  );
}

/** The cell that names its row (scope="row"), left-aligned like a data cell. */
export function RowHeader({ children, className, ...props }: React.ComponentProps<"th">) {
  return (
    <th scope="row" {...props} className={`${tdClass} text-left ${className ?? "font-normal"}`}>
      {children}
    </th>
  );
}
