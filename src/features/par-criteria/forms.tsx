"use client";
// The criteria-set forms: new set, copy, the set's information and grade bands, a node (add or edit), a row's
// move/delete buttons, and the spreadsheet import with its row errors. Labels of the vocabulary come from the server
// (src/domain/par-index/labels.ts in the reader's language); sentences from the parCriteria messages.
import { useTranslations } from "next-intl";
import {
  PAR_CRITERION_KINDS,
  PAR_LEVELS,
  PAR_METRIC_KEYS,
  PAR_SECTIONS,
  PAR_VALUE_KINDS,
  formatLadder,
  type GradeBand,
  type ParCriterionNode,
  type ParVocabulary,
} from "@/domain/par-index";
import { Button, Field, FileImportForm, Input, SelectField, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import {
  addCriterionAction,
  copySetAction,
  createSetAction,
  deleteCriterionAction,
  importCriteriaAction,
  moveCriterionAction,
  updateCriterionAction,
  updateSetInfoAction,
} from "./actions";

const cardClass = "space-y-4 rounded-lg border border-gray-200 bg-white p-4";
const gridClass = "grid gap-4 sm:grid-cols-2";

export function NewSetForm({ labels, defaultYear }: { labels: ParVocabulary; defaultYear: number }) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(createSetAction, { resetOnSuccess: true });
  return (
    <form {...formProps} aria-label={t("newSetTitle")} className={cardClass}>
      <div className={gridClass}>
        <Field id="new-year" label={t("year")} required={t("required")} errors={fieldError("year")}>
          {(control) => <Input {...control} name="year" inputMode="numeric" defaultValue={String(defaultYear)} />}
        </Field>
        <SelectField
          id="new-level"
          name="level"
          label={t("level")}
          required={t("required")}
          choices={PAR_LEVELS.map((level) => ({ value: level, label: labels.level[level] }))}
          defaultValue="COMMUNE"
          errors={fieldError("level")}
        />
      </div>
      <Field id="new-name" label={t("name")} required={t("required")} errors={fieldError("name")}>
        {(control) => <Input {...control} name="name" defaultValue={t("defaultName", { year: defaultYear })} />}
      </Field>
      <Field id="new-basis" label={t("basis")} hint={t("basisHint")} errors={fieldError("basis")}>
        {(control) => <Input {...control} name="basis" />}
      </Field>
      <SelectField
        id="new-start"
        name="start"
        label={t("start")}
        required={t("required")}
        hint={t("startHint")}
        choices={[
          { value: "sample", label: t("startSample") },
          { value: "empty", label: t("startEmpty") },
        ]}
        defaultValue="sample"
        errors={fieldError("start")}
      />
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={state?.ok ? t("created") : null} />
    </form>
  );
}

export function CopySetForm({
  sources,
  defaultYear,
}: {
  sources: { id: string; label: string }[];
  defaultYear: number;
}) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(copySetAction, { resetOnSuccess: true });
  return (
    <form {...formProps} aria-label={t("copyTitle")} className={cardClass}>
      <SelectField
        id="copy-source"
        name="sourceId"
        label={t("copySource")}
        required={t("required")}
        choices={sources.map((source) => ({ value: source.id, label: source.label }))}
        defaultValue={sources[0]?.id ?? ""}
        errors={fieldError("sourceId")}
      />
      <div className={gridClass}>
        <Field id="copy-year" label={t("year")} required={t("required")} errors={fieldError("year")}>
          {(control) => <Input {...control} name="year" inputMode="numeric" defaultValue={String(defaultYear)} />}
        </Field>
        <Field id="copy-name" label={t("name")} required={t("required")} errors={fieldError("name")}>
          {(control) => <Input {...control} name="name" defaultValue={t("defaultName", { year: defaultYear })} />}
        </Field>
      </div>
      <Button type="submit" disabled={pending || sources.length === 0}>
        {t("copy")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={state?.ok ? t("copied") : null} />
    </form>
  );
}

