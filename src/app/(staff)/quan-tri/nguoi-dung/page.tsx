import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserFilterForm } from "@/features/admin/user-filter-form";
import { UserTable } from "@/features/admin/user-table";
import type { Role } from "@/generated/prisma/enums";
import { requireUser, unitTreeIds } from "@/server/auth/guard";
import { ROLES, STAFF_PAGES } from "@/domain/access";
import { listUnitOptions, listUsers } from "@/server/data/users";
import { buttonClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Pagination, parsePage } from "@/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

const PAGE_SIZE = 30;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireUser(STAFF_PAGES["/quan-tri/nguoi-dung"], "/quan-tri/nguoi-dung");
  const managedUnitIds = await unitTreeIds(admin.unitId);
  const params = await searchParams;
  const roleParam = first(params["vai-tro"]);
  const role = (ROLES as readonly string[]).includes(roleParam as Role) ? (roleParam as Role) : undefined;
  const page = parsePage(params.trang);
  const [t, tAdmin, units] = await Promise.all([
    getTranslations("users"),
    getTranslations("userAdmin"),
    listUnitOptions(managedUnitIds),
  ]);
  const unitParam = first(params["don-vi"]);
  const unitId = units.some((unit) => unit.id === unitParam) ? unitParam : undefined;
  const result = await listUsers({ managedUnitIds, unitId, role, page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")}>
        <Link href="/quan-tri/nguoi-dung/moi" className={buttonClass("primary", "md")}>
          {tAdmin("newLink")}
        </Link>
      </PageHeader>
      <UserFilterForm units={units} unitId={unitId} role={role} />
      <p className="mb-2 mt-4 text-sm" role="status" data-testid="users-count">
        {t("count", { count: result.total })}
      </p>
      {result.rows.length > 0 ? (
        <>
          <UserTable rows={result.rows} caption={t("caption")} />
          <Pagination
            path="/quan-tri/nguoi-dung"
            params={{ "don-vi": unitId, "vai-tro": role }}
            page={page}
            pageSize={PAGE_SIZE}
            total={result.total}
          />
        </>
      ) : (
        <p className="rounded-md border border-gray-200 bg-white px-4 py-6 text-center">{t("empty")}</p>
      )}
    </>
  );
}
