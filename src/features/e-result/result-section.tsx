// "Kết quả điện tử" on the staff dossier page: whether an electronic result is issued, every result with its
// metadata (the replaced ones kept, marked), files opened through short-lived staff links, and the forms to attach
// or generate one when this user may (else the rule's reason).
import { getLocale, getTranslations } from "next-intl/server";
import { formatFileSize } from "@/domain/digitisation";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/locale";
import type { SessionUser } from "@/server/auth/session-user";
import { loadResultPanel } from "@/server/dossiers/results";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";
import { ResultForms, type ResultFormsText } from "./result-forms";

export async function ElectronicResultSection({
  user,
  dossierId,
  readableUnitIds,
}: {
  user: SessionUser;
  dossierId: string;
  readableUnitIds: readonly string[];
}) {
  const panel = await loadResultPanel(user, dossierId, readableUnitIds);
  if (!panel) return null;
  const [t, locale] = await Promise.all([getTranslations("eResult"), getLocale()]);
  const text: ResultFormsText = {
    required: t("required"),
    attach: {
      title: t("attach.title"),
      intro: t("attach.intro"),
      file: t("attach.file"),
      fileHint: t("attach.fileHint"),
      submit: t("attach.submit"),
      pending: t("attach.pending"),
      done: t("attach.done"),
    },
    generate: {
      title: t("generate.title"),
      intro: t("generate.intro"),
      content: t("generate.content"),
      contentHint: t("generate.contentHint"),
      submit: t("generate.submit"),
      pending: t("generate.pending"),
      done: t("generate.done"),
    },
    replaceNote: t("attach.replaceNote"),
    fields: {
      number: t("fields.number"),
      numberHint: t("fields.numberHint"),
      kind: t("fields.kind"),
      kindHint: t("fields.kindHint"),
      signerName: t("fields.signerName"),
      signerTitle: t("fields.signerTitle"),
      signedOn: t("fields.signedOn"),
      signedOnHint: t("fields.signedOnHint"),
      issuingAgency: t("fields.issuingAgency"),
    },
  };
  return (
    <Section title={t("title")} id="dossier-e-result">
      <p className="mb-2 text-sm text-muted">{t("intro")}</p>
      <p className="mb-3 font-semibold" data-testid="e-result-flag">
        {panel.electronicResult ? t("issued") : t("notIssued")}
      </p>
      {panel.results.length === 0 ? (
        <p className="mb-4 text-sm text-muted">{t("none")}</p>
      ) : (
        <div className="mb-4">
          <DataTable
            caption={t("tableCaption")}
            captionHidden
            label={t("title")}
            columns={[
              t("columns.number"),
              t("columns.kind"),
              t("columns.signer"),
              t("columns.signedOn"),
              t("columns.agency"),
              t("columns.file"),
              t("columns.issued"),
            ]}
            testId="e-results"
          >
            {panel.results.map((result) => (
              <tr key={result.id} data-current={result.current ? "true" : "false"}>
                <RowHeader className="font-semibold">{result.number}</RowHeader>
                <td className={tdClass}>
                  {result.kind}
                  <span className="block text-xs text-muted">
                    {result.current ? t("current") : t("replaced")} ·{" "}
                    {result.generated ? t("generated") : t("attached")}
                  </span>
                </td>
                <td className={tdClass}>
                  {result.signerName}
                  {result.signerTitle ? <span className="block text-xs text-muted">{result.signerTitle}</span> : null}
                </td>
                <td className={`${tdClass} tabular-nums`}>{formatDate(result.signedOn)}</td>
                <td className={tdClass}>{result.issuingAgency}</td>
                <td className={tdClass}>
                  <a
                    href={result.link}
                    target="_blank"
                    rel="noopener"
                    className="text-blue-800 underline"
                    aria-label={t("open", { name: result.fileName })}
                  >
                    {result.fileName}
                  </a>
                  <span className="block text-xs text-muted">{formatFileSize(result.sizeBytes, locale as Locale)}</span>
                </td>
                <td className={`${tdClass} text-xs`}>
                  {t("issuedBy", { name: result.issuedBy, at: formatDateTime(result.issuedAt) })}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      {panel.mayIssue ? (
        <ResultForms
          dossierId={panel.dossierId}
          hasCurrent={panel.results.some((result) => result.current)}
          defaults={panel.defaults}
          text={text}
        />
      ) : panel.refusal ? (
        <div
          className="max-w-xl rounded-lg border border-gray-300 bg-gray-50 p-4 text-sm"
          data-testid="e-result-refusal"
        >
          <p className="font-semibold">{t("refusalTitle")}</p>
          <p className="mt-1">{panel.refusal}</p>
        </div>
      ) : null}
    </Section>
  );
}
