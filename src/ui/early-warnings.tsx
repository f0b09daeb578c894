import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/domain/dossier";
import { WARNING_KINDS, warningHref, type WarningCounts, type WarningKind } from "@/domain/worklist";
import { Count } from "@/ui/rate";
import { StatCard, StatGrid, type StatTone } from "@/ui/stat-card";

const TONE: Readonly<Record<WarningKind, StatTone>> = { overdue: "danger", apologyDue: "danger", dueSoon: "warning" };

/**
 * Cảnh báo sớm where people work: quá hạn, cần lập phiếu xin lỗi and sắp đến hạn in the user's own scope
 * (counted by the caller, src/server/data/early-warning.ts warningCounts), each linking to the worklist filtered to
 * it. "cards" on the role homes, "strip" above the worklist. Nothing for roles without a warning scope (null counts).
 */
export async function EarlyWarnings({
  role,
  counts,
  dueSoonWorkingDays,
  variant = "cards",
}: {
  role: Role;
  counts: WarningCounts | null;
  /** The "sắp đến hạn" threshold in working days (setting `dueSoonWorkingDays`): the cards state it as the worklist does. */
  dueSoonWorkingDays?: number;
  variant?: "cards" | "strip";
}) {
  if (!counts) return null;
  const t = await getTranslations("warnings");
  const scopeNote = t(`scope.${role as "OFFICER" | "DEPARTMENT_HEAD" | "LEADERSHIP" | "RECEPTIONIST"}`);
  if (variant === "strip") {
    return (
      <section
        aria-labelledby="early-warnings-title"
        className="mb-4 rounded-md border border-amber-600 bg-amber-50 px-4 py-2 text-sm"
        data-testid="early-warnings"
      >
        <h2 id="early-warnings-title" className="inline font-semibold">
          {t("title")}:
        </h2>{" "}
        <ul className="inline">
          {WARNING_KINDS.map((kind, index) => (
            <li key={kind} className="inline">
              {index > 0 ? " · " : null}
              <Link href={warningHref(role, kind)!} className="underline hover:no-underline" data-warning={kind}>
                {t(kind)}:{" "}
                <strong className="tabular-nums" data-testid={`warning-${kind}`}>
                  <Count value={counts[kind]} />
                </strong>
              </Link>
            </li>
          ))}
        </ul>{" "}
        <span className="text-muted">({scopeNote})</span>
      </section>
    );
  }
  return (
    <section aria-labelledby="early-warnings-title" className="mb-6" data-testid="early-warnings">
      <h2 id="early-warnings-title" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-muted">{scopeNote}</p>
      <StatGrid label={t("label")}>
        {WARNING_KINDS.map((kind) => (
          <StatCard
            key={kind}
            label={t(kind)}
            value={<Count value={counts[kind]} />}
            hint={
              kind !== "dueSoon"
                ? t(`hint.${kind}`)
                : dueSoonWorkingDays !== undefined
                  ? t("hint.dueSoon", { days: dueSoonWorkingDays })
                  : undefined
            }
            tone={counts[kind] > 0 ? TONE[kind] : "neutral"}
            href={warningHref(role, kind) ?? undefined}
            testId={`warning-${kind}`}
          />
        ))}
      </StatGrid>
    </section>
  );
}
