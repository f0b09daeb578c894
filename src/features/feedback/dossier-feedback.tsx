// "Phản ánh, kiến nghị về hồ sơ" on the staff dossier page (rendered after the page checked the reader's scope): each
// item about the dossier with its classification, status and whether it was handled on time (indicator 5.2's
// judgement); the code links to the item's own page when the reader's role may open it. No sender's data here.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { listDossierFeedback } from "@/server/data/feedback";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";
import { feedbackLabels } from "./labels";
import { staffFeedbackPath } from "./paths";

export async function DossierFeedbackSection({ user, dossierId }: { user: SessionUser; dossierId: string }) {
  const [items, t, labels] = await Promise.all([
    listDossierFeedback(user, dossierId),
    getTranslations("feedback.dossierSection"),
    feedbackLabels(),
  ]);
  return (
    <Section title={t("title")} id="dossier-feedback">
      {items.length === 0 ? (
        <p className="rounded-md border border-gray-200 bg-white px-4 py-3 text-sm">{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption", { count: items.length })}
          captionHidden
          testId="dossier-feedback"
          columns={[t("code"), t("subject"), t("category"), t("status"), t("handling"), t("verdict")]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <RowHeader>
                {item.inScope ? <Link href={staffFeedbackPath(item.code)}>{item.code}</Link> : item.code}
                <span className="block text-muted">{t("received", { date: formatDate(item.receivedAt) })}</span>
              </RowHeader>
              <td className={tdClass}>
                {item.subject}
                {item.office ? <span className="block text-muted">{item.office.name}</span> : null}
              </td>
              <td className={tdClass}>{item.category ? labels.category[item.category] : t("unclassified")}</td>
              <td className={tdClass}>{labels.status[item.status]}</td>
              <td className={tdClass}>{labels.stage[item.handling]}</td>
              <td className={tdClass}>{item.verdict ? labels.verdict[item.verdict] : "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
