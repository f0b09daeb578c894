import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdminOverview } from "@/server/data/users";
import { buttonClass } from "@/ui/form";
import { Count } from "@/ui/rate";
import { Section } from "@/ui/section";
import { DataTable, numClass, RowHeader } from "@/ui/data-table";
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
        <DataTable
          caption={t("usersByRoleCaption")}
          label={t("usersByRoleTitle")}
          columns={[
            t("colRole"),
            { header: t("colActive"), numeric: true },
            { header: t("colInactive"), numeric: true },
          ]}
        >
          {overview.usersByRole.map((row) => (
            <tr key={row.role}>
              <RowHeader>
                <Link href={`/quan-tri/nguoi-dung?vai-tro=${row.role}`} className="text-blue-800 underline">
                  {tRoles(row.role)}
                </Link>
              </RowHeader>
              <td className={numClass}>
                <Count value={row.active} />
              </td>
              <td className={numClass}>
                <Count value={row.inactive} />
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section title={t("linksTitle")} id="links">
        <ul className="flex flex-wrap gap-3">
          {[
            { href: "/quan-tri/nguoi-dung", label: t("linkUsers") },
            { href: "/quan-tri/lich-lam-viec", label: t("linkCalendar") },
            { href: "/thu-tuc", label: t("linkCatalogue") },
          ].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className={buttonClass("secondary", "md", "inline-block")}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
