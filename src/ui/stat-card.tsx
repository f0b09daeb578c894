import Link from "next/link";
import { Count } from "@/ui/rate";

export type StatTone = "neutral" | "good" | "warning" | "danger";

const toneClass: Record<StatTone, string> = {
  neutral: "border-gray-200",
  good: "border-green-700",
  warning: "border-amber-600",
  danger: "border-red-700",
};

/** One figure with its label. The label comes first in reading order so screen readers announce what the number is. */
export function StatCard({
  label,
  value,
  hint,
  href,
  tone = "neutral",
  testId,
}: {
  label: string;
  value: React.ReactNode;
  hint?: React.ReactNode;
  href?: string;
  tone?: StatTone;
  testId?: string;
}) {
  // A description list allows only dt/dd (optionally grouped in a div) inside: a link may not wrap them. The label
  // holds the link and its ::after stretches over the card, so the whole card stays one click target.
  const labelOrLink = href ? (
    <Link
      href={href}
      className="rounded after:absolute after:inset-0 after:rounded-lg after:content-[''] hover:underline"
    >
      {label}
    </Link>
  ) : (
    label
  );
  const className = `relative flex flex-col rounded-lg border-l-4 bg-white p-4 shadow-sm ${toneClass[tone]}`;
  return (
    <div className={className}>
      <dt className="text-sm text-muted">{labelOrLink}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums text-ink" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-muted">{hint}</dd> : null}
    </div>
  );
}

/** A StatCard of a count: in the `alert` tone while above zero, neutral at zero (the default: always neutral). */
export function CountCard({
  count,
  alert = "neutral",
  ...card
}: Omit<React.ComponentProps<typeof StatCard>, "value" | "tone"> & { count: number; alert?: StatTone }) {
  return <StatCard {...card} value={<Count value={count} />} tone={count > 0 ? alert : "neutral"} />;
}

/** A responsive grid of StatCards as one description list. */
export function StatGrid({ children, label }: { children: React.ReactNode; label?: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {children}
    </dl>
  );
}
