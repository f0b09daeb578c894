import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { auditLogParamsOf, parseAuditLogParams } from "@/domain/audit/log-filter";
import { AUDIT_LOG_PATH, AuditLogFilterForm } from "@/features/audit-log/audit-log-filter-form";
import { AuditLogTable } from "@/features/audit-log/audit-log-table";
import { requireUser } from "@/server/auth/guard";
import { searchAuditLog } from "@/server/data/audit-log";
import { PageHeader } from "@/ui/page-header";
import { Pagination } from "@/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

/** Nhật ký truy cập: who read which citizen's data, and the other audited actions (ADMIN). */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser(STAFF_PAGES["/quan-tri/nhat-ky"], AUDIT_LOG_PATH);
  const { filter, errors, raw } = parseAuditLogParams(await searchParams);
  const [t, result] = await Promise.all([getTranslations("auditLog"), searchAuditLog(filter)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <AuditLogFilterForm filter={filter} raw={raw} errors={errors} />
      <p className="mb-2 mt-4 text-sm" role="status" data-testid="audit-log-count">
        {t("count", { count: result.total })}
      </p>
      <AuditLogTable rows={result.rows} caption={t("caption")} />
      <Pagination
        path={AUDIT_LOG_PATH}
        params={auditLogParamsOf(filter)}
        page={filter.page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </>
  );
}
