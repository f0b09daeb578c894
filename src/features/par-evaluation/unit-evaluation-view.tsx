// One unit's PAR Index evaluation in the provincial layout (PAR-INDEX.md: STT | criterion | maximum | declared value
// | how it is scored | requirement and evidence | self score, then the bonus section): the unit's leader or delegate
// declares in it, home affairs appraises in it. Rows come from src/server/data/par-evaluations.ts; the forms are
// ParForm with this feature's actions; what is offered follows the reader's workflow actions.
import { getTranslations } from "next-intl/server";
import { EVIDENCE_ACCEPT_ATTRIBUTE } from "@/domain/files";
import { PAR_LABELS, parEventLabel, type ParSection } from "@/domain/par-index";
import { formatDateTime, formatDateVi } from "@/lib/dates";
import type { ParUnitEvaluationPage, ParUnitRow } from "@/server/data/par-evaluations";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { Section } from "@/ui/section";
import { getLabelLocale } from "@/ui/labels";
import {
  allowLateParSubmissionAction,
  appraiseParAnswerAction,
  attachParEvidenceAction,
  declareParAnswerAction,
  finaliseParUnitAction,
  nameParDelegateAction,
  refreshParMetricsAction,
  removeParEvidenceAction,
  reopenParUnitAction,
  returnParAnswerAction,
  submitParUnitAction,
} from "./actions";
import { ParForm, type ParFieldSpec } from "./par-form";

export const EVIDENCE_ROUTE = "/api/chi-so-cchc/tai-lieu";

const number = (value: number, locale: string) =>
  value.toLocaleString(locale === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 2 });

