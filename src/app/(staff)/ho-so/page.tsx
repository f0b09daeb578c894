import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/domain/worklist";
import { Worklist } from "@/features/worklists/worklist";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worklists"))("metaTitle") };
}

/** Danh sách hồ sơ: the officer's home, and every acting role's worklist (scope and filters in the URL). */
export default async function WorklistPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(STAFF_PAGES["/ho-so"], "/ho-so");
  return <Worklist user={user} searchParams={searchParams} path="/ho-so" />;
}
