import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, startOfVietnamDay } from "@/lib/dates";
import { readableUnitIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { warningCounts } from "@/server/data/early-warning";
import { EXPORT_MAX_ROWS, loadFilterChoices, loadWorklist, type CappedCount } from "@/server/data/worklists";
import { EarlyWarnings } from "@/ui/early-warnings";
import { buttonClass, pillClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import {
  classifySearch,
  filterToParams,
  OFFSET_PAGE_MAX,
  parseWorklistParams,
  QUICK_FILTERS,
  resolveScope,
  scopesFor,
  worklistHref,
  type SearchParams,
} from "@/domain/worklist";
import { GoToPage } from "./go-to-page";
import { WorklistFilters } from "./worklist-filters";
import { WorklistResults } from "./worklist-results";

/**
 * The worklist (danh sách hồ sơ) of the signed-in user: scope tabs, quick deadline filters with their counts, the
 * filter form, one page of dossiers and paging. A server component any page can render; everything it shows comes
 * from the URL, so filtered lists can be shared and bookmarked.
 */
export async function Worklist({
  user,
  searchParams,
  path = "/ho-so",
}: {
  user: SessionUser;
  searchParams: SearchParams | Promise<SearchParams>;
  path?: string;
}) {
  const { filter, errors, raw } = parseWorklistParams(await searchParams);
  const readable =
    user.role === "INSPECTOR" || user.role === "LEADERSHIP" ? await readableUnitIds(user) : [user.unitId];
  const scopeKey = resolveScope(user, filter.scope, readable)?.key ?? "unit";
  const [t, tLost, page, choices, warnings] = await Promise.all([
    getTranslations("worklists"),
    getTranslations("decision766.worklist"),
    loadWorklist(user, filter, { readableUnitIds: readable }),
    loadFilterChoices(user, scopeKey),
    warningCounts(user),
  ]);
  if (!page) {
    return (
      <>
        <PageHeader title={t("title.none")} />
        <p className="rounded-md border border-gray-200 bg-white px-4 py-6 text-center">{t("noScope")}</p>
      </>
    );
  }
  const scopes = scopesFor(user);
  const errorList = Object.values(errors);
  const count = (value: CappedCount) =>
    value.capped ? t("countCapped", { count: value.value }) : t("count", { count: value.value });
  const caption = `${t(`title.${page.scopeKey}`)} — ${count(page.total)}`;
  const pages = page.total.capped ? null : Math.max(1, Math.ceil(page.total.value / page.pageSize));
  // A code-prefix search lists by code, whatever the sort (CODE_SEARCH_KEY): say so beside the count.
  const search = filter.search ? classifySearch(filter.search) : null;
  const codeSearch = search?.kind === "code" && !search.exact;
  return (
    <>
      <PageHeader title={t(`title.${page.scopeKey}`)} description={t(`intro.${page.scopeKey}.${user.role}`)} />
      <EarlyWarnings role={user.role} counts={warnings} variant="strip" />
      {filter.lost766 ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
          data-testid="worklist-lost-766"
        >
          {tLost("notice", { id: filter.lost766, label: tLost(`labels.${filter.lost766.replace(".", "_")}`) })}{" "}
          <Link href={worklistHref(path, filter, { lost766: null })} className="underline">
            {tLost("clear")}
          </Link>
        </p>
      ) : null}
      {scopes.length > 1 ? (
        <nav aria-label={t("scopeLabel")} className="mb-4 border-b border-gray-200">
          <ul className="flex flex-wrap gap-1">
            {scopes.map((key) => {
              const current = key === page.scopeKey;
              return (
                <li key={key}>
                  <Link
                    href={worklistHref(path, filter, { scope: key === scopes[0] ? null : key, quick: "all" })}
                    aria-current={current ? "page" : undefined}
                    className={`inline-block border-b-2 px-3 py-2 text-sm ${current ? "border-brand-700 font-semibold text-brand-700" : "border-transparent hover:border-gray-300"}`}
                  >
                    {t(`scope.${key}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <nav aria-label={t("quickLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {QUICK_FILTERS.map((quick) => {
            const current = quick === filter.quick;
            return (
              <li key={quick}>
                <Link
                  href={worklistHref(path, filter, { quick })}
                  aria-current={current ? "page" : undefined}
                  className={pillClass(current)}
                  data-quick={quick}
                >
                  {t(`quick.${quick}`)}
                  <span
                    className={`rounded-full px-1.5 text-xs tabular-nums ${current ? "bg-white/20" : "bg-gray-100"}`}
                    data-testid={`count-${quick}`}
                  >
                    {page.counts[quick].capped ? `${page.counts[quick].value}+` : page.counts[quick].value}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="mt-2 text-xs text-muted">
          {t("dueSoonExplained", {
            days: page.dueSoonWorkingDays,
            date: formatDate(startOfVietnamDay(page.bounds.horizon)),
          })}
        </p>
      </nav>
      {errorList.length > 0 ? (
        <div role="alert" className="mb-4 rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">{t("filters.invalid")}</p>
          <ul className="mt-1 list-disc pl-5">
            {errorList.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <WorklistFilters path={path} filter={filter} errors={errors} raw={raw} choices={choices} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm" role="status" data-testid="worklist-count">
          {count(page.total)}
          {codeSearch ? <span className="ml-2 text-muted">{t("codeSearchOrder")}</span> : null}
        </p>
        {page.total.value > 0 ? (
          <a
            href={`/api/ho-so/xuat?${new URLSearchParams(filterToParams({ ...filter, page: 1, cursor: null })).toString()}`}
            className={buttonClass("secondary", "sm")}
            title={t("export.hint", { max: EXPORT_MAX_ROWS })}
            download
            data-testid="worklist-export"
          >
            {t("export.link")}
          </a>
        ) : null}
      </div>
      {page.rows.length > 0 ? (
        <WorklistResults rows={page.rows} caption={caption} />
      ) : (
        <p className="rounded-md border border-gray-200 bg-white px-4 py-6 text-center">
          {page.page > 1 ? t("emptyPage") : t("empty")}
        </p>
      )}
      {page.previous || page.next ? (
        <nav
          aria-label={t("pagination.label")}
          className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm"
        >
          <p>
            {pages
              ? t("pagination.status", { page: page.page, pages })
              : t("pagination.statusOpen", { page: page.page })}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            {pages && pages > 2 ? (
              <GoToPage path={path} filter={filter} pages={Math.min(pages, OFFSET_PAGE_MAX)} current={page.page} />
            ) : null}
            {page.previous ? (
              <Link
                className={buttonClass("secondary", "sm")}
                href={
                  page.previous.cursor
                    ? worklistHref(path, filter, { cursor: page.previous.cursor })
                    : worklistHref(path, filter, { page: 1 })
                }
                rel="prev"
              >
                {t("pagination.previous")}
              </Link>
            ) : null}
            {page.next ? (
              <Link
                className={buttonClass("secondary", "sm")}
                href={worklistHref(path, filter, { cursor: page.next })}
                rel="next"
              >
                {t("pagination.next")}
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </>
  );
}
