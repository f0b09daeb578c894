import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { warningList, warningScope } from "@/server/data/early-warning";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

const LIMIT = 10;

type WarningRow = Awaited<ReturnType<typeof warningList>>[number];

async function WarningTable({ rows, caption, testId }: { rows: WarningRow[]; caption: string; testId: string }) {
  const t = await getTranslations("reports.lateness.warnings");
  return (
    <DataTable
      caption={`${caption} (${rows.length})`}
      label={caption}
      columns={[t("colCode"), t("colProcedure"), t("colOffice"), t("colAssignee"), t("colAppointment")]}
      empty={rows.length === 0 ? t("none") : null}
      testId={testId}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <RowHeader className="whitespace-nowrap font-semibold tabular-nums">
            <Link href={`/ho-so/${encodeURIComponent(row.code)}`} className="text-blue-800 underline">
              {row.code}
            </Link>
          </RowHeader>
          <td className={tdClass}>{row.procedure.name}</td>
          <td className={tdClass}>{row.handlingOffice?.name ?? "—"}</td>
          <td className={tdClass}>{row.assignee?.fullName ?? "—"}</td>
          <td className={`${tdClass} whitespace-nowrap tabular-nums`}>
            {row.appointmentAt ? formatDateTime(row.appointmentAt) : "—"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The user's current early warnings (apology due, overdue), the same lists as the dashboards' warning counts. */
export async function LatenessWarnings({ user }: { user: SessionUser }) {
  const t = await getTranslations("reports.lateness.warnings");
  if (!warningScope(user)) return <p className="text-sm text-muted">{t("noScope")}</p>;
  const [apologyDue, overdue] = await Promise.all([
    warningList(user, "apologyDue", LIMIT),
    warningList(user, "overdue", LIMIT),
  ]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        {t("intro")} {t("limit", { count: LIMIT })}
      </p>
      <div>
        <WarningTable rows={apologyDue} caption={t("apologyDue")} testId="warning-apology-due" />
        <p className="mt-1 text-xs text-muted">{t("apologyDueHint")}</p>
      </div>
      <WarningTable rows={overdue} caption={t("overdue")} testId="warning-overdue" />
    </div>
  );
}
