import { getTranslations } from "next-intl/server";
import { filterToParams, PARAM, type WorklistFilter } from "@/domain/worklist";
import { Button, Input } from "@/ui/form";

/**
 * "Đến trang": a small GET form that keeps every filter (hidden fields) and asks for a page number between 1 and
 * `pages` (the last page, at most OFFSET_PAGE_MAX: a typed page is read by OFFSET; deeper pages by "Trang sau").
 * Works without JavaScript.
 */
export async function GoToPage({
  path,
  filter,
  pages,
  current,
}: {
  path: string;
  filter: WorklistFilter;
  pages: number;
  current: number;
}) {
  const t = await getTranslations("worklists");
  const kept = Object.entries(filterToParams({ ...filter, page: 1, cursor: null }));
  return (
    <form action={path} method="get" className="flex items-center gap-2" data-testid="worklist-go-to-page">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="worklist-page" className="whitespace-nowrap">
        {t("pagination.goTo")}
      </label>
      <Input
        id="worklist-page"
        name={PARAM.page}
        type="number"
        inputMode="numeric"
        min={1}
        max={pages}
        defaultValue={Math.min(current, pages)}
        className="w-20"
      />
      <Button type="submit" variant="secondary" size="sm">
        {t("pagination.go")}
      </Button>
    </form>
  );
}