export function SetInfoForm({
  set,
}: {
  set: {
    id: string;
    name: string;
    basis: string | null;
    rescaleToHundred: boolean;
    isSample: boolean;
    gradeBands: GradeBand[];
  };
}) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(updateSetInfoAction);
  // Room for two more bands than the set has; blank rows are ignored.
  const bands = [...set.gradeBands, { label: "", min: Number.NaN }, { label: "", min: Number.NaN }];
  return (
    <form {...formProps} aria-label={t("infoTitle")} className={cardClass}>
      <input type="hidden" name="setId" value={set.id} />
      <Field id="info-name" label={t("name")} required={t("required")} errors={fieldError("name")}>
        {(control) => <Input {...control} name="name" defaultValue={set.name} />}
      </Field>
      <Field id="info-basis" label={t("basis")} hint={t("basisHint")} errors={fieldError("basis")}>
        {(control) => <Input {...control} name="basis" defaultValue={set.basis ?? ""} />}
      </Field>
      <div className="flex items-start gap-2">
        <input
          id="info-rescale"
          type="checkbox"
          name="rescaleToHundred"
          defaultChecked={set.rescaleToHundred}
          className="mt-1"
        />
        <label htmlFor="info-rescale">{t("rescale")}</label>
      </div>
      <div className="flex items-start gap-2">
        <input id="info-sample" type="checkbox" name="isSample" defaultChecked={set.isSample} className="mt-1" />
        <label htmlFor="info-sample">{t("isSample")}</label>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("gradeBands")}</legend>
        <p className="text-sm text-muted">{t("gradeBandsHint")}</p>
        {bands.map((band, index) => (
          <div key={index} className="grid grid-cols-2 gap-2">
            <Field id={`band-label-${index}`} label={t("bandLabel", { n: index + 1 })}>
              {(control) => <Input {...control} name="bandLabel[]" defaultValue={band.label} />}
            </Field>
            <Field id={`band-min-${index}`} label={t("bandMin", { n: index + 1 })}>
              {(control) => (
                <Input
                  {...control}
                  name="bandMin[]"
                  inputMode="decimal"
                  defaultValue={Number.isNaN(band.min) ? "" : String(band.min).replace(".", ",")}
                />
              )}
            </Field>
          </div>
        ))}
        <div aria-live="polite" className="text-sm text-red-800">
          {fieldError("gradeBands")?.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={state?.ok ? t("saved") : null} />
    </form>
  );
}

/** Add a node (no `node`) under a chosen group, or edit a node's own fields. */
export function CriterionForm({
  setId,
  node,
  groups,
  labels,
  idPrefix,
}: {
  setId: string;
  node?: ParCriterionNode;
  groups: { id: string; code: string; title: string }[];
  labels: ParVocabulary;
  idPrefix: string;
}) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(
    node ? updateCriterionAction : addCriterionAction,
    { resetOnSuccess: !node, errorPrefix: "fields." },
  );
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form {...formProps} aria-label={node ? t("editTitle", { code: node.code }) : t("addTitle")} className={cardClass}>
      <input type="hidden" name="setId" value={setId} />
      {node ? <input type="hidden" name="criterionId" value={node.id} /> : null}
      {!node ? (
        <SelectField
          id={id("parent")}
          name="parentId"
          label={t("parent")}
          any={t("noParent")}
          choices={groups.map((group) => ({ value: group.id, label: `${group.code}. ${group.title}` }))}
          errors={fieldError("parentId")}
        />
      ) : null}
      <div className={gridClass}>
        <Field
          id={id("code")}
          label={t("code")}
          required={t("required")}
          hint={t("codeHint")}
          errors={fieldError("code")}
        >
          {(control) => <Input {...control} name="code" defaultValue={node?.code ?? ""} />}
        </Field>
        <Field id={id("max")} label={t("maxPoints")} required={t("required")} errors={fieldError("maxPoints")}>
          {(control) => (
            <Input
              {...control}
              name="maxPoints"
              inputMode="decimal"
              defaultValue={node ? String(node.maxPoints).replace(".", ",") : ""}
            />
          )}
        </Field>
      </div>
      <Field id={id("title")} label={t("criterionTitle")} required={t("required")} errors={fieldError("title")}>
        {(control) => <Textarea {...control} name="title" rows={2} defaultValue={node?.title ?? ""} />}
      </Field>
      <div className={gridClass}>
        <SelectField
          id={id("kind")}
          name="kind"
          label={t("kind")}
          required={t("required")}
          choices={PAR_CRITERION_KINDS.map((kind) => ({ value: kind, label: labels.kind[kind] }))}
          defaultValue={node?.kind ?? "MANUAL"}
          errors={fieldError("kind")}
        />
        <SelectField
          id={id("section")}
          name="section"
          label={t("section")}
          required={t("required")}
          choices={PAR_SECTIONS.map((section) => ({ value: section, label: labels.section[section] }))}
          defaultValue={node?.section ?? "MAIN"}
          errors={fieldError("section")}
        />
        <SelectField
          id={id("value")}
          name="valueKind"
          label={t("valueKind")}
          required={t("required")}
          choices={PAR_VALUE_KINDS.map((value) => ({ value, label: labels.valueKind[value] }))}
          defaultValue={node?.valueKind ?? "YES_NO"}
          errors={fieldError("valueKind")}
        />
        <SelectField
          id={id("metric")}
          name="metric"
          label={t("metric")}
          hint={t("metricHint")}
          any={t("noMetric")}
          choices={PAR_METRIC_KEYS.map((key) => ({ value: key, label: labels.metric[key].name }))}
          defaultValue={node?.metric ?? ""}
          errors={fieldError("metric")}
        />
      </div>
      <Field id={id("ladder")} label={t("ladder")} hint={t("ladderHint")} errors={fieldError("ladder")}>
        {(control) => <Input {...control} name="ladder" defaultValue={node?.ladder ? formatLadder(node.ladder) : ""} />}
      </Field>
      <div className="flex items-start gap-2">
        <input
          id={id("na")}
          type="checkbox"
          name="allowNotApplicable"
          defaultChecked={node?.allowNotApplicable ?? false}
          className="mt-1"
        />
        <label htmlFor={id("na")}>{t("allowNotApplicable")}</label>
      </div>
      <Field id={id("guidance")} label={t("guidance")} errors={fieldError("guidance")}>
        {(control) => <Textarea {...control} name="guidance" rows={3} defaultValue={node?.guidance ?? ""} />}
      </Field>
      <Field id={id("note")} label={t("scoringNote")} errors={fieldError("scoringNote")}>
        {(control) => <Textarea {...control} name="scoringNote" rows={2} defaultValue={node?.scoringNote ?? ""} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {node ? t("save") : t("add")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={state?.ok ? (node ? t("saved") : t("added")) : null} />
    </form>
  );
}

