import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionnaireList } from "@/features/satisfaction/questionnaire-admin";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { listQuestionnaires } from "@/server/data/satisfaction";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("satisfaction.admin"))("title") };
}

/** Phiếu đánh giá mức độ hài lòng: questionnaires and their versions (ADMIN). */
export default async function QuestionnairesPage() {
  await requireUser(STAFF_PAGES["/quan-tri/phieu-danh-gia"], "/quan-tri/phieu-danh-gia");
  const t = await getTranslations("satisfaction.admin");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <QuestionnaireList questionnaires={await listQuestionnaires()} />
    </>
  );
}
