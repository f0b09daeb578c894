import Link from "next/link";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { lookUpDossierForCitizen } from "@/server/data/tracking";
import { ActionBox } from "./action-box";
import { ApologyList } from "./apology-list";
import { ElectronicResultDownload } from "./electronic-result-download";
import { IntakeSupplementUpload } from "./intake-supplement-upload";
import { LookupMessage } from "./lookup-message";
import { PostalReturn } from "./postal-return";
import { StatusCard } from "./status-card";
import { TimelineList } from "./timeline-list";
import type { TrackingView } from "@/domain/tracking/view-model";
import {
  actionWording,
  apologyWording,
  appointmentWording,
  formatPublicDateTime,
  timelineWording,
  timelinessWording,
  type Translate,
} from "./wording";

interface TrackingResultProps {
  /** `ma` of /tra-cuu. */
  code?: string;
  /** `xac-thuc` of /tra-cuu: the phone's last 4 digits or the tracking key. */
  factor?: string;
  /** Older name of `factor`, accepted so either spelling of the page works. */
  secret?: string;
}

/**
 * Tra cứu hồ sơ: looks the dossier up (validated, rate-limited) and shows the public view, or one neutral message.
 * A pure server component: nothing here runs in the browser. Renders nothing until the visitor has typed something.
 */
export async function TrackingResult({ code, factor, secret }: TrackingResultProps) {
  const typedCode = code?.trim() ?? "";
  const typedFactor = (factor ?? secret)?.trim() ?? "";
  if (typedCode === "" && typedFactor === "") return null;

  const [result, t, locale] = await Promise.all([
    lookUpDossierForCitizen({ code: typedCode, factor: typedFactor }, await headers()),
    getTranslations("tracking"),
    getLocale(),
  ]);
  const translate: Translate = (key, values) => t(key, values);

  switch (result.kind) {
    case "invalid":
      return <LookupMessage tone="neutral" text={locale === "vi" ? result.message : t("result.invalid")} />;
    case "not_found":
      return <LookupMessage tone="neutral" text={t("result.notFound")} help={t("result.help")} />;
    case "blocked":
      return (
        <LookupMessage
          tone="warning"
          text={t(result.reason === "phone_digits" ? "result.blockedDigits" : "result.blocked", {
            minutes: result.minutes,
          })}
          help={t("result.help")}
        />
      );
    case "found":
      return (
        <>
          <TrackingDetails view={result.view} t={translate} vietnamese={locale === "vi"} />
          <ElectronicResultDownload code={typedCode} factor={typedFactor} />
          <PostalReturn code={typedCode} factor={typedFactor} />
          {result.view.status.code === "WAITING_SUPPLEMENT" && !result.view.receivedAt ? (
            <IntakeSupplementUpload code={typedCode} factor={typedFactor} />
          ) : null}
        </>
      );
  }
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="py-2.5 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="mt-0.5 text-base sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

function TrackingDetails({ view, t, vietnamese }: { view: TrackingView; t: Translate; vietnamese: boolean }) {
  // Status texts come from the domain in Vietnamese ("4 xin, 4 luôn"); other languages use the messages.
  const statusTitle = vietnamese ? view.status.title : t(`status.${view.status.code}.title`);
  const statusText = vietnamese ? view.status.text : t(`status.${view.status.code}.text`);
  const appointment = appointmentWording(view.appointment, t);
  const timeliness = timelinessWording(view, t);
  // Only an online registration not yet received can be completed online (the form below); otherwise at the desk.
  const action = actionWording(view, t, view.status.code === "WAITING_SUPPLEMENT" && !view.receivedAt);
  const timeline = view.timeline.map((entry) => ({
    at: entry.at,
    when: formatPublicDateTime(entry.at),
    ...timelineWording(entry, t),
  }));
  const apologies = view.apologies.map((apology) => apologyWording(apology, t));

  return (
    <article aria-labelledby="tracking-result-title" className="max-w-3xl space-y-5">
      <h2 id="tracking-result-title" className="break-words text-xl font-semibold text-brand-700">
        {t("result.heading", { code: view.code })}
      </h2>

      <StatusCard status={view.status.code} label={t("statusLabel")} title={statusTitle} text={statusText} />

      {action ? <ActionBox title={t("action.title")} text={action} urgent={view.status.actionNeeded} /> : null}

      <section
        aria-labelledby="tracking-details-title"
        className="rounded-xl border border-gray-200 bg-white px-4 py-2"
      >
        <h3 id="tracking-details-title" className="sr-only">
          {t("details.title")}
        </h3>
        <dl className="divide-y divide-gray-200">
          <Fact term={t("details.applicant")}>{view.maskedApplicantName}</Fact>
          <Fact term={t("details.procedure")}>
            <span className="block">{view.procedure.name}</span>
            <Link
              href={`/thu-tuc/${encodeURIComponent(view.procedure.code)}`}
              className="mt-1 inline-flex min-h-11 items-center text-blue-800 underline"
            >
              {t("details.procedureLink")}
            </Link>
          </Fact>
          <Fact term={t("details.receivingUnit")}>{view.receivingUnit.name}</Fact>
          {view.receivedAt ? (
            <Fact term={t("details.receivedAt")}>{formatPublicDateTime(view.receivedAt)}</Fact>
          ) : (
            <Fact term={t("details.submittedAt")}>
              {formatPublicDateTime(view.submittedAt)} · {t("details.notReceivedYet")}
            </Fact>
          )}
          <Fact term={t("details.appointment")}>
            <span className={appointment.note ? "font-semibold text-amber-900" : "font-semibold"}>
              {appointment.value}
            </span>
            {appointment.note ? <span className="mt-1 block">{appointment.note}</span> : null}
          </Fact>
          {timeliness ? <Fact term={t("details.timeliness")}>{timeliness}</Fact> : null}
          {view.returnedAt ? <Fact term={t("details.returnedAt")}>{formatPublicDateTime(view.returnedAt)}</Fact> : null}
        </dl>
      </section>

      <ApologyList title={t("apologies.title")} intro={t("apologies.intro")} items={apologies} />

      <TimelineList title={t("timeline.title")} empty={t("timeline.empty")} items={timeline} />
    </article>
  );
}
