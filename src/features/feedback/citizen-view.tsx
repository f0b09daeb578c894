// The citizen's view of one feedback item and the list of their items: status in words, the deadline, the office's
// request or refusal, the answer once published with the verdict buttons. Every text the citizen or staff typed is
// shown as text (React escapes it; whitespace kept).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { CitizenFeedback } from "@/server/data/feedback";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { FactList } from "@/ui/fact-list";
import { SupplyInfoForm, VerdictForm } from "./citizen-forms";
import { feedbackLabels } from "./labels";
import { feedbackTrackingPath } from "./paths";

const textBlock = "mt-1 whitespace-pre-wrap break-words rounded-md border border-gray-200 bg-gray-50 p-3";

export async function CitizenFeedbackView({ item, isNew }: { item: CitizenFeedback; isNew: boolean }) {
  const t = await getTranslations("feedback.track");
  const labels = await feedbackLabels();
  return (
    <article className="max-w-2xl space-y-4 rounded-xl border border-gray-200 bg-white p-5" data-testid="feedback-item">
      {isNew ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3">
          {t("created", { code: item.code, due: formatDate(item.answerDueAt) })}
        </p>
      ) : null}
      <h2 className="text-xl font-semibold text-brand-700">{item.subject}</h2>
      <FactList
        className="grid gap-3 sm:grid-cols-2"
        testId="feedback-facts"
        facts={[
          [t("code"), item.code],
          [
            t("status"),
            <span key="status" data-testid="feedback-status">
              {labels.status[item.status]}
            </span>,
          ],
          [t("unit"), item.office ? `${item.office.name} — ${item.unit.name}` : item.unit.name],
          [t("received"), formatDateTime(item.receivedAt)],
          [t("answerDue"), formatDate(item.answerDueAt)],
          [t("dossier"), item.dossier?.code ?? t("noDossier")],
        ]}
      />
      <div>
        <h3 className="font-semibold">{t("content")}</h3>
        <p className={textBlock}>{item.content}</p>
      </div>
      {item.status === "REFUSED" && item.refusalReason ? (
        <div>
          <h3 className="font-semibold">{t("refusal")}</h3>
          <p className={textBlock}>{item.refusalReason}</p>
        </div>
      ) : null}
      {item.infoRequest ? (
        <div>
          <h3 className="font-semibold">{t("infoRequest")}</h3>
          <p className={textBlock}>{item.infoRequest}</p>
          {item.infoSupplied ? (
            <>
              <h3 className="mt-3 font-semibold">{t("infoSupplied")}</h3>
              <p className={textBlock}>{item.infoSupplied}</p>
            </>
          ) : null}
          {item.status === "NEEDS_INFO" ? <SupplyInfoForm code={item.code} /> : null}
        </div>
      ) : null}
      {item.publishedAt && item.answer ? (
        <div data-testid="feedback-answer">
          <h3 className="font-semibold">{t("answer", { date: formatDate(item.answeredAt ?? item.publishedAt) })}</h3>
          <p className={textBlock}>{item.answer}</p>
          {item.verdict ? (
            <p className="mt-3" data-testid="feedback-verdict">
              {t("verdictGiven", { verdict: labels.verdict[item.verdict], date: formatDate(item.verdictAt!) })}
            </p>
          ) : (
            <VerdictForm code={item.code} />
          )}
        </div>
      ) : item.status === "ANSWERED" ? (
        <p>{t("answerPending")}</p>
      ) : null}
    </article>
  );
}

export async function MyFeedbackList({
  items,
}: {
  items: readonly {
    code: string;
    subject: string;
    status: CitizenFeedback["status"];
    receivedAt: Date;
    unit: { name: string };
  }[];
}) {
  const t = await getTranslations("feedback.track");
  const labels = await feedbackLabels();
  return (
    <DataTable
      caption={t("listCaption", { count: items.length })}
      label={t("listTitle")}
      columns={[t("code"), t("subject"), t("status"), t("received")]}
      empty={items.length === 0 ? t("listEmpty") : null}
      testId="my-feedback"
    >
      {items.map((item) => (
        <tr key={item.code}>
          <RowHeader className="whitespace-nowrap tabular-nums">
            <Link href={feedbackTrackingPath(item.code)} className="text-blue-800 underline">
              {item.code}
            </Link>
          </RowHeader>
          <td className={tdClass}>
            {item.subject}
            <span className="block text-muted">{item.unit.name}</span>
          </td>
          <td className={tdClass}>{labels.status[item.status]}</td>
          <td className={`${tdClass} whitespace-nowrap`}>{formatDate(item.receivedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
