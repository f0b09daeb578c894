import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { SyncOverview } from "@/server/data/national-portal";
import { DataTable, numClass, tdClass } from "@/ui/data-table";
import { Count, Rate } from "@/ui/rate";
import { ResyncButton } from "./resync-button";

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Coverage per receiving unit: dossiers the portal holds up to date, and steps it received (Decision 766 input). */
export async function CoverageTable({ overview, caption }: { overview: SyncOverview; caption: string }) {
  const t = await getTranslations("nationalPortal");
  const { totals } = overview;
  return (
    <DataTable
      caption={caption}
      testId="portal-coverage"
      columns={[
        t("columns.unit"),
        { header: t("columns.dossiers"), numeric: true },
        { header: t("columns.dossiersSynced"), numeric: true },
        { header: t("columns.dossierShare"), numeric: true },
        { header: t("columns.steps"), numeric: true },
        { header: t("columns.stepsSynced"), numeric: true },
        { header: t("columns.stepShare"), numeric: true },
        { header: t("columns.stepsFailed"), numeric: true },
      ]}
      empty={overview.coverage.length ? null : t("emptyCoverage")}
      foot={
        overview.coverage.length > 1 ? (
          <tr className="font-semibold">
            <th scope="row" className={tdClass}>
              {t("total")}
            </th>
            <td className={numClass}>
              <Count value={totals.dossiers} />
            </td>
            <td className={numClass}>
              <Count value={totals.dossiersSynced} />
            </td>
            <td className={numClass}>
              <Rate value={share(totals.dossiersSynced, totals.dossiers)} />
            </td>
            <td className={numClass}>
              <Count value={totals.steps} />
            </td>
            <td className={numClass}>
              <Count value={totals.stepsSynced} />
            </td>
            <td className={numClass}>
              <Rate value={share(totals.stepsSynced, totals.steps)} />
            </td>
            <td className={numClass}>
              <Count value={totals.stepsFailed} />
            </td>
          </tr>
        ) : null
      }
    >
      {overview.coverage.map((row) => (
        <tr key={row.unitId}>
          <th scope="row" className={`${tdClass} text-left font-normal`}>
            {row.unitName} <span className="font-mono text-xs text-muted">({row.unitCode})</span>
          </th>
          <td className={numClass}>
            <Count value={row.dossiers} />
          </td>
          <td className={numClass}>
            <Count value={row.dossiersSynced} />
          </td>
          <td className={numClass}>
            <Rate value={share(row.dossiersSynced, row.dossiers)} />
          </td>
          <td className={numClass}>
            <Count value={row.steps} />
          </td>
          <td className={numClass}>
            <Count value={row.stepsSynced} />
          </td>
          <td className={numClass}>
            <Rate value={share(row.stepsSynced, row.steps)} />
          </td>
          <td className={numClass}>
            <Count value={row.stepsFailed} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Rows the portal refused or that ran out of retries, with the portal's reason and "Đồng bộ lại". */
export async function FailureTable({ overview, caption }: { overview: SyncOverview; caption: string }) {
  const t = await getTranslations("nationalPortal");
  return (
    <DataTable
      caption={caption}
      testId="portal-failures"
      columns={[
        t("columns.dossierCode"),
        t("columns.kind"),
        t("columns.unit"),
        t("columns.reason"),
        { header: t("columns.attempts"), numeric: true },
        t("columns.createdAt"),
        { header: t("columns.action"), hidden: true },
      ]}
      empty={overview.failures.length ? null : t("emptyFailures")}
    >
      {overview.failures.map((failure) => (
        <tr key={failure.id}>
          <td className={`${tdClass} font-mono`}>{failure.dossierCode}</td>
          <td className={tdClass}>{t(`kind.${failure.kind}`)}</td>
          <td className={tdClass}>{failure.unitName}</td>
          <td className={tdClass}>{failure.reason}</td>
          <td className={numClass}>{failure.attempts}</td>
          <td className={tdClass}>{formatDateTime(failure.createdAt)}</td>
          <td className={tdClass}>
            <ResyncButton messageId={failure.id} label={t("resync")} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
