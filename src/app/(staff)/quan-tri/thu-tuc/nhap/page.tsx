import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { ImportExportScreen } from "@/features/catalogue-admin/form-screens";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogueAdmin"))("importExportTitle") };
}

export default async function CatalogueImportPage() {
  await requireUser(STAFF_PAGES["/quan-tri/thu-tuc/nhap"], "/quan-tri/thu-tuc/nhap");
  return <ImportExportScreen />;
}
