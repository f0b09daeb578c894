/** A titled block of a page (h2), white card on the grey page background. */
export function Section({ title, children, id, actions }: { title: string; children: React.ReactNode; id?: string; actions?: React.ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Horizontal scrolling for wide tables on narrow screens (360 px), focusable so keyboard users can scroll it. */
export function TableScroll({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

export const tableClass = "min-w-full divide-y divide-gray-200 text-sm";
export const captionClass = "px-3 py-2 text-left text-sm font-semibold text-ink";
export const thClass = "bg-gray-50 px-3 py-2 text-left font-semibold text-ink";
export const tdClass = "px-3 py-2 align-top";
export const numClass = "px-3 py-2 text-right tabular-nums align-top";
