import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuestionnaireVersionDetail } from "@/features/satisfaction/questionnaire-admin";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadQuestionnaireVersion } from "@/server/data/satisfaction";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("satisfaction.admin"))("title") };
}

/** One questionnaire version: its criteria; a new version copied from it, or a draft put in force (ADMIN). */
export default async function QuestionnaireVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(STAFF_PAGES["/quan-tri/phieu-danh-gia/[id]"], `/quan-tri/phieu-danh-gia/${id}`);
  const version = id.length <= 100 ? await loadQuestionnaireVersion(id) : null;
  if (!version) notFound();
  const t = await getTranslations("satisfaction.admin");
  return (
    <>
      <PageHeader
        title={`${version.questionnaire.name} — ${t("version", { version: version.version })}`}
        description={t("intro")}
      />
      <QuestionnaireVersionDetail version={version} />
    </>
  );
}
