import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { NewProcedureScreen } from "@/features/catalogue-admin/form-screens";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogueAdmin"))("newTitle") };
}

export default async function NewProcedurePage() {
  await requireUser(STAFF_PAGES["/quan-tri/thu-tuc/them"], "/quan-tri/thu-tuc/them");
  return <NewProcedureScreen />;
}
