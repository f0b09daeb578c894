// A procedure's facts on a phone: a two-column term/value list inside a card, used where a wide table would have to
// scroll sideways below the `sm` breakpoint.

export function CardFacts({ children }: { children: React.ReactNode }) {
  return <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">{children}</dl>;
}

export function CardFact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export const cardClass = "rounded-lg border border-gray-200 bg-white px-4 py-3";
