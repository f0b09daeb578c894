import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminOverview } from "@/server/data/users";
import { Count } from "@/ui/rate";
import { Section } from "@/ui/section";
import { captionClass, numClass, TableScroll, tableClass, tdClass, thClass } from "@/ui/data-table";
import { StatCard, StatGrid } from "@/ui/stat-card";

export async function AdminOverviewPanel({ overview }: { overview: AdminOverview }) {
  const [t, tRoles] = await Promise.all([getTranslations("admin"), getTranslations("roles")]);
  const users = overview.usersByRole.reduce((sum, role) => sum + role.active + role.inactive, 0);
  const units = overview.units.reduce((sum, level) => sum + level.count, 0);
  return (
    <>
      <StatGrid label={t("figuresLabel")}>
        <StatCard
          label={t("units")}
          value={<Count value={units} />}
          hint={overview.units.map((level) => t(`unitLevel.${level.level}`, { count: level.count })).join(" · ")}
          testId="admin-units"
        />
        <StatCard label={t("offices")} value={<Count value={overview.offices} />} testId="admin-offices" />
        <StatCard label={t("users")} value={<Count value={users} />} href="/quan-tri/nguoi-dung" testId="admin-users" />
        <StatCard
          label={t("procedures")}
          value={<Count value={overview.procedures.active} />}
          hint={
            overview.procedures.inactive > 0
              ? t("proceduresInactive", { count: overview.procedures.inactive })
              : undefined
          }
          href="/thu-tuc"
          testId="admin-procedures"
        />
        <StatCard label={t("dossiers")} value={<Count value={overview.dossiers} />} testId="admin-dossiers" />
      </StatGrid>

      <Section title={t("usersByRoleTitle")} id="users-by-role">
        <TableScroll label={t("usersByRoleTitle")}>
          <table className={tableClass}>
            <caption className={captionClass}>{t("usersByRoleCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  {t("colRole")}
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  {t("colActive")}
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  {t("colInactive")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {overview.usersByRole.map((row) => (
                <tr key={row.role}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    <Link href={`/quan-tri/nguoi-dung?vai-tro=${row.role}`} className="text-blue-800 underline">
                      {tRoles(row.role)}
                    </Link>
                  </th>
                  <td className={numClass}>
                    <Count value={row.active} />
                  </td>
                  <td className={numClass}>
                    <Count value={row.inactive} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>

      <Section title={t("linksTitle")} id="links">
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link
              href="/quan-tri/nguoi-dung"
              className="inline-block rounded-md border border-gray-400 bg-white px-4 py-2 hover:bg-gray-100"
            >
              {t("linkUsers")}
            </Link>
          </li>
          <li>
            <Link
              href="/quan-tri/lich-lam-viec"
              className="inline-block rounded-md border border-gray-400 bg-white px-4 py-2 hover:bg-gray-100"
            >
              {t("linkCalendar")}
            </Link>
          </li>
          <li>
            <Link
              href="/thu-tuc"
              className="inline-block rounded-md border border-gray-400 bg-white px-4 py-2 hover:bg-gray-100"
            >
              {t("linkCatalogue")}
            </Link>
          </li>
        </ul>
      </Section>
    </>
  );
}
