import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ApologyKind } from "@/domain/apology";
import { documentLinks } from "@/domain/documents/links";
import { formatDateTime } from "@/lib/dates";
import type { DossierPageData } from "@/server/data/dossier-page";
import { Section } from "@/ui/section";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { ApologyDecision } from "./apology-decision";
import { ApologyDraftForm } from "./apology-draft-form";
import { draftChoice } from "./apology-form";

const STATUS_CLASS = {
  DRAFT: "border-amber-600 bg-amber-50 text-amber-900",
  APPROVED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
} as const;

/**
 * "Phiếu xin lỗi và hẹn lại ngày trả kết quả" on the dossier page: the dossier's letters with their print links, the
 * draft form for the assigned officer or the head of the handling office (or the rules' reason why not), and the
 * sign / reject buttons for the head of the letter's office.
 */
export async function ApologySection({ data }: { data: DossierPageData }) {
  const { dossier, apology } = data;
  const t = await getTranslations("dossier.apology");
  const kindLabels: Record<ApologyKind, string> = { LATE: t("kind.LATE"), RESULT_ERROR: t("kind.RESULT_ERROR") };
  const hasResult = dossier.status === "RESULT_READY" || dossier.status === "RETURNED";
  const choice = draftChoice(apology.refusals, hasResult);
  const decisionText = {
    approve: t("approve"),
    approveConfirmTitle: t("approveConfirmTitle"),
    approveDone: t("approveDone", { number: "{number}" }),
    reject: t("reject"),
    rejectReason: t("rejectReason"),
    submitReject: t("submitReject"),
    rejectDone: t("rejectDone"),
    cancel: t("cancel"),
    pending: t("pending"),
    reload: t("reload"),
  };
  const decides = apology.letters.some((letter) => letter.signer);

  return (
    <Section title={t("title")} id="dossier-apologies">
      {apology.letters.length === 0 ? (
        <p className="mb-3 text-sm text-muted">{t("none")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          captionHidden
          label={t("title")}
          columns={[
            t("number"),
            t("kindLabel"),
            t("statusLabel"),
            t("reason"),
            t("appointments"),
            t("drafted"),
            t("signed"),
            { header: t("print"), hidden: true },
            decides && { header: t("approve"), hidden: true },
          ]}
          testId="apologies"
        >
          {apology.letters.map((letter) => (
            <tr key={letter.id} data-apology-status={letter.status}>
              <RowHeader className="whitespace-nowrap font-semibold tabular-nums" data-testid="apology-number">
                {letter.number ?? <span className="font-normal text-muted">{t("noNumber")}</span>}
              </RowHeader>
              <td className={tdClass}>{kindLabels[letter.kind]}</td>
              <td className={tdClass}>
                <span
                  className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[letter.status]}`}
                >
                  {t(`status.${letter.status}`)}
                </span>
                {letter.status === "REJECTED" && letter.rejectionReason ? (
                  <span className="mt-1 block text-xs">{t("rejectedBecause", { reason: letter.rejectionReason })}</span>
                ) : null}
              </td>
              <td className={tdClass}>{letter.reason}</td>
              <td className={`${tdClass} tabular-nums`}>
                <span className="whitespace-nowrap">{formatDateTime(letter.previousAppointmentAt)}</span> →{" "}
                <span className="whitespace-nowrap font-semibold">{formatDateTime(letter.proposedAppointmentAt)}</span>
                <span className="mt-1 block text-xs text-muted">{letter.appointmentNote}</span>
              </td>
              <td className={tdClass}>
                {letter.draftedBy}
                <span className="block whitespace-nowrap text-xs text-muted tabular-nums">
                  {formatDateTime(letter.draftedAt)}
                </span>
              </td>
              <td className={tdClass}>
                {letter.status === "APPROVED" && letter.decidedBy ? (
                  <>
                    {letter.decidedBy}
                    <span className="block whitespace-nowrap text-xs text-muted tabular-nums">
                      {letter.decidedAt ? formatDateTime(letter.decidedAt) : null}
                    </span>
                  </>
                ) : (
                  t("notSigned")
                )}
              </td>
              <td className={tdClass}>
                {letter.status !== "REJECTED" ? (
                  <Link
                    href={documentLinks.apology(dossier.code, letter.id)}
                    target="_blank"
                    rel="noopener"
                    className="whitespace-nowrap text-brand-700 underline hover:no-underline"
                    aria-label={t("printLabel", { number: letter.number ?? t("noNumber") })}
                  >
                    {letter.status === "APPROVED" ? t("print") : t("printDraft")}
                  </Link>
                ) : null}
              </td>
              {decides ? (
                <td className={tdClass}>
                  {letter.signer ? (
                    <ApologyDecision
                      apologyId={letter.id}
                      version={dossier.version}
                      open={letter.canDecide}
                      text={decisionText}
                      consequence={t("approveConsequence", {
                        from: formatDateTime(dossier.appointmentAt ?? letter.previousAppointmentAt),
                        to: formatDateTime(letter.proposedAppointmentAt),
                      })}
                      confirmLabel={t("approveConfirm", { to: formatDateTime(letter.proposedAppointmentAt) })}
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {apology.mayDraft ? (
        <div className="mt-4">
          <ApologyDraftForm
            dossierId={dossier.id}
            version={dossier.version}
            kinds={choice.kinds}
            refusal={choice.refusal}
            text={{
              title: t("draftTitle"),
              intro: t("draftIntro"),
              refusalTitle: t("cannotDraft"),
              kind: t("fields.kind"),
              reason: t("fields.reason"),
              reasonHint: t("hints.reason"),
              extraWorkingDays: t("fields.extraWorkingDays"),
              extraWorkingDaysHint: t("hints.extraWorkingDays"),
              preview: t("preview"),
              previewPending: t("previewPending"),
              submit: t("submitDraft"),
              pending: t("pending"),
              done: t("draftDone"),
              reload: t("reload"),
              kindLabels,
            }}
          />
        </div>
      ) : null}
    </Section>
  );
}
