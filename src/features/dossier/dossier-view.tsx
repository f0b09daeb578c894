import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  COLLECTOR_KINDS,
  DOSSIER_COMMAND_TYPES,
  ID_DOCUMENT_KINDS,
  RESULT_KINDS,
  RETURN_METHODS,
  type DossierStatus,
  type ProcessingStep,
} from "@/domain/dossier";
import { DeadlineMarker } from "@/ui/deadline-marker";
import { buttonClass } from "@/ui/form";
import { formatDateTime } from "@/lib/dates";
import type { DossierPageData } from "@/server/data/dossier-page";
import { getDomainLabels, getDossierLabels, getLabelLocale } from "@/ui/labels";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { apologyBanner } from "./apology-form";
import { ApologySection } from "./apology-section";
import { COMMAND_FIELD_NAMES } from "./command-form";
import { DossierActions } from "./dossier-actions";
import { historyRows, type ReturnFacts } from "./history";
import { ResultReturnSection } from "./result-return-section";

const printLink = buttonClass("secondary", "sm");

/** The dossier page: header, actions, history, pauses, control slip, documents. */
export async function DossierView({ data, canAct }: { data: DossierPageData; canAct: boolean }) {
  const { dossier } = data;
  const [t, domain, labels, tOrganisation, locale, tReturn] = await Promise.all([
    getTranslations("dossier"),
    getDomainLabels(),
    getDossierLabels(),
    getTranslations("organisationAdmin.dossier"),
    getLabelLocale(),
    getTranslations("dossier.resultReturn"),
  ]);
  /** A return's row in the history: its labelled facts (never the collector's name or ID number). */
  const returnDetail = (facts: ReturnFacts) =>
    [
      tReturn("history.method", { method: labels.returnMethod(facts.method) }),
      facts.collectorKind ? tReturn("history.collector", { kind: labels.collectorKind(facts.collectorKind) }) : null,
      facts.resultNumber ? tReturn("history.resultNumber", { number: facts.resultNumber }) : null,
      facts.waybill ? tReturn("history.waybill", { waybill: facts.waybill }) : null,
    ]
      .filter(Boolean)
      .join("; ");
  const labelRecord = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;
  const banner = apologyBanner(data.apology.urgency, data.apology.apologyDeadline);
  const when = (value: Date | null | undefined) => (value ? formatDateTime(value) : "—");
  const state = (status: DossierStatus | null, step: ProcessingStep | null) =>
    status ? domain.statusWithStep(status, step) : "—";
  const person = (user: { fullName: string; role: Parameters<typeof labels.role>[0] } | null) =>
    user ? `${user.fullName} (${labels.role(user.role)})` : "—";
  const printBase = `/in/ho-so/${encodeURIComponent(dossier.code)}`;
  const supplementPauses = data.pauses.filter((pause) => pause.kind === "SUPPLEMENT");
  const commandLabels = Object.fromEntries(DOSSIER_COMMAND_TYPES.map((type) => [type, labels.command(type)])) as Record<
    (typeof DOSSIER_COMMAND_TYPES)[number],
    string
  >;

  const summary: { label: string; value: React.ReactNode; testId?: string }[] = [
    {
      label: t("header.procedure"),
      value: `${dossier.procedure.name} (${dossier.procedure.code}) — ${t("header.version", { version: dossier.procedureVersion.version })}`,
    },
    { label: t("header.field"), value: dossier.field.name },
    { label: t("header.channel"), value: labels.channel(dossier.channel) },
    { label: t("header.submitted"), value: when(dossier.submittedAt) },
    { label: t("header.received"), value: when(dossier.receivedAt) },
    {
      label: t("header.appointment"),
      testId: "appointment",
      value: (
        <>
          <span className="font-semibold tabular-nums">
            {dossier.appointmentAt ? formatDateTime(dossier.appointmentAt) : t("header.noAppointment")}
          </span>
          {dossier.appointmentNote ? (
            <span className="mt-1 block text-sm text-muted">{dossier.appointmentNote}</span>
          ) : null}
          <span className="mt-1 block text-xs text-muted">
            {data.calendarRevision
              ? t("header.calendarRevision", { revision: data.calendarRevision })
              : t("header.calendarDefault")}
          </span>
        </>
      ),
    },
    ...(dossier.originalAppointmentAt
      ? [
          {
            label: t("apology.originalAppointment"),
            testId: "original-appointment",
            value: (
              <>
                <span className="tabular-nums">{formatDateTime(dossier.originalAppointmentAt)}</span>{" "}
                <span className="text-sm text-muted">
                  {data.apology.reschedulingNumber
                    ? t("apology.rescheduledBy", { number: data.apology.reschedulingNumber })
                    : t("apology.rescheduled")}
                </span>
              </>
            ),
          },
        ]
      : []),
    {
      label: t("header.status"),
      value: <span data-testid="dossier-status">{state(dossier.status, dossier.processingStep)}</span>,
    },
    {
      label: t("header.timeliness"),
      value: (
        <span data-testid="dossier-timeliness">
          <DeadlineMarker marker={data.timeliness} />
        </span>
      ),
    },
    { label: t("header.receivedUnit"), value: `${dossier.receivedUnit.kindLabel} ${dossier.receivedUnit.name}` },
    // An old dossier of a merged unit keeps its receiving unit and also shows the unit that continues it.
    ...(data.continuingUnit
      ? [
          {
            label: tOrganisation("successor"),
            testId: "continuing-unit",
            value: `${data.continuingUnit.kindLabel} ${data.continuingUnit.name}`,
          },
        ]
      : []),
    { label: t("header.decidingUnit"), value: `${dossier.decidingUnit.kindLabel} ${dossier.decidingUnit.name}` },
    { label: t("header.handlingOffice"), value: dossier.handlingOffice?.name ?? "—" },
    { label: t("header.assignee"), value: dossier.assignee?.fullName ?? "—" },
    ...(dossier.resultKind ? [{ label: t("header.result"), value: labels.resultKind(dossier.resultKind) }] : []),
    ...(dossier.finishedAt ? [{ label: t("header.finished"), value: when(dossier.finishedAt) }] : []),
    ...(dossier.returnedAt ? [{ label: t("header.returned"), value: when(dossier.returnedAt) }] : []),
  ];

  const applicant: { label: string; value: string }[] = [
    { label: t("applicant.name"), value: `${dossier.applicantName} (${labels.applicantKind(dossier.applicantKind)})` },
    { label: t("applicant.idNumber"), value: dossier.applicantIdNumber },
    { label: t("applicant.phone"), value: dossier.applicantPhone },
    ...(dossier.applicantEmail ? [{ label: t("applicant.email"), value: dossier.applicantEmail }] : []),
    { label: t("applicant.address"), value: dossier.applicantAddress },
  ];

  return (
    <>
      <PageHeader title={t("title", { code: dossier.code })} description={dossier.procedure.name}>
        <Link href={`${printBase}/phieu-tiep-nhan`} className={printLink} target="_blank" rel="noopener">
          {t("print.receipt")}
        </Link>
        <Link href={`${printBase}/phieu-kiem-soat`} className={printLink} target="_blank" rel="noopener">
          {t("print.controlSlip")}
        </Link>
        {supplementPauses.map((pause, index) => (
          <Link
            key={pause.id}
            href={`${printBase}/yeu-cau-bo-sung/${encodeURIComponent(pause.id)}`}
            className={printLink}
            target="_blank"
            rel="noopener"
          >
            {t("print.supplement", { n: index + 1, count: supplementPauses.length })}
          </Link>
        ))}
      </PageHeader>

      {banner ? (
        <p
          role="status"
          data-testid="apology-banner"
          className={`mb-4 rounded-md border px-4 py-3 font-semibold ${banner.tone === "danger" ? "border-red-700 bg-red-50 text-red-900" : "border-amber-600 bg-amber-50 text-amber-900"}`}
        >
          {banner.text}
        </p>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <section
          aria-labelledby="dossier-summary-title"
          className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
        >
          <h2 id="dossier-summary-title" className="text-lg font-semibold">
            {t("header.title")}
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
            {summary.map((item) => (
              <div key={item.label} className="contents" data-testid={item.testId}>
                <dt className="font-semibold text-muted">{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section
          aria-labelledby="dossier-applicant-title"
          className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
        >
          <h2 id="dossier-applicant-title" className="text-lg font-semibold">
            {t("applicant.title")}
          </h2>
          <p className="mt-1 text-xs text-muted">{t("applicant.personalData")}</p>
          <dl className="mt-3 space-y-2 text-sm">
            {applicant.map((item) => (
              <div key={item.label}>
                <dt className="font-semibold text-muted">{item.label}</dt>
                <dd className="break-words">{item.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      {canAct ? (
        <Section title={t("actions.title")} id="dossier-actions">
          <DossierActions
            dossierId={dossier.id}
            version={dossier.version}
            commands={data.commands}
            commandLabels={commandLabels}
            offices={data.choices.offices}
            officers={data.choices.officers}
            resultKinds={RESULT_KINDS.map((value) => ({ value, label: labels.resultKind(value) }))}
            returnForm={data.choices.returnForm}
            returnText={{
              hints: {
                resultNumber: t("actions.hints.resultNumber"),
                idDocumentNumber: t("actions.hints.idDocumentNumber"),
              },
              postTo: tReturn("postTo", { destination: "{destination}" }),
              postNotRequested: tReturn("postNotRequested"),
              onlineHint: tReturn("onlineHint"),
              onlineMissing: tReturn("onlineMissing"),
              methodLabels: labelRecord(RETURN_METHODS, labels.returnMethod),
              collectorKindLabels: labelRecord(COLLECTOR_KINDS, labels.collectorKind),
              idDocumentKindLabels: labelRecord(ID_DOCUMENT_KINDS, labels.idDocumentKind),
            }}
            text={{
              heading: t("actions.title"),
              none: t("actions.none"),
              submit: t("actions.submit"),
              cancel: t("actions.cancel"),
              pending: t("actions.pending"),
              reload: t("actions.reload"),
              done: t("actions.done", { command: "{command}" }),
              confirm: t("actions.confirm"),
              choose: t("actions.choose"),
              fields: Object.fromEntries(
                COMMAND_FIELD_NAMES.map((name) => [name, t(`actions.fields.${name}`)]),
              ) as Record<(typeof COMMAND_FIELD_NAMES)[number], string>,
              hints: { reason: t("actions.hints.reason"), amount: t("actions.hints.amount") },
            }}
          />
        </Section>
      ) : null}

      <ResultReturnSection data={data} />

      <ApologySection data={data} />

      <Section title={t("timeline.title")} id="dossier-timeline">
        <DataTable
          caption={t("timeline.caption")}
          captionHidden
          label={t("timeline.title")}
          columns={[
            t("timeline.at"),
            t("timeline.actor"),
            t("timeline.action"),
            t("timeline.change"),
            t("timeline.reason"),
          ]}
          testId="timeline"
        >
          {historyRows(dossier.events, locale, t("timeline.otherEvent")).map((row, index) => {
            const event = dossier.events[index]!;
            return (
              <tr key={event.id.toString()}>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{formatDateTime(event.at)}</td>
                <td className={tdClass}>{person(event.actor)}</td>
                <RowHeader className="font-semibold">{row.label}</RowHeader>
                <td className={tdClass} data-testid="timeline-change">
                  {row.from && !row.unchanged ? `${state(row.from.status, row.from.step)} → ` : ""}
                  {state(row.to.status, row.to.step)}
                </td>
                <td className={tdClass} data-testid={row.returned ? "timeline-return" : undefined}>
                  {row.returned ? returnDetail(row.returned) : (event.reason ?? "—")}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </Section>

      <Section title={t("pauses.title")} id="dossier-pauses">
        {data.pauses.length === 0 ? (
          <p className="text-sm text-muted">{t("pauses.none")}</p>
        ) : (
          <DataTable
            caption={t("pauses.caption")}
            captionHidden
            label={t("pauses.title")}
            columns={[
              t("pauses.kind"),
              t("pauses.reason"),
              t("pauses.office"),
              t("pauses.start"),
              t("pauses.end"),
              t("pauses.covered"),
            ]}
            testId="pauses"
          >
            {data.pauses.map((pause) => (
              <tr key={pause.id}>
                <RowHeader className="font-semibold">{labels.pauseKind(pause.kind)}</RowHeader>
                <td className={tdClass}>{pause.reason}</td>
                <td className={tdClass}>{pause.officeName ?? "—"}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{formatDateTime(pause.startedAt)}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {pause.endedAt ? formatDateTime(pause.endedAt) : t("pauses.open")}
                </td>
                <td className={tdClass}>{pause.workingTime}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("handoffs.title")} id="dossier-handoffs">
        {dossier.handoffs.length === 0 ? (
          <p className="text-sm text-muted">{t("handoffs.none")}</p>
        ) : (
          <DataTable
            caption={t("handoffs.caption")}
            captionHidden
            label={t("handoffs.title")}
            columns={[
              t("handoffs.sequence"),
              t("handoffs.from"),
              t("handoffs.to"),
              t("handoffs.sent"),
              t("handoffs.due"),
              t("handoffs.completed"),
              t("handoffs.timeliness"),
            ]}
            testId="handoffs"
          >
            {dossier.handoffs.map((handoff) => (
              <tr key={handoff.id}>
                <RowHeader className="tabular-nums">{handoff.sequence}</RowHeader>
                <td className={tdClass}>
                  {handoff.fromOffice?.name ?? t("handoffs.desk")}
                  {handoff.fromUser ? (
                    <span className="block text-xs text-muted">{handoff.fromUser.fullName}</span>
                  ) : null}
                </td>
                <td className={tdClass}>
                  {handoff.toOffice.name}
                  {handoff.toUser ? <span className="block text-xs text-muted">{handoff.toUser.fullName}</span> : null}
                </td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{when(handoff.sentAt)}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{when(handoff.dueAt)}</td>
                <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
                  {handoff.completedAt ? formatDateTime(handoff.completedAt) : t("handoffs.inProgress")}
                </td>
                <td className={tdClass}>
                  {handoff.timeliness ? (
                    <DeadlineMarker marker={{ kind: "finished", value: handoff.timeliness }} />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>

      <Section title={t("documents.title")} id="dossier-documents">
        {dossier.documents.length === 0 ? (
          <p className="text-sm text-muted">{t("documents.none")}</p>
        ) : (
          <DataTable
            caption={t("documents.caption")}
            captionHidden
            label={t("documents.title")}
            columns={[
              t("documents.position"),
              t("documents.name"),
              t("documents.form"),
              t("documents.count"),
              t("documents.received"),
            ]}
            testId="documents"
          >
            {dossier.documents.map((document) => (
              <tr key={document.id}>
                <td className={`${tdClass} tabular-nums`}>{document.position}</td>
                <RowHeader>{document.name}</RowHeader>
                <td className={tdClass}>{domain.documentForm(document.form)}</td>
                <td className={`${tdClass} tabular-nums`}>{document.count}</td>
                <td className={tdClass}>{document.received ? t("documents.yes") : t("documents.no")}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
    </>
  );
}
