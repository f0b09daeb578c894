import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logout } from "@/features/auth/logout-action";
import { LocaleSwitcher } from "@/features/locale/locale-switcher";
import { StaffNavLinks } from "@/features/navigation/staff-nav-links";
import { passwordChangePending, requireUser } from "@/server/auth/guard";
import { STAFF_NAV } from "@/domain/access";
import { db } from "@/server/db";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  // Around the password page too, so a user who must change their password gets the layout (without the menu).
  const user = await requireUser(undefined, undefined, { duringPasswordChange: true });
  const pending = await passwordChangePending();
  const [t, tRoles, tApp, tAccount] = await Promise.all([
    getTranslations("nav"),
    getTranslations("roles"),
    getTranslations("app"),
    getTranslations("account"),
  ]);
  const [unit, office] = await Promise.all([
    db.administrativeUnit.findUnique({ where: { id: user.unitId }, select: { name: true, kindLabel: true } }),
    user.officeId ? db.office.findUnique({ where: { id: user.officeId }, select: { name: true } }) : null,
  ]);
  const items = STAFF_NAV[user.role].map((item) => ({ href: item.href, label: t(item.label) }));
  return (
    <div className="min-h-screen">
      <header className="no-print border-b-4 border-brand-700 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-700">
            {tApp("name")}{" "}
            <span className="font-normal text-muted">· {unit ? `${unit.kindLabel} ${unit.name}` : ""}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <span data-testid="current-user">
              <strong>{user.name}</strong> — {tRoles(user.role)}
              {office ? `, ${office.name}` : ""}
            </span>
            <LocaleSwitcher />
            <Link href="/tai-khoan/mat-khau" className="text-blue-800 underline">
              {tAccount("link")}
            </Link>
            <form action={logout}>
              <button type="submit" className="rounded-md border border-gray-400 px-3 py-1 hover:bg-gray-100">
                {t("logout")}
              </button>
            </form>
          </div>
        </div>
        {pending ? null : <StaffNavLinks items={items} label={t("mainMenu")} />}
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
