import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { UserAccountForm } from "@/features/admin/user-account-form";
import { UserHistory } from "@/features/admin/user-history";
import { UserStatusActions } from "@/features/admin/user-status-actions";
import { formatDateTime } from "@/lib/dates";
import { requireUser } from "@/server/auth/guard";
import { STAFF_PAGES } from "@/domain/access";
import { getManagedUser, listScopeChoices } from "@/server/data/users";
import { FactList } from "@/ui/fact-list";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

type Params = { params: Promise<{ username: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { username } = await params;
  return { title: `${decodeURIComponent(username)} — ${(await getTranslations("users"))("title")}` };
}

export default async function UserPage({ params }: Params) {
  const { username: raw } = await params;
  const path = `/quan-tri/nguoi-dung/${raw}`;
  const admin = await requireUser(STAFF_PAGES["/quan-tri/nguoi-dung/[username]"], path);
  let username: string;
  try {
    username = decodeURIComponent(raw).toLowerCase();
  } catch {
    notFound();
  }
  const user = await getManagedUser(admin, username);
  if (!user) notFound();
  const [t, tRoles, choices, locale] = await Promise.all([
    getTranslations("userAdmin"),
    getTranslations("roles"),
    listScopeChoices(admin),
    getLocale(),
  ]);
  const own = user.id === admin.id;
  return (
    <>
      <PageHeader title={`${user.fullName} (${user.username})`} description={t("detailIntro")} />
      <p className="mb-4">
        <Link href="/quan-tri/nguoi-dung" className="text-blue-800 underline">
          {t("backToList")}
        </Link>
      </p>
      <Section title={t("statusTitle")} id="account-status">
        <FactList
          testId="account-facts"
          className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 text-sm sm:grid-cols-3"
          facts={[
            [t("role"), tRoles(user.role)],
            [t("unit"), user.unitName],
            [t("office"), user.officeName ?? t("none")],
            [
              t("status"),
              <span
                key="status"
                data-testid="account-status-value"
                className={user.active ? "text-green-800" : "text-red-800"}
              >
                {user.active ? t("active") : t("inactive")}
                {user.mustChangePassword ? ` · ${t("mustChangePassword")}` : ""}
              </span>,
            ],
            [t("lastLogin"), user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("neverLoggedIn")],
            [t("sessions"), String(user.openSessions)],
          ]}
        />
        {own ? (
          <p role="note" className="mt-3 rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-sm">
            {t("ownAccount")}
          </p>
        ) : (
          <div className="mt-4">
            <UserStatusActions userId={user.id} active={user.active} />
          </div>
        )}
      </Section>
      <div className="mt-8">
        <UserAccountForm
          mode={{
            kind: "edit",
            locked: own,
            account: {
              userId: user.id,
              fullName: user.fullName,
              title: user.title,
              email: user.email,
              phone: user.phone,
              role: user.role,
              unitId: user.unitId,
              unitName: user.unitName,
              officeId: user.officeId,
            },
          }}
          choices={choices}
        />
      </div>
      <Section title={t("historyTitle")} id="account-history">
        <UserHistory entries={user.history} locale={locale} />
      </Section>
    </>
  );
}
