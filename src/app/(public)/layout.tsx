import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/features/locale/locale-switcher";
import { StaffNavLinks } from "@/features/navigation/staff-nav-links";

/** Public portal: header with the main menu and the language switcher, the page, and the footer. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [t, tApp, tPublic] = await Promise.all([
    getTranslations("nav"),
    getTranslations("app"),
    getTranslations("public"),
  ]);
  const items = [
    { href: "/", label: t("home") },
    { href: "/thu-tuc", label: t("catalogue") },
    { href: "/tra-cuu", label: t("tracking") },
    { href: "/phan-anh-kien-nghi", label: t("feedback") },
    { href: "/dang-nhap", label: t("staffLogin") },
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b-4 border-brand-700 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="rounded leading-tight">
            <span className="block text-xs font-semibold uppercase tracking-wide text-muted">{tApp("agency")}</span>
            <span className="block text-lg font-semibold text-brand-700">{tApp("fullName")}</span>
          </Link>
          <LocaleSwitcher />
        </div>
        <StaffNavLinks items={items} label={t("mainMenu")} width="max-w-6xl" />
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="mt-10 border-t border-gray-200 bg-white">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-muted">
          <p className="font-semibold text-ink">{tApp("agency")}</p>
          <p>{tPublic("footerAddress")}</p>
          <p>{tPublic("footerHours")}</p>
          <p>{tApp("footer")}</p>
        </div>
      </footer>
    </div>
  );
}
