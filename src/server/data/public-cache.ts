import "server-only";
// The public pages' data, cached across requests (issue 13 item 5): the portal's owner (header and footer), the home's
// figures and fields, the catalogue's unfiltered listings, a procedure's page and the results board (public-board.ts).
// Next renders the pages per request (the CSP nonce of src/proxy.ts); the anonymous documents are then kept by the web
// server's page cache (src/server/public-page-cache.ts), and their data comes from Next's Data Cache (unstable_cache:
// the `cacheComponents`/"use cache" model would change how every page of the app renders), refreshed at most every
// PUBLIC_FIGURES_REVALIDATE_SECONDS or at once by revalidateTag(PUBLIC_FIGURES_TAG).
// Only published, non-personal data goes in here.
import { unstable_cache, updateTag } from "next/cache";
import { getPublicFigures } from "@/server/data/dashboard";
import { getProcedureDetail, listFieldsWithCounts, searchProcedures, type CatalogueQuery } from "@/server/data/catalogue";
import { PUBLIC_FIGURES_REVALIDATE_SECONDS, PUBLIC_FIGURES_TAG } from "@/server/data/public-board";
import { db } from "@/server/db";
import { purgePublicPageCache } from "@/server/public-page-cache";

const options = { revalidate: PUBLIC_FIGURES_REVALIDATE_SECONDS, tags: [PUBLIC_FIGURES_TAG] };

/**
 * After the catalogue or the organisation changed (server actions only): the public data is read again and the cached
 * public documents of this process are dropped, so the next visitor sees the change.
 */
export function publicDataChanged(): void {
  updateTag(PUBLIC_FIGURES_TAG);
  purgePublicPageCache();
}

/**
 * Who runs the portal, as the public header and footer name it: the top unit in force of the administrative tree
 * (the province or city), with its address, opening hours and phone as the organisation administration keeps them.
 * Null before any unit is recorded.
 */
export const getCachedPortalOwner = unstable_cache(
  () =>
    db.administrativeUnit.findFirst({
      where: { parentId: null, successorId: null, effectiveTo: null, active: true },
      select: { name: true, kindLabel: true, address: true, openingHours: true, phone: true },
      orderBy: [{ level: "asc" }, { code: "asc" }],
    }),
  ["public-portal-owner"],
  options,
);

/** The home's figures with the instant they were read (shown as "Số liệu cập nhật lúc …"). */
export const getCachedPublicFigures = unstable_cache(
  async () => ({ figures: await getPublicFigures(), computedAt: new Date().toISOString() }),
  ["public-home-figures"],
  options,
);

export const getCachedFieldsWithCounts = unstable_cache(listFieldsWithCounts, ["public-fields"], options);

const cachedListing = unstable_cache(
  (fieldCode: string | null, level: CatalogueQuery["level"] | null, page: number, pageSize: number) =>
    searchProcedures({ fieldCode: fieldCode ?? undefined, level: level ?? undefined, page, pageSize }),
  ["public-catalogue-listing"],
  options,
);

/** Listings by field, level and page are few and cached; a free-text search is read live (its keys are unbounded). */
export function searchProceduresCached(query: CatalogueQuery) {
  if (query.text) return searchProcedures(query);
  return cachedListing(query.fieldCode ?? null, query.level ?? null, query.page, query.pageSize);
}

// The Data Cache stores JSON: a procedure's dates travel as ISO strings and are revived here.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const cachedProcedureJson = unstable_cache(
  async (code: string) => {
    const detail = await getProcedureDetail(code);
    return detail ? JSON.stringify(detail) : null;
  },
  ["public-procedure"],
  options,
);

export async function getProcedureDetailCached(code: string) {
  const json = await cachedProcedureJson(code);
  if (json === null) return null;
  return JSON.parse(json, (_key, value: unknown) =>
    typeof value === "string" && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as NonNullable<Awaited<ReturnType<typeof getProcedureDetail>>>;
}
