import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogueSearchForm, type LevelParam } from "@/features/catalogue/catalogue-search-form";
import { ProcedureTable } from "@/features/catalogue/procedure-table";
import { queryText } from "@/lib/text-input";
import { getCachedFieldsWithCounts, searchProceduresCached } from "@/server/data/public-cache";
import { PageHeader } from "@/ui/page-header";
import { Pagination, parsePage } from "@/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("title") };
}

const PAGE_SIZE = 20;
const LEVELS = { xa: "COMMUNE", huyen: "DISTRICT" } as const;

export default async function CataloguePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // The shared boundary parser: a control character (NUL…) or an invisible direction mark is refused with a message
  // and never reaches the query.
  const typed = queryText(params.q, 120);
  const text = (typed.ok && typed.value) || undefined;
  const fieldParam = queryText(params["linh-vuc"], 40);
  const levelParam = queryText(params.cap, 10);
  const level: LevelParam | undefined =
    levelParam.ok && (levelParam.value === "xa" || levelParam.value === "huyen") ? levelParam.value : undefined;
  const page = parsePage(params.trang);

  const [t, fields] = await Promise.all([getTranslations("catalogue"), getCachedFieldsWithCounts()]);
  const fieldCode =
    fieldParam.ok && fields.some((field) => field.code === fieldParam.value) ? fieldParam.value : undefined;
  const result = await searchProceduresCached({
    text,
    fieldCode,
    level: level ? LEVELS[level] : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = Boolean(text || fieldCode || level);

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <CatalogueSearchForm text={text} fieldCode={fieldCode} level={level} fields={fields} />
      {typed.ok ? null : (
        <p className="mt-3 text-sm text-red-800" role="alert" data-testid="catalogue-query-error">
          {typed.message}
        </p>
      )}
      <p className="mt-4 text-sm" role="status" data-testid="catalogue-count">
        {filtered ? t("resultCount", { count: result.total }) : t("totalCount", { count: result.total })}
      </p>
      {result.rows.length > 0 ? (
        <div className="mt-2">
          <ProcedureTable rows={result.rows} caption={t("tableCaption")} />
          <Pagination
            path="/thu-tuc"
            params={{ q: text, "linh-vuc": fieldCode, cap: level }}
            page={page}
            pageSize={PAGE_SIZE}
            total={result.total}
          />
        </div>
      ) : (
        <p className="mt-2 rounded-md border border-gray-200 bg-white px-4 py-6 text-center">{t("noResults")}</p>
      )}
    </>
  );
}
