import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { normaliseFeedbackCode } from "@/domain/feedback";
import { STAFF_FEEDBACK_PATH } from "@/features/feedback/paths";
import { StaffFeedbackPage } from "@/features/feedback/staff-page";
import { requireUser } from "@/server/auth/guard";
import { feedbackForStaff } from "@/server/data/feedback";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return {
    title: `${(await getTranslations("feedback.staff"))("itemTitle")} ${code.slice(0, 20)}`,
  };
}

export default async function StaffFeedbackItemPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normaliseFeedbackCode(raw);
  const user = await requireUser(STAFF_PAGES["/phan-anh/[code]"], `/phan-anh/${raw}`);
  const t = await getTranslations("feedback.staff");
  // Missing and out-of-scope items look the same.
  const data = code ? await feedbackForStaff(user, code) : null;
  if (!data) notFound();
  return (
    <>
      <PageHeader title={`${t("itemTitle")} ${data.item.code}`}>
        <Link href={STAFF_FEEDBACK_PATH} className="text-blue-800 underline">
          {t("back")}
        </Link>
      </PageHeader>
      <StaffFeedbackPage data={data} user={user} />
    </>
  );
}
