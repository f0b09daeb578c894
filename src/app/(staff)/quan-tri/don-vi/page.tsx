import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CreateUnitForm } from "@/features/organisation-admin/unit-form";
import { UnitTree } from "@/features/organisation-admin/unit-tree";
import { requireUser } from "@/server/auth/guard";
import { loadOrganisationTree, parentChoicesOf, todayKey } from "@/server/data/organisation";
import { buttonClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisationAdmin.tree"))("title") };
}

/** Đơn vị hành chính: the province's unit tree with effective dates and successors (ADMIN). */
export default async function OrganisationPage() {
  const user = await requireUser(STAFF_PAGES["/quan-tri/don-vi"], "/quan-tri/don-vi");
  const [rows, t] = await Promise.all([loadOrganisationTree(user), getTranslations("organisationAdmin.tree")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")}>
        <Link href="/quan-tri/don-vi/sap-nhap" className={buttonClass("secondary")}>
          {t("mergeLink")}
        </Link>
      </PageHeader>
      <UnitTree rows={rows} today={todayKey()} />
      <Section title={t("createTitle")} id="create-unit-section">
        <CreateUnitForm parents={parentChoicesOf(rows)} />
      </Section>
    </>
  );
}
