import { getLocale, getTranslations } from "next-intl/server";
import { isAuditAction } from "@/domain/audit";
import {
  CHANNELS,
  COLLECTOR_KINDS,
  ID_DOCUMENT_KINDS,
  RETURN_METHODS,
  ROLES,
  type Channel,
  type CollectorKind,
  type IdDocumentKind,
  type ReturnMethod,
  type Role,
} from "@/domain/dossier";
import { auditActionLabel } from "@/domain/audit/labels";
import { RATING_CHANNEL_LABELS, RATING_CHANNELS, type RatingChannelCode } from "@/domain/satisfaction";
import { formatDateTime, formatDateVi, isLocalDate } from "@/lib/dates";
import type { AuditLogRow } from "@/server/data/audit-log";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { getDossierLabels } from "@/ui/labels";

const ENTITIES = ["Dossier", "IntakeNotice", "AdministrativeUnit", "DevOutboxMessage"] as const;
type KnownEntity = (typeof ENTITIES)[number];
const isKnownEntity = (value: string | null): value is KnownEntity =>
  value !== null && (ENTITIES as readonly string[]).includes(value);

/**
 * Detail fields the log names in words (forms, periods, counts; never personal data, by recordAudit's contract). A
 * field outside this list is still kept, under "Dữ liệu kỹ thuật khác", closed until asked for: no field name of the
 * code is on screen otherwise (issue 11).
 */
const DETAIL_KEYS = [
  "form",
  "kind",
  "number",
  "procedureCode",
  "missingDocuments",
  "from",
  "to",
  "rows",
  "dossiers",
  "count",
  "codes",
  "username",
  "role",
  "endedSessions",
  "by",
  "purpose",
  "position",
  "check",
  "notice",
  "files",
  "method",
  "amount",
  "name",
  "active",
  "date",
  "year",
  "revision",
  "note",
  "version",
  "status",
  "view",
  "resultNumber",
  "collectorKind",
  "idDocumentKind",
  "waybill",
  "channel",
] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];
const isDetailKey = (key: string): key is DetailKey => (DETAIL_KEYS as readonly string[]).includes(key);
/** Values written as codes in the details, with their words in the messages (auditLog.value). */
const DETAIL_VALUES = ["SUPPLEMENT_REQUEST", "REFUSAL", "unit", "office", "applicant", "api"] as const;
type DetailValue = (typeof DETAIL_VALUES)[number];
const isDetailValue = (value: string): value is DetailValue => (DETAIL_VALUES as readonly string[]).includes(value);

type Translate = Awaited<ReturnType<typeof getTranslations<"auditLog">>>;
/** The dossier vocabulary, and a rating's channel (a rating's audit row names it). */
type Labels = Awaited<ReturnType<typeof getDossierLabels>> & { ratingChannel: (channel: RatingChannelCode) => string };

/** The codes of one vocabulary with their labeller: a value of another vocabulary gets null. */
const vocabulary =
  <T extends string>(codes: readonly T[], labelOf: (labels: Labels) => (code: T) => string) =>
  (value: string, labels: Labels): string | null =>
    (codes as readonly string[]).includes(value) ? labelOf(labels)(value as T) : null;
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * The fields whose values are codes of a vocabulary, each with its vocabularies in the order tried ("channel" is a
 * dossier's channel or a rating's). A new coded field is one line here.
 */
const VOCABULARIES: Partial<Record<DetailKey, readonly ((value: string, labels: Labels) => string | null)[]>> = {
  method: [vocabulary<ReturnMethod>(RETURN_METHODS, (labels) => labels.returnMethod)],
  channel: [
    vocabulary<Channel>(CHANNELS, (labels) => labels.channel),
    vocabulary<RatingChannelCode>(RATING_CHANNELS, (labels) => labels.ratingChannel),
  ],
  collectorKind: [vocabulary<CollectorKind>(COLLECTOR_KINDS, (labels) => labels.collectorKind)],
  idDocumentKind: [vocabulary<IdDocumentKind>(ID_DOCUMENT_KINDS, (labels) => labels.idDocumentKind)],
};

/** A value of the vocabulary under its field ("method": a return method, "channel": a channel…), in words. */
function vocabularyValue(key: string, value: string, labels: Labels): string | null {
  for (const words of (isDetailKey(key) ? VOCABULARIES[key] : undefined) ?? []) {
    const word = words(value, labels);
    if (word !== null) return word;
  }
  return null;
}

function detailValue(value: unknown, t: Translate, labels: Labels, key = ""): string {
  if (Array.isArray(value)) return value.map((item) => detailValue(item, t, labels, key)).join(", ");
  if (typeof value === "boolean") return t(value ? "value.yes" : "value.no");
  if (typeof value !== "string")
    return value === null ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value);
  const word = vocabularyValue(key, value, labels);
  if (word !== null) return word;
  if (isLocalDate(value)) return formatDateVi(value);
  if (isDetailValue(value)) return t(`value.${value}`);
  if (isRole(value)) return labels.role(value);
  return value;
}

function Detail({ detail, t, labels }: { detail: AuditLogRow["detail"]; t: Translate; labels: Labels }) {
  if (detail === null) return null;
  if (typeof detail !== "object" || Array.isArray(detail)) return <>{detailValue(detail, t, labels)}</>;
  const entries = Object.entries(detail);
  const named = entries.filter(([key]) => isDetailKey(key));
  const other = entries.filter(([key]) => !isDetailKey(key));
  return (
    <>
      {named
        .map(([key, value]) => `${t(`detail.${key as DetailKey}`)}: ${detailValue(value, t, labels, key)}`)
        .join("; ")}
      {other.length > 0 ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-muted">{t("detail.other")}</summary>
          <span className="font-mono">
            {other.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join("; ")}
          </span>
        </details>
      ) : null}
    </>
  );
}

export async function AuditLogTable({ rows, caption }: { rows: AuditLogRow[]; caption: string }) {
  const [t, locale, dossierLabels] = await Promise.all([getTranslations("auditLog"), getLocale(), getDossierLabels()]);
  const labels: Labels = {
    ...dossierLabels,
    ratingChannel: (channel) => RATING_CHANNEL_LABELS[locale === "en" ? "en" : "vi"][channel],
  };
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
            {isAuditAction(row.action) ? auditActionLabel(row.action, locale) : t("unknownAction")}
          </td>
          <td className={tdClass}>
            {isKnownEntity(row.entity) ? (
              <span className="block text-xs text-muted">{t(`entity.${row.entity}`)}</span>
            ) : null}
            <span className="font-mono">{row.entityId ?? "—"}</span>
          </td>
          <td className={`${tdClass} max-w-xs break-words text-xs`}>
            <Detail detail={row.detail} t={t} labels={labels} />
          </td>
          <td className={`${tdClass} whitespace-nowrap font-mono text-xs`}>{row.ip ?? "—"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
