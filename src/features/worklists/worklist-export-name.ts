// The words of an exported list's heading: its title as the screen shows it ("Hồ sơ của phòng") and its filters
// ("Quá hạn; Trạng thái: …; Tìm: …"), always in Vietnamese like the workbook.
import { getTranslations } from "next-intl/server";
import { statusWithStepLabel } from "@/domain/dossier";
import type { ScopeKey, WorklistFilter } from "@/domain/worklist";
import { formatDateVi } from "@/lib/dates";

export async function worklistExportName(scopeKey: ScopeKey, filter: WorklistFilter) {
  const t = await getTranslations({ locale: "vi", namespace: "worklists" });
  const parts: string[] = [];
  if (filter.quick !== "all") parts.push(t(`quick.${filter.quick}`));
  if (filter.status.kind === "all") parts.push(`${t("filters.status")}: ${t("filters.statusAll")}`);
  if (filter.status.kind === "status")
    parts.push(`${t("filters.status")}: ${statusWithStepLabel(filter.status.status, filter.status.step, "vi")}`);
  if (filter.receivedFrom)
    parts.push(`${t("filters.received")} ${t("filters.from").toLowerCase()} ${formatDateVi(filter.receivedFrom)}`);
  if (filter.receivedTo)
    parts.push(`${t("filters.received")} ${t("filters.to").toLowerCase()} ${formatDateVi(filter.receivedTo)}`);
  if (filter.search) parts.push(`${t("filters.searchShort")}: ${filter.search}`);
  return { listName: t(`title.${scopeKey}`), filters: parts.join("; ") };
}
