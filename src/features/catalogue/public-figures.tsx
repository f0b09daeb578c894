import { getTranslations } from "next-intl/server";
import type { PublicFigures } from "@/server/data/dashboard";
import { onTimeRate } from "@/domain/metrics";
import { Count, Rate } from "@/ui/rate";
import { StatCard, StatGrid } from "@/ui/stat-card";

/** Live figures of the year, straight from the database; the on-time rate names its formula. */
export async function PublicFiguresPanel({ figures }: { figures: PublicFigures }) {
  const t = await getTranslations("home");
  const { resolvedThisYear: resolved } = figures;
  return (
    <StatGrid label={t("figuresTitle", { year: figures.year })}>
      <StatCard
        label={t("receivedThisYear", { year: figures.year })}
        value={<Count value={figures.receivedThisYear} />}
        testId="figure-received"
      />
      <StatCard
        label={t("resolvedThisYear", { year: figures.year })}
        value={<Count value={resolved.resolved} />}
        testId="figure-resolved"
      />
      <StatCard
        label={t("onTimeRate")}
        value={<Rate value={onTimeRate(resolved)} />}
        hint={t("onTimeFormula", { early: resolved.early, onTime: resolved.onTime, resolved: resolved.resolved })}
        tone="good"
        testId="figure-on-time-rate"
      />
      <StatCard
        label={t("activeProcedures")}
        value={<Count value={figures.activeProcedures} />}
        href="/thu-tuc"
        testId="figure-procedures"
      />
    </StatGrid>
  );
}
