import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { UserRow } from "@/server/data/users";
import { captionClass, TableScroll, tableClass, tdClass, thClass } from "@/ui/data-table";

export async function UserTable({ rows, caption }: { rows: UserRow[]; caption: string }) {
  const [t, tRoles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);
  return (
    <TableScroll label={caption}>
      <table className={tableClass} data-testid="user-table">
        <caption className={captionClass}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {t("colUsername")}
            </th>
            <th scope="col" className={thClass}>
              {t("colName")}
            </th>
            <th scope="col" className={thClass}>
              {t("colUnit")}
            </th>
            <th scope="col" className={thClass}>
              {t("colOffice")}
            </th>
            <th scope="col" className={thClass}>
              {t("colRole")}
            </th>
            <th scope="col" className={thClass}>
              {t("colActive")}
            </th>
            <th scope="col" className={thClass}>
              {t("colLastLogin")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((user) => (
            <tr key={user.id}>
              <th scope="row" className={`${tdClass} whitespace-nowrap text-left font-semibold`}>
                {user.username}
              </th>
              <td className={tdClass}>
                {user.fullName}
                {user.title ? <span className="block text-xs text-muted">{user.title}</span> : null}
              </td>
              <td className={`${tdClass} whitespace-nowrap`}>{user.unitName}</td>
              <td className={tdClass}>{user.officeName ?? "—"}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{tRoles(user.role)}</td>
              <td className={tdClass}>
                {user.active ? <span className="text-green-800">{t("active")}</span> : <span className="font-semibold text-red-800">{t("inactive")}</span>}
              </td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("neverLoggedIn")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
