import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CriteriaSetsScreen } from "@/features/par-criteria/criteria-sets-screen";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parCriteria"))("title") };
}

export default async function ParCriteriaSetsPage() {
  const user = await requireUser(STAFF_PAGES["/noi-vu/chi-so-cchc/bo-tieu-chi"], "/noi-vu/chi-so-cchc/bo-tieu-chi");
  return <CriteriaSetsScreen user={user} now={new Date()} />;
}
