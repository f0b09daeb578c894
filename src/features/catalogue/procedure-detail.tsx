import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, dayOfDateColumn } from "@/lib/dates";
import { lastDayInForce } from "@/domain/catalogue";
import type { ProcedureDetail } from "@/server/data/catalogue";
import { getDomainLabels } from "@/ui/labels";
import { buttonClass } from "@/ui/form";
import { Section } from "@/ui/section";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { CardFact, CardFacts, cardClass } from "./card-facts";
import { getProcedureLabels } from "./procedure-labels";

/** effectiveTo is the next version's first day (exclusive); readers are shown the last day in force. */
const lastDayOf = (effectiveTo: Date) => lastDayInForce(dayOfDateColumn(effectiveTo))!;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Thông tin thủ tục from the version in force today, its required documents and the version history. */
export async function ProcedureDetailView({ procedure }: { procedure: ProcedureDetail }) {
  const [t, labels, domain] = await Promise.all([
    getTranslations("procedure"),
    getProcedureLabels(),
    getDomainLabels(),
  ]);
  const current = procedure.current;
  return (
    <>
      {current ? (
        <dl className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white text-sm">
          <Row label={t("code")}>{procedure.code}</Row>
          <Row label={t("field")}>{procedure.field.name}</Row>
          <Row label={t("levelLabel")}>{labels.level(procedure.level)}</Row>
          <Row label={t("durationLabel")}>
            <span data-testid="procedure-duration">{labels.duration(current.durationValue, current.durationUnit)}</span>
          </Row>
          <Row label={t("feeLabel")}>
            {current.feeAmount === 0 && current.chargeAmount === 0 ? (
              labels.fee(0)
            ) : (
              <span data-testid="procedure-fees">
                <span className="block">
                  {t("feePart")}: {labels.fee(current.feeAmount)}
                </span>
                <span className="block">
                  {t("chargePart")}: {labels.fee(current.chargeAmount)}
                </span>
              </span>
            )}
            {current.feeTiming !== "EXEMPT" ? (
              <span className="block">{domain.feeTiming(current.feeTiming)}</span>
            ) : null}
            {current.feeNote ? <span className="block text-muted">{current.feeNote}</span> : null}
          </Row>
          <Row label={t("handlingOffice")}>{procedure.handlingOfficeName ?? current.handlingOfficeCode}</Row>
          <Row label={t("signedBy")}>{current.leadershipApproval ? t("signedByLeadership") : t("signedByHead")}</Row>
          <Row label={t("onlineLabel")}>
            {domain.onlineClass(current.onlineClass)}
            {current.onlineClass !== "FULL" && current.fullOnlineEligible ? (
              <span className="block text-muted">{t("fullOnlineEligible")}</span>
            ) : null}
          </Row>
          <Row label={t("postalIntakeLabel")}>{current.postalIntakeAllowed ? t("postalYes") : t("postalNo")}</Row>
          <Row label={t("postalReturnLabel")}>{current.postalReturnAllowed ? t("postalYes") : t("postalNo")}</Row>
          <Row label={t("decision")}>{current.announcement ?? t("noDecision")}</Row>
          <Row label={t("inForce")}>
            {t("versionInForce", { version: current.version, from: formatDate(current.effectiveFrom) })}
            {current.effectiveTo ? ` ${t("until", { to: formatDate(lastDayOf(current.effectiveTo)) })}` : ""}
          </Row>
        </dl>
      ) : (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-sm">{t("noCurrentVersion")}</p>
      )}

      {current && current.onlineClass !== "NONE" ? (
        <p className="mt-4 flex flex-wrap items-center gap-3">
          <Link
            href={`/thu-tuc/${encodeURIComponent(procedure.code)}/nop-truc-tuyen`}
            className={buttonClass("primary")}
            data-testid="submit-online"
          >
            {t("submitOnline")}
          </Link>
          <span className="text-sm text-muted">{t("submitOnlineHint")}</span>
        </p>
      ) : null}

      {current ? (
        <Section title={t("documentsTitle")} id="documents">
          {/* A phone gets a numbered list; wider screens the table. */}
          <ol className="space-y-2 sm:hidden" aria-label={t("documentsTitle")} data-testid="procedure-documents-list">
            {current.documents.map((document, index) => (
              <li key={document.position} className={cardClass}>
                <p className="font-semibold">
                  {index + 1}. {document.name}
                  {document.optional ? <span className="ml-1 font-normal text-muted">({t("docOptional")})</span> : null}
                </p>
                <p className="mt-1 text-sm">
                  {domain.documentForm(document.form)} · {t("docCount")}: {document.count} ·{" "}
                  {document.uploadable ? t("docUploadYes") : t("docUploadNo")}
                </p>
              </li>
            ))}
          </ol>
          <div className="hidden sm:block">
            <DataTable
              caption={t("documentsCaption", { count: current.documents.length })}
              label={t("documentsTitle")}
              columns={[
                t("docPosition"),
                t("docName"),
                t("docForm"),
                { header: t("docCount"), numeric: true },
                t("docUploadable"),
              ]}
              testId="procedure-documents"
            >
              {current.documents.map((document, index) => (
                <tr key={document.position}>
                  <td className={`${tdClass} tabular-nums`}>{index + 1}</td>
                  <RowHeader>
                    {document.name}
                    {document.optional ? <span className="ml-1 text-muted">({t("docOptional")})</span> : null}
                  </RowHeader>
                  <td className={tdClass}>{domain.documentForm(document.form)}</td>
                  <td className={numClass}>{document.count}</td>
                  <td className={tdClass}>{document.uploadable ? t("docUploadYes") : t("docUploadNo")}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        </Section>
      ) : null}

      <Section title={t("historyTitle")} id="history">
        <ul className="space-y-2 sm:hidden" aria-label={t("historyCaption")}>
          {procedure.versions.map((version) => (
            <li
              key={version.version}
              className={cardClass}
              aria-current={current?.version === version.version ? "true" : undefined}
            >
              <p className="font-semibold">
                {t("versionNumber", { version: version.version })}
                {current?.version === version.version ? (
                  <span className="ml-1 text-green-800">({t("current")})</span>
                ) : null}
              </p>
              <CardFacts>
                <CardFact term={t("colEffective")}>
                  {formatDate(version.effectiveFrom)}
                  {version.effectiveTo ? ` – ${formatDate(lastDayOf(version.effectiveTo))}` : ""}
                </CardFact>
                <CardFact term={t("durationLabel")}>
                  {labels.duration(version.durationValue, version.durationUnit)}
                </CardFact>
                <CardFact term={t("feeLabel")}>{labels.fee(version.feeAmount + version.chargeAmount)}</CardFact>
                <CardFact term={t("onlineLabel")}>{labels.online(version.onlineClass, version.onlineLevel)}</CardFact>
                <CardFact term={t("decision")}>{version.announcement ?? "—"}</CardFact>
              </CardFacts>
            </li>
          ))}
        </ul>
        <div className="hidden sm:block">
          <DataTable
            caption={t("historyCaption")}
            label={t("historyTitle")}
            columns={[
              t("colVersion"),
              t("colEffective"),
              t("durationLabel"),
              t("feeLabel"),
              t("onlineLabel"),
              t("decision"),
            ]}
          >
            {procedure.versions.map((version) => (
              <tr key={version.version} aria-current={current?.version === version.version ? "true" : undefined}>
                <RowHeader className="font-normal whitespace-nowrap">
                  {t("versionNumber", { version: version.version })}
                  {current?.version === version.version ? (
                    <strong className="ml-1 text-green-800">({t("current")})</strong>
                  ) : null}
                </RowHeader>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {formatDate(version.effectiveFrom)}
                  {version.effectiveTo ? ` – ${formatDate(lastDayOf(version.effectiveTo))}` : ""}
                </td>
                <td className={tdClass}>{labels.duration(version.durationValue, version.durationUnit)}</td>
                <td className={tdClass}>{labels.fee(version.feeAmount + version.chargeAmount)}</td>
                <td className={tdClass}>{labels.online(version.onlineClass, version.onlineLevel)}</td>
                <td className={tdClass}>{version.announcement ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </Section>
    </>
  );
}
