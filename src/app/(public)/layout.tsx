import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/features/locale/locale-switcher";
import { StaffNavLinks } from "@/features/navigation/staff-nav-links";
import { unitInSentence } from "@/domain/documents/signer";
import { getCachedPortalOwner } from "@/server/data/public-cache";

/**
 * Public portal: header with the main menu and the language switcher, the page, and the footer. The agency, its
 * address, hours and phone are the organisation's data (the top unit in force, cached with the public figures).
 */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [t, tApp, tBoard, tPar, owner] = await Promise.all([
    getTranslations("nav"),
    getTranslations("app"),
    getTranslations("publicBoard"),
    getTranslations("parResults"),
    getCachedPortalOwner(),
  ]);
  const agency = owner ? tBoard("ownerAgency", { unit: unitInSentence(owner), name: owner.name }) : null;
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
            {agency ? (
              <span className="block text-xs font-semibold uppercase tracking-wide text-muted">{agency}</span>
            ) : null}
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
          {agency ? <p className="font-semibold text-ink">{agency}</p> : null}
          {owner?.address ? <p>{tBoard("ownerAddress", { address: owner.address })}</p> : null}
          {owner?.openingHours ? <p>{tBoard("ownerHours", { hours: owner.openingHours })}</p> : null}
          {owner?.phone ? <p>{tBoard("ownerPhone", { phone: owner.phone })}</p> : null}
          <p>{tApp("footer")}</p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href="/ket-qua-giai-quyet" className="text-blue-800 underline">
              {tBoard("title")}
            </Link>
            <Link href="/chi-so-cai-cach-hanh-chinh" className="text-blue-800 underline">
              {tPar("publicLink")}
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
