import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/features/auth/change-password-form";
import { passwordChangePending, requireUser } from "@/server/auth/guard";
import { ROLE_HOME, STAFF_PAGES } from "@/domain/access";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function ChangePasswordPage() {
  const user = await requireUser(STAFF_PAGES["/tai-khoan/mat-khau"], "/tai-khoan/mat-khau", {
    duringPasswordChange: true,
  });
  const [t, pending] = await Promise.all([getTranslations("account"), passwordChangePending()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {pending ? (
        <p
          role="note"
          className="mb-4 max-w-md rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-sm"
          data-testid="must-change-password"
        >
          {t("mustChange")}
        </p>
      ) : null}
      <ChangePasswordForm continueHref={ROLE_HOME[user.role]} />
    </>
  );
}
