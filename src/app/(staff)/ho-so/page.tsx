import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DossierTable } from "@/features/dashboard/dossier-table";
import { requireUser } from "@/server/auth/guard";
import { listWorkDossiers, myDossierScope } from "@/server/data/dashboard";
import { PageHeader } from "@/ui/page-header";
import { Pagination, parsePage } from "@/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worklist"))("title.assignee") };
}

const PAGE_SIZE = 25;
/** ?han= filter values (Vietnamese slugs) → timeliness class of pending dossiers. */
const MARKERS = { "qua-han": "OVERDUE", "sap-den-han": "DUE_SOON", "trong-han": "WITHIN" } as const;
type MarkerParam = keyof typeof MARKERS;
const isMarkerParam = (value: unknown): value is MarkerParam => typeof value === "string" && value in MARKERS;

export default async function MyDossiersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(["OFFICER", "DEPARTMENT_HEAD", "RECEPTIONIST", "LEADERSHIP"], "/ho-so");
  const params = await searchParams;
  const han = Array.isArray(params.han) ? params.han[0] : params.han;
  const markerParam = isMarkerParam(han) ? han : undefined;
  const page = parsePage(params.trang);
  const scope = myDossierScope(user);
  const [t, result] = await Promise.all([
    getTranslations("worklist"),
    listWorkDossiers(scope, { page, pageSize: PAGE_SIZE, marker: markerParam ? MARKERS[markerParam] : undefined }),
  ]);
  const filters: { value?: MarkerParam; label: string }[] = [
    { label: t("filterAll") },
    { value: "qua-han", label: t("filterOverdue") },
    { value: "sap-den-han", label: t("filterDueSoon") },
    { value: "trong-han", label: t("filterWithin") },
  ];
  return (
    <>
      <PageHeader title={t(`title.${scope.kind}`)} description={t(`intro.${scope.kind}`)} />
      <nav aria-label={t("filterLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((filter) => {
            const current = filter.value === markerParam;
            return (
              <li key={filter.value ?? "all"}>
                <Link
                  href={filter.value ? `/ho-so?han=${filter.value}` : "/ho-so"}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 ${current ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-gray-400 bg-white hover:bg-gray-100"}`}
                >
                  {filter.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="mb-2 text-sm" role="status" data-testid="worklist-count">
        {t("count", { count: result.total })}
      </p>
      {result.rows.length > 0 ? (
        <>
          <DossierTable rows={result.rows} caption={t("caption")} />
          <Pagination path="/ho-so" params={{ han: markerParam }} page={page} pageSize={PAGE_SIZE} total={result.total} />
        </>
      ) : (
        <p className="rounded-md border border-gray-200 bg-white px-4 py-6 text-center">{t("empty")}</p>
      )}
    </>
  );
}
