/** Label–value pairs as one description list: each label muted above its value in bold. Lay the list out by className. */
export function FactList({
  facts,
  className,
  testId,
}: {
  facts: readonly (readonly [label: string, value: React.ReactNode])[];
  className?: string;
  testId?: string;
}) {
  return (
    <dl className={className} data-testid={testId}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-muted">{label}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
