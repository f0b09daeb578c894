import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { UserRow } from "@/server/data/users";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { EndSessionsButton } from "./end-sessions-button";

export async function UserTable({ rows, caption }: { rows: UserRow[]; caption: string }) {
  const [t, tRoles, tAccount] = await Promise.all([
    getTranslations("users"),
    getTranslations("roles"),
    getTranslations("account"),
  ]);
  return (
    <DataTable
      caption={caption}
      columns={[
        t("colUsername"),
        t("colName"),
        t("colUnit"),
        t("colOffice"),
        t("colRole"),
        t("colActive"),
        t("colLastLogin"),
        tAccount("colSessions"),
      ]}
      testId="user-table"
    >
      {rows.map((user) => (
        <tr key={user.id}>
          <RowHeader className="whitespace-nowrap font-semibold">
            <Link href={`/quan-tri/nguoi-dung/${user.username}`} className="text-blue-800 underline">
              {user.username}
            </Link>
          </RowHeader>
          <td className={tdClass}>
            {user.fullName}
            {user.title ? <span className="block text-xs text-muted">{user.title}</span> : null}
          </td>
          <td className={`${tdClass} whitespace-nowrap`}>{user.unitName}</td>
          <td className={tdClass}>{user.officeName ?? "—"}</td>
          <td className={`${tdClass} whitespace-nowrap`}>{tRoles(user.role)}</td>
          <td className={tdClass}>
            {user.active ? (
              <span className="text-green-800">{t("active")}</span>
            ) : (
              <span className="font-semibold text-red-800">{t("inactive")}</span>
            )}
          </td>
          <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
            {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("neverLoggedIn")}
          </td>
          <td className={tdClass} data-testid={`sessions-${user.username}`}>
            <span className="block whitespace-nowrap tabular-nums">
              {tAccount("openSessions", { count: user.openSessions })}
            </span>
            <EndSessionsButton userId={user.id} username={user.username} none={user.openSessions === 0} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
