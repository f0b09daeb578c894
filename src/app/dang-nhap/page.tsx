import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/features/auth/login-form";
import { getSessionUser } from "@/server/auth/guard";
import { ROLE_HOME, safeReturnPath } from "@/domain/access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const user = await getSessionUser();
  if (user) redirect(ROLE_HOME[user.role]);
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("login");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <div className="rounded-xl border border-gray-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold text-brand-700">{t("title")}</h1>
        <p className="mb-6 mt-2 text-sm text-muted">{t("intro")}</p>
        <LoginForm callbackUrl={safeReturnPath(callbackUrl) ?? undefined} />
      </div>
      <Link href="/tra-cuu" className="mt-4 text-center text-sm text-blue-800 underline">
        {t("citizenHint")}
      </Link>
    </main>
  );
}
