"use client";
// The desk's two forms: scan and attach a component, or reuse a file from the applicant's earlier dossiers (only
// that applicant's files are offered; the server checks again).
import { useId } from "react";
import { ACCEPT_ATTRIBUTE } from "@/domain/files";
import { Button, Field, Input, SelectField, StatusMessage, useActionForm, type Choice } from "@/ui/form";
import { reuseComponentAction, scanComponentAction } from "./actions";
import { SCAN_FILE_FIELD } from "./form";

export interface DigitisationFormsText {
  choose: string;
  scan: Record<"title" | "component" | "file" | "fileHint" | "submit" | "pending" | "done", string>;
  reuse: Record<"title" | "intro" | "component" | "source" | "noCandidates" | "submit" | "pending" | "done", string>;
}

type Done = { position: number; digitised: boolean; dataReused: boolean };
const cardClass = "rounded-lg border border-gray-300 bg-gray-50 p-4";

interface FormsProps {
  dossierId: string;
  components: readonly { position: number; name: string }[];
  candidates: readonly { id: string; label: string }[];
  text: DigitisationFormsText;
}

export function DigitisationForms(props: FormsProps) {
  const componentChoices = props.components.map((component) => ({
    value: String(component.position),
    label: `${component.position}. ${component.name}`,
  }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ScanForm {...props} componentChoices={componentChoices} />
      <ReuseForm {...props} componentChoices={componentChoices} />
    </div>
  );
}

type FormProps = FormsProps & { componentChoices: readonly Choice[] };

function ScanForm({ dossierId, componentChoices, text }: FormProps) {
  const baseId = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm<Done>(scanComponentAction, {
    resetOnSuccess: true,
  });
  return (
    <form
      {...formProps}
      encType="multipart/form-data"
      aria-labelledby={`${baseId}-title`}
      className={cardClass}
      data-testid="digitisation-scan-form"
    >
      <h3 id={`${baseId}-title`} className="font-semibold">
        {text.scan.title}
      </h3>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={text.scan.done}
        className="mt-3"
        testId="digitisation-scan-message"
      />
      <input type="hidden" name="dossierId" value={dossierId} />
      <SelectField
        id={`${baseId}-position`}
        name="position"
        label={text.scan.component}
        any={text.choose}
        choices={componentChoices}
        errors={fieldError("position")}
        className="mt-3"
      />
      <Field
        id={`${baseId}-file`}
        label={text.scan.file}
        hint={text.scan.fileHint}
        errors={fieldError(SCAN_FILE_FIELD)}
        className="mt-3"
      >
        {(control) => (
          <Input
            {...control}
            type="file"
            name={SCAN_FILE_FIELD}
            accept={ACCEPT_ATTRIBUTE}
            required
            className="bg-white"
          />
        )}
      </Field>
      <div className="mt-4">
        <Button type="submit" disabled={pending}>
          {pending ? text.scan.pending : text.scan.submit}
        </Button>
      </div>
    </form>
  );
}

function ReuseForm({ dossierId, componentChoices, candidates, text }: FormProps) {
  const baseId = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm<Done>(reuseComponentAction, {
    resetOnSuccess: true,
  });
  return (
    <form
      {...formProps}
      aria-labelledby={`${baseId}-title`}
      className={cardClass}
      data-testid="digitisation-reuse-form"
    >
      <h3 id={`${baseId}-title`} className="font-semibold">
        {text.reuse.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.reuse.intro}</p>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={text.reuse.done}
        className="mt-3"
        testId="digitisation-reuse-message"
      />
      {candidates.length === 0 ? (
        <p className="mt-3 text-sm">{text.reuse.noCandidates}</p>
      ) : (
        <>
          <input type="hidden" name="dossierId" value={dossierId} />
          <SelectField
            id={`${baseId}-position`}
            name="position"
            label={text.reuse.component}
            any={text.choose}
            choices={componentChoices}
            errors={fieldError("position")}
            className="mt-3"
          />
          <SelectField
            id={`${baseId}-source`}
            name="sourceFileId"
            label={text.reuse.source}
            any={text.choose}
            choices={candidates.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
            errors={fieldError("sourceFileId")}
            className="mt-3"
          />
          <div className="mt-4">
            <Button type="submit" disabled={pending}>
              {pending ? text.reuse.pending : text.reuse.submit}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
