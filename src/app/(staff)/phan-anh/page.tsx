import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { parseFeedbackFilter } from "@/features/feedback/filters";
import { StaffFeedbackList } from "@/features/feedback/staff-list";
import { firstParam } from "@/lib/search-params";
import { requireUser } from "@/server/auth/guard";
import { listFeedback } from "@/server/data/feedback";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback.staff"))("title") };
}

export default async function StaffFeedbackListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser(STAFF_PAGES["/phan-anh"], "/phan-anh");
  const t = await getTranslations("feedback.staff");
  const params = await searchParams;
  const filter = parseFeedbackFilter({
    status: firstParam(params["trang-thai"]),
    category: firstParam(params.loai),
    overdue: firstParam(params["qua-han"]),
  });
  const { rows, total } = await listFeedback(user, filter);
  return (
    <>
      <PageHeader title={t("title")} description={t(`intro.${user.role === "ADMIN" ? "INSPECTOR" : user.role}`)} />
      <StaffFeedbackList rows={rows} total={total} filter={filter} />
    </>
  );
}
