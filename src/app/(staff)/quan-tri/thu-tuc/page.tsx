import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CatalogueListScreen } from "@/features/catalogue-admin/catalogue-list-screen";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogueAdmin"))("title") };
}

export default async function CatalogueAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser(STAFF_PAGES["/quan-tri/thu-tuc"], "/quan-tri/thu-tuc");
  return <CatalogueListScreen searchParams={await searchParams} />;
}
