/** A titled block of a page (h2), white card on the grey page background. */
export function Section({
  title,
  children,
  id,
  actions,
}: {
  title: string;
  children: React.ReactNode;
  id?: string;
  actions?: React.ReactNode;
}) {
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
