// After registration: the code, big, the appointment and the way on (print form 01, next dossier, the dossier page).
import { getTranslations } from "next-intl/server";
import { documentLinks } from "@/domain/documents/links";
import { formatDateTime } from "@/lib/dates";
import type { RegisteredDossierView } from "@/server/data/reception";
import { FactList } from "@/ui/fact-list";
import { ReceiptActions } from "./receipt-actions";

export async function SuccessView({ dossier }: { dossier: RegisteredDossierView }) {
  const t = await getTranslations("reception.success");
  const rows: [string, string][] = [
    [t("procedure"), `${dossier.procedureCode} · ${dossier.procedureName}`],
    [t("applicant"), dossier.applicantName],
    [t("receivedAt"), dossier.receivedAt ? formatDateTime(dossier.receivedAt) : "—"],
    ...(dossier.handlingOffice ? ([[t("handlingOffice"), dossier.handlingOffice]] as [string, string][]) : []),
    [t("trackingKey"), dossier.trackingKey],
  ];
  return (
    <div className="space-y-6">
      <section aria-labelledby="success-code" className="rounded-lg border-2 border-green-700 bg-white p-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-green-800">{t("codeLabel")}</p>
        <p
          id="success-code"
          className="mt-1 break-all font-mono text-4xl font-bold tracking-wider sm:text-5xl"
          data-testid="dossier-code"
        >
          {dossier.code}
        </p>
        <div className="mt-4 rounded-md bg-green-50 p-4">
          <p className="text-sm font-semibold text-green-900">{t("appointment")}</p>
          <p className="text-2xl font-semibold tabular-nums" data-testid="success-appointment">
            {dossier.appointmentAt ? formatDateTime(dossier.appointmentAt) : t("noAppointment")}
          </p>
          {dossier.appointmentNote ? <p className="mt-1 text-sm">{dossier.appointmentNote}</p> : null}
        </div>
        <FactList facts={rows} className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2" />
      </section>
      <ReceiptActions
        code={dossier.code}
        receiptHref={documentLinks.receipt(dossier.code)}
        dossierHref={`/ho-so/${encodeURIComponent(dossier.code)}`}
      />
    </div>
  );
}
