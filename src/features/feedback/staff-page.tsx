// One feedback item for staff: the facts (with the sender's name and contact, a read that is audited), each stage's
// deadline and judgement, the texts, the history, and the actions this user may take now.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  availableFeedbackActions,
  FEEDBACK_CATEGORIES,
  FEEDBACK_DEADLINE_DAYS,
  type FeedbackAction,
} from "@/domain/feedback";
import { maskContact } from "@/domain/online-submission";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import type { StaffFeedback } from "@/server/data/feedback";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { FactList } from "@/ui/fact-list";
import { Section } from "@/ui/section";
import { feedbackLabels } from "./labels";
import { StaffFeedbackActions } from "./staff-actions";

const textBlock = "whitespace-pre-wrap break-words rounded-md border border-gray-200 bg-white p-3";

export async function StaffFeedbackPage({ data, user }: { data: StaffFeedback; user: SessionUser }) {
  const t = await getTranslations("feedback.staff");
  const labels = await feedbackLabels();
  const { item, stages } = data;
  const actions: FeedbackAction[] = availableFeedbackActions(item, {
    kind: "staff",
    role: user.role,
    unitId: user.unitId,
    officeId: user.officeId,
  });
  const stageRows = [
    ["refuse", t("stageRefuse", { days: FEEDBACK_DEADLINE_DAYS.refuse }), item.refuseDueAt, item.refusedAt],
    ["requestInfo", t("stageInfo", { days: FEEDBACK_DEADLINE_DAYS.requestInfo }), item.infoDueAt, item.infoRequestedAt],
    ["answer", t("stageAnswer", { days: FEEDBACK_DEADLINE_DAYS.answer }), item.answerDueAt, item.answeredAt],
    ["publish", t("stagePublish", { days: FEEDBACK_DEADLINE_DAYS.publish }), item.publishDueAt, item.publishedAt],
  ] as const;
  return (
    <>
      {data.overdue ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900"
        >
          {t("overdueBanner")}
        </p>
      ) : null}
      <FactList
        className="grid gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-3"
        testId="feedback-facts"
        facts={[
          [
            t("status"),
            <span key="s" data-testid="feedback-status">
              {labels.status[item.status]}
            </span>,
          ],
          [t("category"), item.category ? labels.category[item.category] : t("unclassified")],
          [t("channel"), labels.channel[item.channel]],
          [t("unit"), item.unit.name],
          [t("office"), item.office?.name ?? t("noOffice")],
          [
            t("dossier"),
            item.dossier ? (
              <Link key="d" className="text-blue-800 underline" href={`/ho-so/${item.dossier.code}`}>
                {item.dossier.code}
              </Link>
            ) : (
              "—"
            ),
          ],
          [t("sender"), item.citizenName],
          [
            t("contact"),
            item.contact
              ? maskContact({ kind: item.contact.kind, value: item.contact.value })
              : (item.contactText ?? "—"),
          ],
          [t("received"), formatDateTime(item.receivedAt)],
          [t("verdict"), item.verdict ? labels.verdict[item.verdict] : "—"],
        ]}
      />
      <Section title={t("contentTitle")} id="feedback-content">
        <h3 className="mb-1 font-semibold">{item.subject}</h3>
        <p className={textBlock}>{item.content}</p>
        {item.infoRequest ? (
          <>
            <h3 className="mb-1 mt-3 font-semibold">{t("infoRequest")}</h3>
            <p className={textBlock}>{item.infoRequest}</p>
          </>
        ) : null}
        {item.infoSupplied ? (
          <>
            <h3 className="mb-1 mt-3 font-semibold">{t("infoSupplied")}</h3>
            <p className={textBlock}>{item.infoSupplied}</p>
          </>
        ) : null}
        {item.refusalReason ? (
          <>
            <h3 className="mb-1 mt-3 font-semibold">{t("refusal")}</h3>
            <p className={textBlock}>{item.refusalReason}</p>
          </>
        ) : null}
        {item.answer ? (
          <>
            <h3 className="mb-1 mt-3 font-semibold">
              {t("answerBy", { name: item.answeredBy?.fullName ?? "—", date: formatDate(item.answeredAt!) })}
            </h3>
            <p className={textBlock} data-testid="feedback-answer">
              {item.answer}
            </p>
          </>
        ) : null}
      </Section>
      <Section title={t("deadlines")} id="feedback-deadlines">
        <DataTable
          caption={t("deadlinesCaption")}
          label={t("deadlines")}
          columns={[t("stage"), t("due"), t("doneAt"), t("judgement")]}
          testId="feedback-stages"
        >
          {stageRows.map(([key, label, due, doneAt]) => (
            <tr key={key}>
              <RowHeader>{label}</RowHeader>
              <td className={`${tdClass} whitespace-nowrap`}>{due ? formatDateTime(due) : "—"}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{doneAt ? formatDateTime(doneAt) : "—"}</td>
              <td className={tdClass} data-testid={`stage-${key}`}>
                {labels.stage[stages[key]]}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      {actions.length > 0 ? (
        <Section title={t("actionsTitle")} id="feedback-actions">
          <StaffFeedbackActions
            feedbackId={item.id}
            version={item.version}
            actions={actions}
            category={item.category}
            officeId={item.officeId}
            offices={data.offices}
            categories={FEEDBACK_CATEGORIES.map((value) => ({ value, label: labels.category[value] }))}
          />
        </Section>
      ) : (
        <p className="mt-6 text-muted">{t("readOnly")}</p>
      )}
      <Section title={t("history")} id="feedback-history">
        <DataTable
          caption={t("historyCaption")}
          label={t("history")}
          columns={[t("when"), t("event"), t("who"), t("note")]}
          testId="feedback-history"
        >
          {item.events.map((event) => (
            <tr key={String(event.id)}>
              <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(event.at)}</td>
              <RowHeader>
                {labels.event[event.type as FeedbackAction] ?? t("otherEvent")}
                {event.toStatus && event.toStatus !== event.fromStatus ? (
                  <span className="block font-normal text-muted">→ {labels.status[event.toStatus]}</span>
                ) : null}
              </RowHeader>
              <td className={tdClass}>{event.actor?.fullName ?? t("citizen")}</td>
              <td className={`${tdClass} whitespace-pre-wrap break-words`}>{event.note ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
