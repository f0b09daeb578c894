import { getLocale, getTranslations } from "next-intl/server";
import { isAuditAction } from "@/domain/audit";
import { auditActionLabel } from "@/domain/audit/labels";
import { formatDateTime } from "@/lib/dates";
import type { AuditLogRow } from "@/server/data/audit-log";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

const ENTITIES = ["Dossier", "IntakeNotice", "AdministrativeUnit", "DevOutboxMessage"] as const;
type KnownEntity = (typeof ENTITIES)[number];
const isKnownEntity = (value: string | null): value is KnownEntity =>
  value !== null && (ENTITIES as readonly string[]).includes(value);

/** The details as "key: value" pairs (forms, periods, counts; never personal data, by recordAudit's contract). */
function detailText(detail: AuditLogRow["detail"]): string {
  if (detail === null || typeof detail !== "object" || Array.isArray(detail))
    return detail === null ? "" : String(detail);
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
    .join("; ");
}

export async function AuditLogTable({ rows, caption }: { rows: AuditLogRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("auditLog"), getLocale()]);
  return (
    <DataTable
      caption={caption}
      columns={[
        t("columns.time"),
        t("columns.actor"),
        t("columns.action"),
        t("columns.object"),
        t("columns.detail"),
        t("columns.address"),
      ]}
      empty={rows.length === 0 ? t("empty") : null}
      testId="audit-log-table"
    >
      {rows.map((row) => (
        <tr key={row.id} data-action={row.action}>
          <RowHeader className="whitespace-nowrap font-normal tabular-nums">{formatDateTime(row.at)}</RowHeader>
          <td className={tdClass}>
            {row.actor ? (
              <>
                <span className="font-mono">{row.actor.username}</span>
                <span className="block text-xs text-muted">{row.actor.fullName}</span>
              </>
            ) : (
              <span className="text-muted">{t("system")}</span>
            )}
          </td>
          <td className={tdClass}>
            {isAuditAction(row.action) ? auditActionLabel(row.action, locale) : row.action}
            <span className="block font-mono text-xs text-muted">{row.action}</span>
          </td>
          <td className={tdClass}>
            {isKnownEntity(row.entity) ? (
              <span className="block text-xs text-muted">{t(`entity.${row.entity}`)}</span>
            ) : null}
            <span className="font-mono">{row.entityId ?? "—"}</span>
          </td>
          <td className={`${tdClass} max-w-xs break-words text-xs`}>{detailText(row.detail)}</td>
          <td className={`${tdClass} whitespace-nowrap font-mono text-xs`}>{row.ip ?? "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
