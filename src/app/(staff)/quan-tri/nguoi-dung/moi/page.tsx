import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserAccountForm } from "@/features/admin/user-account-form";
import { requireUser } from "@/server/auth/guard";
import { STAFF_PAGES } from "@/domain/access";
import { listScopeChoices } from "@/server/data/users";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("userAdmin"))("newTitle") };
}

export default async function NewUserPage() {
  const admin = await requireUser(STAFF_PAGES["/quan-tri/nguoi-dung/moi"], "/quan-tri/nguoi-dung/moi");
  const [t, choices] = await Promise.all([getTranslations("userAdmin"), listScopeChoices(admin)]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <p className="mb-4">
        <Link href="/quan-tri/nguoi-dung" className="text-blue-800 underline">
          {t("backToList")}
        </Link>
      </p>
      <UserAccountForm mode={{ kind: "create" }} choices={choices} />
    </>
  );
}
