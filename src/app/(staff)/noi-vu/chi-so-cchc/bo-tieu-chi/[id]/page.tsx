import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CriteriaSetScreen } from "@/features/par-criteria/criteria-set-screen";
import { requireUser } from "@/server/auth/guard";
import { loadCriteriaSetPage } from "@/server/data/par-criteria";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parCriteria"))("setTitle") };
}

export default async function ParCriteriaSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(
    STAFF_PAGES["/noi-vu/chi-so-cchc/bo-tieu-chi/[id]"],
    `/noi-vu/chi-so-cchc/bo-tieu-chi/${encodeURIComponent(id)}`,
  );
  // Another owner's set, like a missing one, is not found: nothing about it leaks.
  const page = await loadCriteriaSetPage(user, id);
  if (!page) notFound();
  return <CriteriaSetScreen page={page} />;
}
