import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { ProcedureScreen } from "@/features/catalogue-admin/procedure-screen";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  return { title: `${(await getTranslations("catalogueAdmin"))("title")} ${(await params).code}` };
}

export default async function ProcedureAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { code } = await params;
  await requireUser(STAFF_PAGES["/quan-tri/thu-tuc/[code]"], `/quan-tri/thu-tuc/${code}`);
  return <ProcedureScreen code={decodeURIComponent(code)} searchParams={await searchParams} />;
}
