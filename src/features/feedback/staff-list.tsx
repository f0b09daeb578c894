// Phản ánh, kiến nghị in the reader's scope: filters (status, classification, overdue) as a GET form, the newest
// first, each with its deadline and whether it is overdue. No sender's name here (the item's page shows it).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES } from "@/domain/feedback";
import { formatDate } from "@/lib/dates";
import type { FeedbackFilter, FeedbackListRow } from "@/server/data/feedback";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Button, FilterForm, SelectField } from "@/ui/form";
import { CATEGORY_SLUGS, STATUS_SLUGS } from "./filters";
import { feedbackLabels } from "./labels";
import { STAFF_FEEDBACK_PATH, staffFeedbackPath } from "./paths";

export async function StaffFeedbackList({
  rows,
  total,
  filter,
}: {
  rows: readonly FeedbackListRow[];
  total: number;
  filter: FeedbackFilter;
}) {
  const t = await getTranslations("feedback.staff");
  const labels = await feedbackLabels();
  return (
    <>
      <FilterForm action={STAFF_FEEDBACK_PATH} label={t("filter")} className="mb-4" testId="feedback-filter">
        <div className="grid gap-3 sm:grid-cols-4 sm:items-end">
          <SelectField
            id="trang-thai"
            name="trang-thai"
            label={t("status")}
            any={t("all")}
            choices={FEEDBACK_STATUSES.map((status) => ({ value: STATUS_SLUGS[status], label: labels.status[status] }))}
            defaultValue={filter.status ? STATUS_SLUGS[filter.status] : ""}
          />
          <SelectField
            id="loai"
            name="loai"
            label={t("category")}
            any={t("all")}
            choices={[
              ...FEEDBACK_CATEGORIES.map((category) => ({
                value: CATEGORY_SLUGS[category],
                label: labels.category[category],
              })),
              { value: CATEGORY_SLUGS.UNCLASSIFIED, label: t("unclassified") },
            ]}
            defaultValue={filter.category ? CATEGORY_SLUGS[filter.category] : ""}
          />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="qua-han" value="co" defaultChecked={filter.overdue} />
            {t("overdueOnly")}
          </label>
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
        </div>
      </FilterForm>
      <DataTable
        caption={t("caption", { shown: rows.length, total })}
        label={t("title")}
        columns={[t("code"), t("subject"), t("status"), t("category"), t("received"), t("due")]}
        empty={rows.length === 0 ? t("empty") : null}
        testId="feedback-list"
      >
        {rows.map((row) => {
          const due = row.status === "ANSWERED" ? row.publishDueAt : row.answerDueAt;
          return (
            <tr key={row.id}>
              <RowHeader className="whitespace-nowrap tabular-nums">
                <Link href={staffFeedbackPath(row.code)} className="text-blue-800 underline">
                  {row.code}
                </Link>
              </RowHeader>
              <td className={tdClass}>
                {row.subject}
                <span className="block text-muted">
                  {row.office ? `${row.office.name} — ${row.unit.name}` : row.unit.name}
                </span>
              </td>
              <td className={tdClass}>
                {labels.status[row.status]}
                {row.overdue ? <span className="block font-semibold text-red-800">{t("overdue")}</span> : null}
              </td>
              <td className={tdClass}>{row.category ? labels.category[row.category] : t("unclassified")}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{formatDate(row.receivedAt)}</td>
              <td className={`${tdClass} whitespace-nowrap`}>
                {due && (row.status === "RECEIVED" || row.status === "ANSWERED") ? formatDate(due) : "—"}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