export async function UnitEvaluationView({
  page,
  mode,
}: {
  page: ParUnitEvaluationPage;
  mode: "unit" | "homeAffairs";
}) {
  const [t, locale] = await Promise.all([getTranslations("parEvaluation"), getLabelLocale()]);
  const labels = PAR_LABELS[locale];
  const fmt = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : number(value, locale);
  const step = { unitEvaluationId: page.unit.id, expectedVersion: page.unit.version };
  const may = (action: (typeof page.actions)[number]) => page.actions.includes(action);
  const pending = t("pending");

  const sections: ParSection[] = ["MAIN", "BONUS", "PENALTY"];
  const sectionTitle = { MAIN: t("mainSection"), BONUS: t("bonusSection"), PENALTY: t("penaltySection") };

  const declaredText = (row: ParUnitRow) => {
    const answer = row.answer;
    if (!answer) return "";
    const parts = [
      answer.declared ? labels.declared[answer.declared] : null,
      answer.numberValue !== null ? fmt(answer.numberValue) : null,
    ].filter(Boolean);
    return parts.join(" · ");
  };

  const declareFields = (row: ParUnitRow): ParFieldSpec[] => {
    const { node, answer } = row;
    const fields: ParFieldSpec[] = [];
    if (node.valueKind === "YES_NO" || node.allowNotApplicable)
      fields.push({
        kind: "select",
        name: "declared",
        label: t("declaredLabel"),
        defaultValue: answer?.declared ?? "",
        options: [
          { value: "", label: t("declaredNone") },
          ...(node.valueKind === "YES_NO"
            ? (["YES", "NO"] as const).map((value) => ({ value, label: labels.declared[value] }))
            : []),
          ...(node.allowNotApplicable ? [{ value: "NOT_APPLICABLE", label: labels.declared.NOT_APPLICABLE }] : []),
        ],
      });
    if (node.valueKind === "NUMBER")
      fields.push({
        kind: "text",
        name: "numberValue",
        label: t("numberLabel"),
        defaultValue: answer?.numberValue !== null && answer?.numberValue !== undefined ? fmt(answer.numberValue) : "",
      });
    fields.push({
      kind: "textarea",
      name: "evidenceText",
      label: t("evidenceTextLabel"),
      defaultValue: answer?.evidenceText ?? "",
    });
    fields.push({
      kind: "text",
      name: "selfScore",
      label: t("selfScoreLabel", { max: fmt(node.maxPoints) }),
      defaultValue: answer?.selfScore !== null && answer?.selfScore !== undefined ? fmt(answer.selfScore) : "",
    });
    return fields;
  };

  const rowsOf = (section: ParSection) => page.rows.filter((row) => row.node.section === section);

  return (
    <>
      <dl
        className="grid gap-3 rounded-md border border-gray-200 bg-white p-4 text-sm sm:grid-cols-3"
        data-testid="par-totals"
      >
        <div>
          <dt className="text-muted">{t("statusLabel")}</dt>
          <dd className="font-semibold" data-testid="par-unit-status">
            {labels.unitStatus[page.unit.status]}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("selfTotal")}</dt>
          <dd className="font-semibold" data-testid="par-self-total">
            {t("totalPoints", { total: fmt(page.scores.self.total) })}
            {page.scores.self.score100 !== null ? ` · ${t("score100", { score: fmt(page.scores.self.score100) })}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("appraisedTotal")}</dt>
          <dd className="font-semibold" data-testid="par-appraised-total">
            {page.scores.appraised
              ? `${t("totalPoints", { total: fmt(page.scores.appraised.total) })}${
                  page.scores.appraised.score100 !== null
                    ? ` · ${t("score100", { score: fmt(page.scores.appraised.score100) })}`
                    : ""
                }${page.scores.appraised.grade ? ` · ${t("gradeLabel", { grade: page.scores.appraised.grade })}` : ""}`
              : t("notYet")}
          </dd>
        </div>
      </dl>

      {sections.map((section) => {
        const rows = rowsOf(section);
        if (rows.length === 0) return null;
        return (
          <Section key={section} title={sectionTitle[section]} id={`par-${section.toLowerCase()}`}>
            <DataTable
              caption={`${t("tableCaption")}: ${sectionTitle[section]}`}
              captionHidden
              wide
              columns={[
                t("colNo"),
                t("colCriterion"),
                { header: t("colMax"), numeric: true },
                t("colDeclared"),
                t("colHow"),
                t("colEvidence"),
                { header: t("colSelf"), numeric: true },
                t("colFigure"),
                t("colAppraisal"),
              ]}
              testId={`par-table-${section.toLowerCase()}`}
            >
              {rows.map((row) => {
                const { node, answer } = row;
                const returned = answer?.returned ?? false;
                const showDeclare =
                  mode === "unit" && row.editable && node.kind !== "AUTOMATIC" && node.kind !== "SURVEY";
                const showEvidence = mode === "unit" && row.editable;
                const showAppraise = mode === "homeAffairs" && row.scored && may("appraise");
                return [
                  <tr
                    key={node.id}
                    className={`border-t border-gray-200 align-top ${returned ? "bg-amber-50" : row.scored ? "" : "bg-gray-50 font-semibold"}`}
                    data-testid={`par-row-${node.code}`}
                  >
                    <RowHeader className="font-semibold">{node.code}</RowHeader>
                    <td className={tdClass} style={{ paddingLeft: `${0.5 + row.depth}rem` }}>
                      {node.title}
                      {row.scored ? <p className="text-xs font-normal text-muted">{labels.kind[node.kind]}</p> : null}
                    </td>
                    <td className={numClass}>{fmt(node.maxPoints)}</td>
                    <td className={tdClass}>{declaredText(row)}</td>
                    <td className={`${tdClass} text-xs`}>{node.scoringNote ?? ""}</td>
                    <td className={`${tdClass} text-xs`}>
                      {node.guidance ? <p>{node.guidance}</p> : null}
                      {answer?.evidenceText ? (
                        <p className="mt-1 whitespace-pre-line text-gray-900">{answer.evidenceText}</p>
                      ) : null}
                      {answer && answer.files.length > 0 ? (
                        <ul className="mt-1 space-y-1">
                          {answer.files.map((file) => (
                            <li key={file.id}>
                              <a className="text-brand-700 underline" href={`${EVIDENCE_ROUTE}/${file.id}`}>
                                {file.fileName}
                              </a>{" "}
                              <span className="text-muted">
                                ({t("fileSize", { size: fmt(Math.ceil(file.sizeBytes / 1024)) })})
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {returned && answer?.returnNote ? (
                        <p className="mt-1 font-semibold text-amber-900" data-testid={`par-returned-${node.code}`}>
                          {t("returnedNote", { note: answer.returnNote })}
                        </p>
                      ) : null}
                    </td>
                    <td className={numClass} data-testid={`par-self-${node.code}`}>
                      {row.scored ? fmt(answer?.selfScore) : fmt(row.score?.score)}
                    </td>
                    <td className={`${tdClass} text-xs`}>
                      {row.figure ? (
                        <>
                          <p className="font-semibold">
                            {row.figure.value === null
                              ? row.figure.unavailableReason
                              : node.metric === "decision766Score"
                                ? t("figurePoints", { value: fmt(row.figure.value) })
                                : t("figureValue", { value: fmt(row.figure.value) })}
                            {row.figure.numerator !== null && row.figure.denominator !== null
                              ? ` (${t("figureFraction", { numerator: fmt(row.figure.numerator), denominator: fmt(row.figure.denominator) })})`
                              : ""}
                          </p>
                          <p>
                            {row.figure.stepIndex !== null
                              ? t("figureStep", { step: row.figure.stepIndex + 1, points: fmt(row.figure.points) })
                              : t("figureNoStep")}
                          </p>
                          <p className="text-muted">{t("figureReadAt", { at: formatDateTime(row.figure.readAt) })}</p>
                        </>
                      ) : node.metric ? (
                        t("figureMissing")
                      ) : row.proposed !== null && row.scored ? (
                        t("proposed", { points: fmt(row.proposed) })
                      ) : null}
                    </td>
                    <td className={tdClass} data-testid={`par-appraised-${node.code}`}>
                      {row.scored ? fmt(answer?.appraisedScore) : fmt(row.score?.score)}
                      {answer?.appraisalNote ? (
                        <p className="text-xs">{t("appraisalNote", { note: answer.appraisalNote })}</p>
                      ) : null}
                      {row.score &&
                      row.score.lost > 0 &&
                      answer?.appraisedScore !== null &&
                      answer?.appraisedScore !== undefined ? (
                        <p className="text-xs text-red-800">{t("lostPoints", { points: fmt(row.score.lost) })}</p>
                      ) : null}
                    </td>
                  </tr>,
                  showDeclare || showEvidence || showAppraise ? (
                    <tr key={`${node.id}-forms`} className={returned ? "bg-amber-50" : ""}>
                      <td />
                      <td colSpan={8} className={tdClass}>
                        <div className="grid gap-4 rounded-md border border-gray-200 bg-gray-50 p-3 md:grid-cols-2">
                          {showDeclare ? (
                            <ParForm
                              action={declareParAnswerAction}
                              hidden={{ ...step, criterionId: node.id }}
                              fields={declareFields(row)}
                              title={t("declareTitle", { code: node.code })}
                              submit={t("save")}
                              pending={pending}
                              done={t("saved")}
                              testId={`par-declare-${node.code}`}
                            />
                          ) : null}
                          {showEvidence ? (
                            <div className="space-y-2">
                              <ParForm
                                action={attachParEvidenceAction}
                                hidden={{ ...step, criterionId: node.id }}
                                fields={[
                                  {
                                    kind: "file",
                                    name: "file",
                                    label: t("fileLabel"),
                                    accept: EVIDENCE_ACCEPT_ATTRIBUTE,
                                  },
                                ]}
                                title={t("files")}
                                submit={t("upload")}
                                pending={pending}
                                done={t("uploaded")}
                                testId={`par-evidence-${node.code}`}
                                variant="secondary"
                                resetOnSuccess
                              />
                              {answer?.files.map((file) => (
                                <ParForm
                                  key={file.id}
                                  action={removeParEvidenceAction}
                                  hidden={{ ...step, fileId: file.id }}
                                  fields={[]}
                                  submit={t("removeFile", { name: file.fileName })}
                                  pending={pending}
                                  done={t("removed")}
                                  testId={`par-remove-${file.id}`}
                                  variant="secondary"
                                />
                              ))}
                            </div>
                          ) : null}
                          {showAppraise ? (
                            <>
                              <ParForm
                                action={appraiseParAnswerAction}
                                hidden={{ ...step, criterionId: node.id }}
                                fields={[
                                  {
                                    kind: "text",
                                    name: "appraisedScore",
                                    label: t("appraisedScoreLabel", { max: fmt(node.maxPoints) }),
                                    defaultValue: (() => {
                                      const value = answer?.appraisedScore ?? answer?.selfScore ?? row.proposed;
                                      return value === null || value === undefined ? "" : fmt(value);
                                    })(),
                                  },
                                  {
                                    kind: "textarea",
                                    name: "note",
                                    label: t("appraiseNoteLabel"),
                                    defaultValue: answer?.appraisalNote ?? "",
                                  },
                                ]}
                                title={t("appraiseTitle", { code: node.code })}
                                submit={t("appraiseSubmit")}
                                pending={pending}
                                done={t("appraised")}
                                testId={`par-appraise-${node.code}`}
                              />
                              <ParForm
                                action={returnParAnswerAction}
                                hidden={{ ...step, criterionId: node.id }}
                                fields={[{ kind: "textarea", name: "note", label: t("returnNoteLabel") }]}
                                submit={t("returnSubmit")}
                                pending={pending}
                                done={t("returnedDone")}
                                testId={`par-return-${node.code}`}
                                variant="secondary"
                              />
                            </>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </DataTable>
          </Section>
        );
      })}

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        {page.state.status !== "FINALISED" && page.state.evaluationStatus !== "PUBLISHED" ? (
          <div className="rounded-md border border-gray-200 bg-white p-4">
            <ParForm
              action={refreshParMetricsAction}
              hidden={step}
              fields={[]}
              title={t("refreshTitle")}
              intro={t("refreshIntro")}
              submit={t("refreshSubmit")}
              pending={pending}
              done={t("refreshed", { count: "{refreshed}" })}
              testId="par-refresh"
              variant="secondary"
            />
          </div>
        ) : null}
        {mode === "unit" && may("submit") ? (
          <>
            <div className="rounded-md border border-gray-200 bg-white p-4">
              <ParForm
                action={submitParUnitAction}
                hidden={step}
                fields={[{ kind: "checkbox", name: "confirm", label: t("submitConfirm") }]}
                title={t("submitTitle")}
                intro={t("submitIntro")}
                submit={t("submitSubmit")}
                pending={pending}
                done={t("submitted")}
                testId="par-submit"
              />
            </div>
            <div className="rounded-md border border-gray-200 bg-white p-4">
              {page.unit.delegate ? (
                <p className="mb-2 text-sm">{t("delegateCurrent", { name: page.unit.delegate.name })}</p>
              ) : null}
              <ParForm
                action={nameParDelegateAction}
                hidden={step}
                fields={[
                  {
                    kind: "select",
                    name: "delegateId",
                    label: t("delegateLabel"),
                    defaultValue: page.unit.delegate?.id ?? "",
                    options: [
                      { value: "", label: t("delegateNone") },
                      ...page.delegates.map((person) => ({
                        value: person.id,
                        label: person.title ? `${person.fullName} (${person.title})` : person.fullName,
                      })),
                    ],
                  },
                ]}
                title={t("delegateTitle")}
                intro={t("delegateIntro")}
                submit={t("delegateSubmit")}
                pending={pending}
                done={t("delegateSaved")}
                testId="par-delegate"
                variant="secondary"
              />
            </div>
          </>
        ) : null}
        {mode === "homeAffairs" && may("finalise") ? (
          <div className="rounded-md border border-gray-200 bg-white p-4">
            <ParForm
              action={finaliseParUnitAction}
              hidden={step}
              fields={[{ kind: "checkbox", name: "acceptRest", label: t("acceptRestLabel") }]}
              title={t("finaliseTitle")}
              intro={t("finaliseIntro")}
              submit={t("finaliseSubmit")}
              pending={pending}
              done={t("finalised")}
              testId="par-finalise"
            />
          </div>
        ) : null}
        {mode === "homeAffairs" && may("reopen") ? (
          <div className="rounded-md border border-gray-200 bg-white p-4">
            <ParForm
              action={reopenParUnitAction}
              hidden={step}
              fields={[{ kind: "textarea", name: "reason", label: t("reopenLabel") }]}
              title={t("reopenTitle")}
              submit={t("reopenSubmit")}
              pending={pending}
              done={t("reopened")}
              testId="par-reopen"
              variant="danger"
            />
          </div>
        ) : null}
        {mode === "homeAffairs" &&
        page.seat.homeAffairs &&
        page.state.evaluationStatus === "OPEN" &&
        (page.unit.status === "DRAFT" || page.unit.status === "RETURNED") ? (
          <div className="rounded-md border border-gray-200 bg-white p-4">
            <ParForm
              action={allowLateParSubmissionAction}
              hidden={step}
              fields={[{ kind: "date", name: "until", label: t("lateLabel"), hint: t("dateHint") }]}
              title={t("lateTitle")}
              submit={t("lateSubmit")}
              pending={pending}
              done={t("lateDone")}
              testId="par-late"
              variant="secondary"
            />
          </div>
        ) : null}
      </div>

      <Section title={t("historyTitle")} id="par-history">
        <DataTable
          caption={t("historyCaption")}
          captionHidden
          columns={[t("colAt"), t("colActor"), t("colEvent"), t("colNote")]}
          empty={page.history.length === 0 ? "—" : undefined}
        >
          {page.history.map((event) => (
            <tr key={event.id}>
              <td className={`${tdClass} whitespace-nowrap`}>{formatDateTime(event.at)}</td>
              <td className={tdClass}>{event.actor}</td>
              <td className={tdClass}>
                {parEventLabel(event.type, locale) ?? ""}
                {event.criterion ? ` · ${t("criterionRef", { code: event.criterion })}` : ""}
                {event.toStatus ? ` → ${labels.unitStatus[event.toStatus]}` : ""}
              </td>
              <td className={tdClass}>{event.note ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}

/** The lead line under the page title: the set, period, deadline and a late allowance. */
export async function UnitEvaluationLead({ page }: { page: ParUnitEvaluationPage }) {
  const t = await getTranslations("parEvaluation");
  return (
    <>
      <p className="-mt-4 mb-2 text-sm text-muted">
        {t("unitIntro", {
          set: page.set.name,
          from: formatDateVi(page.evaluation.periodFrom),
          to: formatDateVi(page.evaluation.periodTo),
          deadline: formatDateVi(page.evaluation.submitDeadline),
        })}
        {page.evaluation.lastSubmitDay !== page.evaluation.submitDeadline
          ? ` ${t("lateAllowed", { date: formatDateVi(page.evaluation.lastSubmitDay) })}`
          : ""}
      </p>
      {page.set.isSample ? <p className="mb-4 text-sm font-semibold text-amber-900">{t("sampleWarning")}</p> : null}
    </>
  );
}
