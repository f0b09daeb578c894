import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DEFAULT_FILTER, worklistHref } from "@/domain/worklist";
import { formatDate, formatDateTime, startOfVietnamDay } from "@/lib/dates";
import { loadOfficeWorkload, loadReassignable } from "@/server/data/worklists";
import { Count } from "@/ui/rate";
import { Section } from "@/ui/section";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { ReassignForm, type AssignAction } from "./reassign-form";

/** Query parameter of the reassignment view: the officer whose dossiers the head is reassigning. */
export const REASSIGN_PARAM = "phan-cong";

const listOf = (officerId: string) =>
  worklistHref("/ho-so", DEFAULT_FILTER, { scope: "office", assigneeId: officerId });

/**
 * The head's workload table: each officer of the office with the open dossiers in hand, how many are overdue or due
 * soon (the worklist's own threshold, in its words), and how many finished this month; a link to the officer's list
 * and one to the reassignment view, which lists the officer's dossiers with a "Phân công lại" form each.
 */
export async function OfficeWorkload({
  officeId,
  officeName,
  path,
  reassignOfficerId,
  assignAction,
}: {
  officeId: string;
  officeName: string;
  path: string;
  reassignOfficerId: string | null;
  assignAction: AssignAction;
}) {
  const [t, workload] = await Promise.all([getTranslations("worklists"), loadOfficeWorkload(officeId)]);
  const selected = workload.officers.find((officer) => officer.id === reassignOfficerId) ?? null;
  const dossiers = selected ? await loadReassignable(officeId, selected.id) : [];
  const others = workload.officers
    .filter((officer) => officer.id !== selected?.id)
    .map(({ id, name }) => ({ id, name }));
  return (
    <>
      <Section title={t("workload.title")} id="workload">
        <p className="mb-2 text-sm text-muted" data-testid="workload-due-soon">
          {t("quick.dueSoon")}:{" "}
          {t("dueSoonWithin", {
            days: workload.dueSoonWorkingDays,
            date: formatDate(startOfVietnamDay(workload.bounds.horizon)),
          })}
        </p>
        {workload.officers.length === 0 ? (
          <p className="rounded-md border border-gray-200 bg-white px-4 py-3">{t("workload.noOfficers")}</p>
        ) : (
          <DataTable
            caption={t("workload.caption", { office: officeName })}
            label={t("workload.title")}
            columns={[
              t("workload.officer"),
              { header: t("workload.inHand"), numeric: true },
              { header: t("workload.overdue"), numeric: true },
              { header: t("workload.dueSoon"), numeric: true },
              { header: t("workload.finishedThisMonth"), numeric: true },
              t("workload.actions"),
            ]}
            testId="office-workload"
          >
            {workload.officers.map((officer) => (
              <tr key={officer.id} data-officer={officer.name}>
                <RowHeader>{officer.name}</RowHeader>
                <td className={numClass}>
                  <Count value={officer.inHand} />
                </td>
                <td className={numClass}>
                  <Count value={officer.overdue} />
                </td>
                <td className={numClass}>
                  <Count value={officer.dueSoon} />
                </td>
                <td className={numClass}>
                  <Count value={officer.finishedThisMonth} />
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <Link
                    href={listOf(officer.id)}
                    className="text-blue-800 underline hover:no-underline"
                    aria-label={t("workload.openListOf", { name: officer.name })}
                  >
                    {t("workload.openList")}
                  </Link>
                  {" · "}
                  <Link
                    href={`${path}?${REASSIGN_PARAM}=${encodeURIComponent(officer.id)}#reassign`}
                    className="text-blue-800 underline hover:no-underline"
                    aria-label={t("workload.reassignOf", { name: officer.name })}
                    aria-current={selected?.id === officer.id ? "true" : undefined}
                  >
                    {t("workload.reassign")}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
      {selected ? (
        <Section title={t("workload.reassignTitle", { name: selected.name })} id="reassign">
          <p className="mb-3 text-sm">{t("workload.reassignIntro")}</p>
          {dossiers.length === 0 ? (
            <p className="rounded-md border border-gray-200 bg-white px-4 py-3">{t("workload.noReassignable")}</p>
          ) : others.length === 0 ? (
            <p className="rounded-md border border-gray-200 bg-white px-4 py-3">{t("workload.noOtherOfficer")}</p>
          ) : (
            <ul className="space-y-3" data-testid="reassign-list">
              {dossiers.map((dossier) => (
                <li
                  key={dossier.id}
                  className="rounded-lg border border-gray-200 bg-white p-3"
                  data-code={dossier.code}
                >
                  <p className="text-sm">
                    <Link
                      href={`/ho-so/${encodeURIComponent(dossier.code)}`}
                      className="font-semibold tabular-nums text-blue-800 underline"
                    >
                      {dossier.code}
                    </Link>{" "}
                    — {dossier.procedureName}
                    {dossier.appointmentAt ? (
                      <span className="text-muted">
                        {" "}
                        ({t("workload.colAppointment")}: {formatDateTime(dossier.appointmentAt)})
                      </span>
                    ) : null}
                  </p>
                  <div className="mt-2">
                    <ReassignForm
                      action={assignAction}
                      dossierId={dossier.id}
                      code={dossier.code}
                      version={dossier.version}
                      officers={others}
                      text={{
                        to: t("workload.to"),
                        submit: t("workload.submit"),
                        done: t("workload.done", { code: dossier.code }),
                        choose: t("workload.choose"),
                      }}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </>
  );
}
