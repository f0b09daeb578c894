export interface TimelineItem {
  /** ISO instant, for <time dateTime>. */
  at: string;
  /** "23/04/2026 10:00" */
  when: string;
  label: string;
  detail: string | null;
}

/** Diễn biến hồ sơ: an ordered list, oldest first, with a line down the left edge. */
export function TimelineList({ title, empty, items }: { title: string; empty: string; items: TimelineItem[] }) {
  return (
    <section aria-labelledby="tracking-timeline-title">
      <h3 id="tracking-timeline-title" className="text-lg font-semibold">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ol className="mt-3 border-l-2 border-gray-300 pl-5">
          {items.map((item, index) => (
            <li key={`${item.at}-${index}`} className="relative pb-5 last:pb-0">
              <span
                aria-hidden="true"
                className="absolute -left-[1.6rem] top-1.5 size-3 rounded-full border-2 border-white bg-brand-700"
              />
              <time dateTime={item.at} className="block text-sm tabular-nums text-muted">
                {item.when}
              </time>
              <p className="font-semibold">{item.label}</p>
              {item.detail ? <p className="mt-0.5 text-base">{item.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
