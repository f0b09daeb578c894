// "Số hoá thành phần hồ sơ" on the staff dossier page: each component with its flags (DuocSoHoa, DuocTaiSuDung),
// its current file and earlier copies (opened through short-lived staff links), the dossier's digitised / reused
// flags, and for the receiving desk the forms to scan a component or reuse the applicant's earlier file.
import { getLocale, getTranslations } from "next-intl/server";
import { DIGITISATION_LABELS, formatFileSize, isFileSource } from "@/domain/digitisation";
import { formatDate, formatDateTime } from "@/lib/dates";
import { isLocale } from "@/i18n/locales";
import type { SessionUser } from "@/server/auth/session-user";
import { loadDigitisationPanel } from "@/server/dossiers/digitisation";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";
import { DigitisationForms } from "./digitisation-forms";

export async function DigitisationSection({
  user,
  dossierId,
  readableUnitIds,
}: {
  user: SessionUser;
  dossierId: string;
  readableUnitIds: readonly string[];
}) {
  const panel = await loadDigitisationPanel(user, dossierId, readableUnitIds);
  if (!panel) return null;
  const [t, requested] = await Promise.all([getTranslations("digitisation"), getLocale()]);
  const locale = isLocale(requested) ? requested : "vi";
  const labels = DIGITISATION_LABELS[locale];
  const sourceLabel = (source: string) => (isFileSource(source) ? labels.fileSource[source] : source);
  const fileLinkOf = (file: { link: string; fileName: string }) => (
    <a
      href={file.link}
      target="_blank"
      rel="noopener"
      className="text-blue-800 underline"
      aria-label={t("open", { name: file.fileName })}
    >
      {file.fileName}
    </a>
  );
  return (
    <Section title={t("title")} id="dossier-digitisation">
      <p className="mb-2 text-sm text-muted">{t("intro")}</p>
      <p className="mb-3 font-semibold" data-testid="digitisation-flag">
        {panel.digitised ? t("dossierDigitised") : t("dossierNotDigitised")}
        {panel.dataReused ? <span className="ml-2 font-normal">{t("dossierReused")}</span> : null}
      </p>
      <div className="mb-4">
        <DataTable
          caption={t("tableCaption")}
          captionHidden
          label={t("title")}
          columns={[
            t("columns.position"),
            t("columns.name"),
            t("columns.required"),
            t("columns.digitised"),
            t("columns.file"),
            t("columns.reuse"),
            t("columns.history"),
          ]}
          empty={panel.components.length === 0 ? t("none") : null}
          testId="digitisation-components"
        >
          {panel.components.map((component) => (
            <tr key={component.position} data-position={component.position}>
              <td className={`${tdClass} tabular-nums`}>{component.position}</td>
              <RowHeader>{component.name}</RowHeader>
              <td className={tdClass}>{component.required ? t("yes") : t("no")}</td>
              <td className={tdClass} data-testid="component-digitised">
                {component.digitised ? t("digitisedYes") : t("digitisedNo")}
              </td>
              <td className={tdClass}>
                {component.current ? (
                  <>
                    {fileLinkOf(component.current)}
                    <span className="block text-xs text-muted">
                      {sourceLabel(component.current.source)} · {formatFileSize(component.current.sizeBytes, locale)} ·{" "}
                      {formatDateTime(component.current.uploadedAt)}
                    </span>
                  </>
                ) : (
                  <span className="text-muted">{t("noFile")}</span>
                )}
              </td>
              <td className={tdClass} data-testid="component-reuse">
                {labels.reuse[component.reuse]}
              </td>
              <td className={tdClass}>
                {component.history.length === 0 ? (
                  "—"
                ) : (
                  <ul className="space-y-1 text-xs">
                    {component.history.map((file) => (
                      <li key={file.id}>
                        {fileLinkOf(file)} <span className="text-muted">({formatDate(file.uploadedAt)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      {panel.mayDigitise && panel.components.length > 0 ? (
        <DigitisationForms
          dossierId={panel.dossierId}
          components={panel.components.map((component) => ({ position: component.position, name: component.name }))}
          candidates={panel.candidates.map((candidate) => ({
            id: candidate.id,
            label: t("reuse.candidate", {
              label: candidate.label,
              code: candidate.dossierCode,
              file: candidate.fileName,
            }),
          }))}
          text={{
            choose: t("choose"),
            scan: {
              title: t("scan.title"),
              component: t("scan.component"),
              file: t("scan.file"),
              fileHint: t("scan.fileHint"),
              submit: t("scan.submit"),
              pending: t("scan.pending"),
              done: t("scan.done"),
            },
            reuse: {
              title: t("reuse.title"),
              intro: t("reuse.intro"),
              component: t("reuse.component"),
              source: t("reuse.source"),
              noCandidates: t("reuse.noCandidates"),
              submit: t("reuse.submit"),
              pending: t("reuse.pending"),
              done: t("reuse.done"),
            },
          }}
        />
      ) : panel.refusal ? (
        <div
          className="max-w-xl rounded-lg border border-gray-300 bg-gray-50 p-4 text-sm"
          data-testid="digitisation-refusal"
        >
          <p className="font-semibold">{t("refusalTitle")}</p>
          <p className="mt-1">{panel.refusal}</p>
        </div>
      ) : null}
    </Section>
  );
}
