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
  const body = (
    <>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums text-ink" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-muted">{hint}</dd> : null}
    </>
  );
  const className = `flex flex-col rounded-lg border-l-4 bg-white p-4 shadow-sm ${toneClass[tone]}`;
  return href ? (
    <div className={className}>
      <Link href={href} className="flex flex-col rounded hover:underline">
        {body}
      </Link>
    </div>
  ) : (
    <div className={className}>{body}</div>
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
