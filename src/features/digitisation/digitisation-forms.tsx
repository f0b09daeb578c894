"use client";
// The desk's two forms: scan and attach a component, or reuse a file from the applicant's earlier dossiers (only
// that applicant's files are offered; the server checks again).
import { useId } from "react";
import { ACCEPT_ATTRIBUTE } from "@/domain/files";
import { ActionCard, Field, Input, SelectField, useActionForm, type Choice } from "@/ui/form";
import { reuseComponentAction, scanComponentAction } from "./actions";
import { SCAN_FILE_FIELD } from "./form";

export interface DigitisationFormsText {
  choose: string;
  scan: Record<"title" | "component" | "file" | "fileHint" | "submit" | "pending" | "done", string>;
  reuse: Record<"title" | "intro" | "component" | "source" | "noCandidates" | "submit" | "pending" | "done", string>;
}

type Done = { position: number; digitised: boolean; dataReused: boolean };

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
  const form = useActionForm<Done>(scanComponentAction, { resetOnSuccess: true });
  return (
    <ActionCard
      {...form}
      titleId={`${baseId}-title`}
      title={text.scan.title}
      success={text.scan.done}
      statusTestId="digitisation-scan-message"
      testId="digitisation-scan-form"
      multipart
      hidden={{ dossierId }}
      submit={{ label: text.scan.submit, pending: text.scan.pending }}
    >
      <SelectField
        id={`${baseId}-position`}
        name="position"
        label={text.scan.component}
        any={text.choose}
        choices={componentChoices}
        errors={form.fieldError("position")}
        className="mt-3"
      />
      <Field
        id={`${baseId}-file`}
        label={text.scan.file}
        hint={text.scan.fileHint}
        errors={form.fieldError(SCAN_FILE_FIELD)}
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
    </ActionCard>
  );
}

function ReuseForm({ dossierId, componentChoices, candidates, text }: FormProps) {
  const baseId = useId();
  const form = useActionForm<Done>(reuseComponentAction, { resetOnSuccess: true });
  const offered = candidates.length > 0;
  return (
    <ActionCard
      {...form}
      titleId={`${baseId}-title`}
      title={text.reuse.title}
      intro={<p className="mt-1 text-sm text-muted">{text.reuse.intro}</p>}
      success={text.reuse.done}
      statusTestId="digitisation-reuse-message"
      testId="digitisation-reuse-form"
      hidden={offered ? { dossierId } : {}}
      submit={offered ? { label: text.reuse.submit, pending: text.reuse.pending } : null}
    >
      {offered ? (
        <>
          <SelectField
            id={`${baseId}-position`}
            name="position"
            label={text.reuse.component}
            any={text.choose}
            choices={componentChoices}
            errors={form.fieldError("position")}
            className="mt-3"
          />
          <SelectField
            id={`${baseId}-source`}
            name="sourceFileId"
            label={text.reuse.source}
            any={text.choose}
            choices={candidates.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
            errors={form.fieldError("sourceFileId")}
            className="mt-3"
          />
        </>
      ) : (
        <p className="mt-3 text-sm">{text.reuse.noCandidates}</p>
      )}
    </ActionCard>
  );
}
