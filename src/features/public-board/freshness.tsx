import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import { PUBLIC_FIGURES_MAX_AGE_SECONDS } from "@/server/data/public-board";

/** "Số liệu cập nhật lúc HH:mm dd/MM/yyyy", and how stale the cached figures may be at most. */
export async function Freshness({ computedAt }: { computedAt: string }) {
  const t = await getTranslations("publicBoard");
  return (
    <p className="text-sm text-muted" data-testid="figures-freshness">
      {t("updatedAt", { time: formatDateTime(new Date(computedAt)) })}.{" "}
      {t("freshness", { minutes: Math.round(PUBLIC_FIGURES_MAX_AGE_SECONDS / 60) })}
    </p>
  );
}
