// Câu trả lời phản ánh, kiến nghị đã công khai: per unit, without the sender, the contact or the content (Nghị định
// 13/2023): the classification, the office, the dates and the answer.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/dates";
import { FilterForm, SelectField, Button } from "@/ui/form";
import { feedbackLabels } from "./labels";
import { FEEDBACK_PUBLISHED_PATH } from "./paths";

export async function PublishedAnswers({
  units,
  unitId,
  answers,
}: {
  units: readonly { id: string; name: string }[];
  unitId: string | null;
  answers: readonly {
    code: string;
    category: keyof Awaited<ReturnType<typeof feedbackLabels>>["category"] | null;
    answer: string | null;
    receivedAt: Date;
    publishedAt: Date | null;
    unit: { name: string };
    office: { name: string } | null;
  }[];
}) {
  const t = await getTranslations("feedback.published");
  const labels = await feedbackLabels();
  return (
    <>
      <FilterForm action={FEEDBACK_PUBLISHED_PATH} label={t("filter")} className="mb-4">
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            id="don-vi"
            name="don-vi"
            label={t("unit")}
            any={t("allUnits")}
            choices={units.map((unit) => ({ value: unit.id, label: unit.name }))}
            defaultValue={unitId}
          />
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </div>
      </FilterForm>
      {answers.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="space-y-4" data-testid="published-answers">
        {answers.map((item) => (
          <li key={item.code} className="rounded-xl border border-gray-200 bg-white p-4">
            <h2 className="font-semibold">
              {item.code} · {item.category ? labels.category[item.category] : labels.category.OTHER}
            </h2>
            <p className="text-sm text-muted">
              {t("meta", {
                unit: item.office ? `${item.office.name} — ${item.unit.name}` : item.unit.name,
                received: formatDate(item.receivedAt),
                published: formatDate(item.publishedAt!),
              })}
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words">{item.answer}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
