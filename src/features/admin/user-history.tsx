import { getTranslations } from "next-intl/server";
import { auditActionLabel } from "@/domain/audit/labels";
import { formatDateTime } from "@/lib/dates";
import type { ManagedUser } from "@/server/data/users";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

type Values = { role?: string; unit?: string; office?: string | null };
const FIELD_LABELS = { fullName: "fullName", title: "jobTitle", email: "email", phone: "phone" } as const;

/** The latest administrators' changes to one account, read from the audit log (role, unit and office by code). */
export async function UserHistory({ entries, locale }: { entries: ManagedUser["history"]; locale: string }) {
  const [t, tRoles] = await Promise.all([getTranslations("userAdmin"), getTranslations("roles")]);
  const role = (value: string | undefined) => (value ? tRoles(value as never) : t("none"));
  const describe = (detail: unknown): string[] => {
    if (!detail || typeof detail !== "object") return [];
    const { before, after, changed, endedSessions } = detail as {
      before?: Values;
      after?: Values;
      changed?: string[];
      endedSessions?: number;
    };
    const lines: string[] = [];
    if (before && after) {
      if (before.role !== after.role)
        lines.push(t("detailRole", { before: role(before.role), after: role(after.role) }));
      if (before.unit !== after.unit)
        lines.push(t("detailUnit", { before: before.unit ?? t("none"), after: after.unit ?? t("none") }));
      if (before.office !== after.office)
        lines.push(t("detailOffice", { before: before.office ?? t("none"), after: after.office ?? t("none") }));
    }
    const fields = (changed ?? []).flatMap((field) =>
      field in FIELD_LABELS ? [t(FIELD_LABELS[field as keyof typeof FIELD_LABELS])] : [],
    );
    if (fields.length > 0) lines.push(t("detailChanged", { fields: fields.join(", ") }));
    if (typeof endedSessions === "number" && endedSessions > 0)
      lines.push(t("detailSessions", { count: endedSessions }));
    return lines;
  };
  return (
    <DataTable
      caption={t("historyCaption")}
      columns={[t("colAt"), t("colAction"), t("colActor"), t("colDetail")]}
      empty={entries.length === 0 ? t("noHistory") : null}
      testId="account-history"
    >
      {entries.map((entry, index) => (
        <tr key={index}>
          <RowHeader className="whitespace-nowrap tabular-nums">{formatDateTime(entry.at)}</RowHeader>
          <td className={tdClass}>{auditActionLabel(entry.action, locale)}</td>
          <td className={tdClass}>{entry.actor ?? t("none")}</td>
          <td className={tdClass}>
            {describe(entry.detail).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
