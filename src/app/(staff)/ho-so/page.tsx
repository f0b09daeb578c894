import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/features/worklists/filter";
import { WORKLIST_ROLES } from "@/features/worklists/roles";
import { Worklist } from "@/features/worklists/worklist";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worklists"))("metaTitle") };
}

/** Danh sách hồ sơ: the officer's home, and every acting role's worklist (scope and filters in the URL). */
export default async function WorklistPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(WORKLIST_ROLES, "/ho-so");
  return <Worklist user={user} searchParams={searchParams} path="/ho-so" />;
}
