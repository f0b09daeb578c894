// One online registration as the desk officer checks it: who and what, each component with its files (images shown
// inline, PDFs opened inline in a new tab through short-lived staff links) and its check form, then the decision.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { receiveProblem, supplementProblem } from "@/domain/online-intake";
import { formatDateTime } from "@/lib/dates";
import type { CheckComponent, OnlineIntakeDetail } from "@/server/data/online-queue";
import { FactList } from "@/ui/fact-list";
import { buttonClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { ComponentCheckForm } from "./component-check-form";
import { DecisionForms } from "./decision-forms";
import { QUEUE_PATH } from "./queue-list";

type T = Awaited<ReturnType<typeof getTranslations<"onlineQueue">>>;

const STATE_CLASS = {
  PENDING: "border-gray-400 bg-gray-50 text-ink",
  VALID: "border-green-700 bg-green-50 text-green-900",
  INVALID: "border-red-700 bg-red-50 text-red-900",
} as const;

const kilobytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

const kindOf = (mediaType: string) =>
  mediaType === "application/pdf" ? "PDF" : mediaType === "image/png" ? "PNG" : "JPEG";

function ComponentCard({
  component,
  dossierId,
  checkable,
  t,
}: {
  component: CheckComponent;
  dossierId: string;
  /** False while the citizen has the dossier (form 02 sent, not answered). */
  checkable: boolean;
  t: T;
}) {
  const headingId = `component-${component.position}`;
  return (
    <li
      className="rounded-lg border border-gray-200 bg-white p-4"
      aria-labelledby={headingId}
      data-testid="intake-component"
      data-position={component.position}
      data-check={component.check}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          {component.position}. {component.name}
        </h3>
        <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${STATE_CLASS[component.check]}`}>
          {t(`check.state.${component.check}`)}
        </span>
      </div>
      <p className="text-sm text-muted">
        {component.required ? t("check.required") : t("check.optional")} ·{" "}
        {t("check.copies", { count: component.count })}
        {component.checkedByName && component.checkedAt
          ? ` · ${t("check.checkedBy", { name: component.checkedByName, at: formatDateTime(component.checkedAt) })}`
          : null}
      </p>
      {component.check === "INVALID" && component.checkNote ? (
        <p className="mt-1 text-sm text-red-900">{component.checkNote}</p>
      ) : null}
      {component.files.length === 0 ? (
        <p className="mt-2 text-sm text-amber-900">{t("check.noFile")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {component.files.map((file) => (
            <li key={file.id}>
              <a
                href={file.href}
                target="_blank"
                rel="noopener noreferrer"
                className="font-semibold text-blue-800 underline"
                aria-label={t("check.openFile", { name: file.fileName })}
              >
                {file.fileName}
              </a>
              <span className="ml-2 text-xs text-muted">
                {t("check.fileMeta", {
                  type: kindOf(file.mediaType),
                  size: kilobytes(file.sizeBytes),
                  at: formatDateTime(file.uploadedAt),
                })}
                {file.source === "SUPPLEMENT" ? ` · ${t("check.supplementFile")}` : null}
              </span>
              {file.mediaType.startsWith("image/") ? (
                // eslint-disable-next-line @next/next/no-img-element -- a signed, short-lived link; not for next/image
                <img
                  src={file.href}
                  alt={t("check.imageAlt", { name: file.fileName, component: component.name })}
                  className="mt-2 max-h-96 max-w-full rounded border border-gray-200"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {checkable ? (
        <ComponentCheckForm
          dossierId={dossierId}
          position={component.position}
          componentName={component.name}
          note={component.checkNote}
        />
      ) : null}
    </li>
  );
}

export async function OnlineCheckView({ detail }: { detail: OnlineIntakeDetail }) {
  const t = await getTranslations("onlineQueue");
  const notice = detail.supplementNotice;
  const waitingCitizen = detail.status === "WAITING_SUPPLEMENT";
  return (
    <>
      <Link href={QUEUE_PATH} className="mb-3 inline-block text-sm text-blue-800 underline">
        {t("check.back")}
      </Link>
      <PageHeader title={t("check.title", { code: detail.code })} description={t("check.intro")} />
      <FactList
        className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3"
        testId="intake-facts"
        facts={[
          [t("check.facts.procedure"), detail.procedure.name],
          [t("check.facts.applicant"), detail.applicant.name],
          [t("check.facts.idNumber"), detail.applicant.idNumber],
          [t("check.facts.phone"), detail.applicant.phone],
          [t("check.facts.email"), detail.applicant.email ?? "—"],
          [t("check.facts.address"), detail.applicant.address],
          [
            t("check.facts.delivery"),
            t(`check.delivery.${detail.resultDelivery as "AT_DESK" | "POST" | "ELECTRONIC"}`),
          ],
          [t("check.facts.submittedAt"), formatDateTime(detail.submittedAt)],
          [t("check.facts.age"), t("age", { ...detail.age })],
          [
            t("check.facts.dueAt"),
            <span key="due">
              {formatDateTime(detail.intakeDueAt)}
              {detail.overdue ? (
                <span className="ml-1 rounded-full border border-red-800 bg-red-50 px-2 py-0.5 text-xs text-red-900">
                  {t("overdue")}
                </span>
              ) : null}
            </span>,
          ],
          ...(detail.note ? [[t("check.facts.note"), detail.note] as const] : []),
        ]}
      />
      {detail.awaitingPayment ? (
        <p role="note" className="mt-4 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-sm">
          {t("check.awaitingPayment")}
        </p>
      ) : null}
      {notice && waitingCitizen ? (
        <p
          role="note"
          className="mt-4 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-sm"
          data-testid="waiting-citizen"
        >
          {t("check.waitingCitizen", { number: notice.number, at: formatDateTime(notice.issuedAt) })}{" "}
          <Link href={`/in/phieu/${encodeURIComponent(notice.number)}`} className="underline">
            {t("check.printNotice", { number: notice.number })}
          </Link>
        </p>
      ) : null}
      {notice?.answeredAt && !waitingCitizen ? (
        <p
          role="note"
          className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm"
          data-testid="supplement-answered"
        >
          {t("check.answered", { number: notice.number, at: formatDateTime(notice.answeredAt) })}
        </p>
      ) : null}

      <Section id="intake-components" title={t("check.componentsTitle")}>
        <ul className="space-y-4">
          {detail.components.map((component) => (
            <ComponentCard
              key={component.position}
              component={component}
              dossierId={detail.id}
              checkable={!waitingCitizen}
              t={t}
            />
          ))}
        </ul>
      </Section>

      {waitingCitizen ? (
        <p className="mt-8">
          <Link href={QUEUE_PATH} className={buttonClass("secondary")}>
            {t("check.backToQueue")}
          </Link>
        </p>
      ) : (
        <Section id="intake-decision" title={t("check.decisionsTitle")}>
          <DecisionForms
            dossierId={detail.id}
            version={detail.version}
            canReceive={detail.readiness.canReceive && !detail.awaitingPayment}
            canRequestSupplement={detail.readiness.canRequestSupplement}
            receiveBlocked={detail.awaitingPayment ? t("check.awaitingPayment") : receiveProblem(detail.components)}
            supplementBlocked={supplementProblem(detail.components)}
          />
        </Section>
      )}
    </>
  );
}
