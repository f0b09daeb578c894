import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { MergeForm } from "@/features/organisation-admin/merge-form";
import { requireUser } from "@/server/auth/guard";
import { loadOrganisationTree } from "@/server/data/organisation";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationAdmin.merge"))("title") };
}

/** Sáp nhập / chia tách: units that end on a day and the unit that continues them (ADMIN). */
export default async function MergeUnitsPage() {
  const user = await requireUser(STAFF_PAGES["/quan-tri/don-vi/sap-nhap"], "/quan-tri/don-vi/sap-nhap");
  const [rows, t, tUnit] = await Promise.all([
    loadOrganisationTree(user),
    getTranslations("organisationAdmin.merge"),
    getTranslations("organisationAdmin.unit"),
  ]);
  // Units not yet ended: those that may end, and those that may continue them (a new unit may start later).
  const units = rows
    .filter((row) => !row.ended)
    .map((row) => ({ id: row.id, label: `${row.kindLabel} ${row.name} (${row.code})`, level: row.level }));
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")}>
        <Link href="/quan-tri/don-vi" className="text-brand-700 underline underline-offset-2">
          {tUnit("back")}
        </Link>
      </PageHeader>
      <MergeForm units={units} />
    </>
  );
}