/** One step up or down among the siblings (its own form: a submit button's value is not in the posted data). */
function StepForm({ setId, node, to }: { setId: string; node: ParCriterionNode; to: "up" | "down" }) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef } = useActionForm(moveCriterionAction);
  return (
    <form {...formProps} aria-label={t(to === "up" ? "upTitle" : "downTitle", { code: node.code })}>
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="criterionId" value={node.id} />
      <input type="hidden" name="to" value={to} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t(to)}
        <span className="sr-only"> {node.code}</span>
      </Button>
      <StatusMessage ref={statusRef} state={state} success={null} />
    </form>
  );
}

function MoveUnderForm({
  setId,
  node,
  targets,
}: {
  setId: string;
  node: ParCriterionNode;
  targets: { id: string; code: string }[];
}) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef } = useActionForm(moveCriterionAction);
  return (
    <form {...formProps} className="space-y-1" aria-label={t("moveUnderTitle", { code: node.code })}>
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="criterionId" value={node.id} />
      <input type="hidden" name="to" value="parent" />
      <div className="flex flex-wrap items-end gap-1">
        <SelectField
          id={`under-${node.id}`}
          name="parentId"
          label={t("moveUnder")}
          any={t("noParent")}
          choices={targets.map((group) => ({ value: group.id, label: group.code }))}
          defaultValue={node.parentId ?? ""}
        />
        <Button type="submit" size="sm" variant="secondary" disabled={pending}>
          {t("move")}
          <span className="sr-only"> {node.code}</span>
        </Button>
      </div>
      <StatusMessage ref={statusRef} state={state} success={null} />
    </form>
  );
}

function DeleteForm({ setId, node }: { setId: string; node: ParCriterionNode }) {
  const t = useTranslations("parCriteria");
  const { state, pending, formProps, statusRef } = useActionForm(deleteCriterionAction);
  return (
    <form
      {...formProps}
      aria-label={t("deleteTitle", { code: node.code })}
      onSubmit={(event) => {
        if (!window.confirm(t("deleteConfirm", { code: node.code }))) event.preventDefault();
        else formProps.onSubmit(event);
      }}
    >
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="criterionId" value={node.id} />
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {t("delete")}
        <span className="sr-only"> {node.code}</span>
      </Button>
      <StatusMessage ref={statusRef} state={state} success={null} />
    </form>
  );
}

/** A row's buttons: up, down, place under a group, delete (with its children). */
export function RowActions({
  setId,
  node,
  groups,
}: {
  setId: string;
  node: ParCriterionNode;
  groups: { id: string; code: string; title: string; section: string }[];
}) {
  const targets = groups.filter((group) => group.id !== node.id && group.section === node.section);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1">
        <StepForm setId={setId} node={node} to="up" />
        <StepForm setId={setId} node={node} to="down" />
      </div>
      <MoveUnderForm setId={setId} node={node} targets={targets} />
      <DeleteForm setId={setId} node={node} />
    </div>
  );
}

export function ImportCriteriaForm({ setId }: { setId: string }) {
  const t = useTranslations("parCriteria");
  return (
    <FileImportForm
      action={importCriteriaAction}
      hidden={{ setId }}
      labels={{
        title: t("importTitle"),
        file: t("importFile"),
        required: t("required"),
        hint: t("importHint"),
        submit: t("importSubmit"),
        submitting: t("importing"),
        refused: (count) => t("importRefused", { count }),
        problemsCaption: t("importErrors"),
      }}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      success={(done) => t("imported", { nodes: done.nodes, warnings: done.warnings.length })}
      problemColumns={[t("row"), t("column"), t("problem")]}
      problemCells={(error) => [error.row, error.column, error.message]}
      testId="par-import-errors"
    />
  );
}
