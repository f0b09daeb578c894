import "server-only";
// The public catalogue for API clients: the public pages' own loaders (src/server/data/catalogue.ts), with dates
// written as yyyy-MM-dd.
import { DEFAULT_CATALOGUE_PAGE_SIZE } from "@/domain/api";
import { getProcedureDetail, searchProcedures } from "@/server/data/catalogue";
import { dayOfDateColumn } from "@/lib/dates";

const dateKey = (value: Date | null) => (value ? dayOfDateColumn(value) : null);

export async function listApiProcedures(query: {
  q?: string;
  field?: string;
  level?: "COMMUNE" | "DISTRICT";
  page?: number;
  limit?: number;
}) {
  const page = query.page ?? 1;
  const limit = query.limit ?? DEFAULT_CATALOGUE_PAGE_SIZE;
  const result = await searchProcedures({
    text: query.q,
    fieldCode: query.field,
    level: query.level,
    page,
    pageSize: limit,
  });
  return { items: result.rows, total: result.total, page, limit };
}

export async function getApiProcedure(code: string) {
  const detail = await getProcedureDetail(code);
  if (!detail) return null;
  const version = <V extends { effectiveFrom: Date; effectiveTo: Date | null }>(v: V) => ({
    ...v,
    effectiveFrom: dateKey(v.effectiveFrom)!,
    effectiveTo: dateKey(v.effectiveTo),
  });
  return {
    ...detail,
    current: detail.current ? version(detail.current) : null,
    versions: detail.versions.map(version),
  };
}
