import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { PublishScreen } from "@/features/catalogue-admin/form-screens";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogueAdmin"))("publishTitle") };
}

export default async function PublishVersionPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  await requireUser(STAFF_PAGES["/quan-tri/thu-tuc/[code]/cong-bo"], `/quan-tri/thu-tuc/${code}/cong-bo`);
  return <PublishScreen code={decodeURIComponent(code)} />;
}
