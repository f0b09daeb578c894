import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/features/auth/change-password-form";
import { requireUser } from "@/server/auth/guard";
import { STAFF_PAGES } from "@/domain/access";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function ChangePasswordPage() {
  await requireUser(STAFF_PAGES["/tai-khoan/mat-khau"], "/tai-khoan/mat-khau");
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <ChangePasswordForm />
    </>
  );
}
