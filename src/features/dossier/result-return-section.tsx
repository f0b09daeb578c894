// The dossier page's section "Trả kết quả": how the result was returned, when and by whom, the result's number, and
// at the desk who collected it and the document checked; by post the waybill and where it went (commune, province).
// The collector's data is personal: it is read with the page, under the page's audit row (personal_data.view_dossier).
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { DossierPageData } from "@/server/data/dossier-page";
import { getDossierLabels } from "@/ui/labels";
import { Section } from "@/ui/section";
import { returnFactsOf } from "./history";

export async function ResultReturnSection({ data }: { data: DossierPageData }) {
  const { dossier } = data;
  if (!dossier.returnedAt) return null;
  const [t, labels] = await Promise.all([getTranslations("dossier.resultReturn"), getDossierLabels()]);
  const record = dossier.resultReturn;

  if (!record) {
    // Returned before the return was recorded (older dossiers): the method from the history, nothing personal.
    const event = dossier.events.findLast((row) => row.type === "return_result");
    const facts = event ? returnFactsOf(event.type, event.payload) : null;
    return (
      <Section title={t("title")} id="dossier-return">
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]" data-testid="result-return">
          <dt className="font-semibold text-muted">{t("returnedAt")}</dt>
          <dd className="tabular-nums">{formatDateTime(dossier.returnedAt)}</dd>
          {facts ? (
            <>
              <dt className="font-semibold text-muted">{t("method")}</dt>
              <dd>{labels.returnMethod(facts.method)}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-2 text-sm text-muted">{t("notRecorded")}</p>
      </Section>
    );
  }

  const rows: { label: string; value: string; testId?: string }[] = [
    { label: t("method"), value: labels.returnMethod(record.method), testId: "return-method" },
    { label: t("returnedAt"), value: formatDateTime(record.returnedAt) },
    { label: t("returnedBy"), value: record.returnedBy.fullName },
    { label: t("resultNumber"), value: record.resultNumber },
  ];
  if (record.collectorKind && record.collectorName)
    rows.push({
      label: t("collector"),
      value: `${record.collectorName} (${labels.collectorKind(record.collectorKind)})`,
      testId: "return-collector",
    });
  if (record.collectorRelation) rows.push({ label: t("relation"), value: record.collectorRelation });
  if (record.authorisationPaper) rows.push({ label: t("authorisation"), value: record.authorisationPaper });
  if (record.idDocumentKind && record.idDocumentNumber)
    rows.push({
      label: t("idDocument"),
      value: `${labels.idDocumentKind(record.idDocumentKind)}: ${record.idDocumentNumber}`,
    });
  if (record.postalShipment) {
    rows.push({ label: t("waybill"), value: record.postalShipment.waybill || "—", testId: "return-waybill" });
    const destination = [record.postalShipment.communeName, record.postalShipment.provinceName].filter(Boolean);
    if (destination.length > 0) rows.push({ label: t("destination"), value: destination.join(", ") });
  }
  if (record.note) rows.push({ label: t("note"), value: record.note });

  return (
    <Section title={t("title")} id="dossier-return">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]" data-testid="result-return">
        {rows.map((row) => (
          <div key={row.label} className="contents" data-testid={row.testId}>
            <dt className="font-semibold text-muted">{row.label}</dt>
            <dd className="break-words">{row.value}</dd>
          </div>
        ))}
      </dl>
      {record.collectorName ? <p className="mt-2 text-xs text-muted">{t("personalData")}</p> : null}
    </Section>
  );
}
