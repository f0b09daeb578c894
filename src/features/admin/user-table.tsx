import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { UserRow } from "@/server/data/users";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

export async function UserTable({ rows, caption }: { rows: UserRow[]; caption: string }) {
  const [t, tRoles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);
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
      ]}
      testId="user-table"
    >
      {rows.map((user) => (
        <tr key={user.id}>
          <RowHeader className="whitespace-nowrap font-semibold">{user.username}</RowHeader>
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
        </tr>
      ))}
    </DataTable>
  );
}
