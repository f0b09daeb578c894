import { getTranslations } from "next-intl/server";
import type { RowMarker } from "@/domain/worklist";
import { getDomainLabels } from "@/ui/labels";

type MarkerKey = "WITHIN" | "DUE_SOON" | "OVERDUE" | "PAUSED" | "EARLY" | "ON_TIME" | "LATE";

const style: Record<MarkerKey, string> = {
  WITHIN: "border-green-700 text-green-800",
  DUE_SOON: "border-amber-600 bg-amber-50 text-amber-900",
  OVERDUE: "border-red-700 bg-red-50 text-red-800",
  PAUSED: "border-gray-500 text-gray-700",
  EARLY: "border-green-700 text-green-800",
  ON_TIME: "border-blue-700 text-blue-800",
  LATE: "border-red-700 bg-red-50 text-red-800",
};

// A shape beside the text, so the marker never relies on colour alone.
const symbol: Record<MarkerKey, string> = {
  WITHIN: "●",
  DUE_SOON: "▲",
  OVERDUE: "■",
  PAUSED: "Ⅱ",
  EARLY: "✓",
  ON_TIME: "✓",
  LATE: "■",
};

/** Trong hạn / sắp đến hạn / quá hạn / đang tạm dừng, or trước hạn / đúng hạn / quá hạn once finished. */
export async function DeadlineMarker({ marker }: { marker: RowMarker }) {
  if (!marker) return <span>—</span>;
  const [labels, t] = await Promise.all([getDomainLabels(), getTranslations("worklists")]);
  const key: MarkerKey = marker.kind === "paused" ? "PAUSED" : marker.value;
  const text =
    marker.kind === "paused"
      ? t("marker.paused")
      : marker.kind === "pending"
        ? labels.pending(marker.value)
        : labels.finished(marker.value);
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${style[key]}`}
      data-marker={key}
    >
      <span aria-hidden="true">{symbol[key]}</span>
      {text}
    </span>
  );
}
