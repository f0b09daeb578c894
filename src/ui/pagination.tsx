import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Builds `path?…&trang=n`, keeping the other (non-empty) query parameters. */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("trang", String(page));
  else query.delete("trang");
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Reads the `trang` query parameter: a positive integer, 1 otherwise. */
export function parsePage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1;
}

/** Previous / next links with "page x of y"; the query string carries the filters, so it works without JavaScript. */
export async function Pagination({
  path,
  params,
  page,
  pageSize,
  total,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = await getTranslations("pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const link = "rounded-md border border-gray-400 bg-white px-3 py-1.5 hover:bg-gray-100";
  const disabled = "rounded-md border border-gray-200 px-3 py-1.5 text-gray-500";
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p>{t("status", { page: Math.min(page, pages), pages, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={pageHref(path, params, Math.min(page - 1, pages))} rel="prev">
            {t("previous")}
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            {t("previous")}
          </span>
        )}
        {page < pages ? (
          <Link className={link} href={pageHref(path, params, page + 1)} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            {t("next")}
          </span>
        )}
      </div>
    </nav>
  );
}
