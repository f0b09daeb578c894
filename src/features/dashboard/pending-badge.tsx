import { getTranslations } from "next-intl/server";
import type { PendingMarker } from "@/server/data/dashboard";
import { getDomainLabels } from "@/ui/domain-labels";

const style: Record<PendingMarker, string> = {
  WITHIN: "border-green-700 text-green-800",
  DUE_SOON: "border-amber-600 text-amber-900 bg-amber-50",
  OVERDUE: "border-red-700 text-red-800 bg-red-50",
  PAUSED: "border-gray-500 text-gray-700",
};

const symbol: Record<PendingMarker, string> = { WITHIN: "●", DUE_SOON: "▲", OVERDUE: "■", PAUSED: "Ⅱ" };

/** Trong hạn / sắp đến hạn / quá hạn / tạm dừng: text plus a shape, never colour alone. */
export async function PendingBadge({ marker }: { marker: PendingMarker }) {
  const [labels, t] = await Promise.all([getDomainLabels(), getTranslations("worklist")]);
  const text = marker === "PAUSED" ? t("paused") : labels.pending(marker);
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${style[marker]}`} data-marker={marker}>
      <span aria-hidden="true">{symbol[marker]}</span>
      {text}
    </span>
  );
}
