"use client";
// The two ways to issue an electronic result: attach the signed PDF, or have the system generate one. Both share the
// metadata fields (number, kind, signer, date dd/MM/yyyy, agency); messages come back under each input.
import { useId } from "react";
import { ActionCard, Field, DateInput, Input, Textarea, useActionForm } from "@/ui/form";
import { attachResultAction, generateResultAction } from "./actions";
import { RESULT_FILE_FIELD } from "./form";

export interface ResultFormsText {
  required: string;
  replaceNote: string;
  attach: Record<"title" | "intro" | "file" | "fileHint" | "submit" | "pending" | "done", string>;
  generate: Record<"title" | "intro" | "content" | "contentHint" | "submit" | "pending" | "done", string>;
  fields: Record<
    | "number"
    | "numberHint"
    | "kind"
    | "kindHint"
    | "signerName"
    | "signerTitle"
    | "signedOn"
    | "signedOnHint"
    | "issuingAgency",
    string
  >;
}

type Issued = { code: string; fileId: string };

function MetadataFields({
  prefix,
  text,
  defaults,
  errors,
}: {
  prefix: string;
  text: ResultFormsText;
  defaults: { issuingAgency: string };
  errors: (name: string) => string[];
}) {
  const field = (name: string) => `${prefix}-${name}`;
  return (
    <div className="mt-3 grid gap-3 sm:grid-cols-2">
      <Field
        id={field("number")}
        label={text.fields.number}
        hint={text.fields.numberHint}
        required={text.required}
        errors={errors("number")}
      >
        {(control) => <Input {...control} name="number" required maxLength={60} autoComplete="off" />}
      </Field>
      <Field
        id={field("kind")}
        label={text.fields.kind}
        hint={text.fields.kindHint}
        required={text.required}
        errors={errors("kind")}
      >
        {(control) => <Input {...control} name="kind" required maxLength={200} />}
      </Field>
      <Field
        id={field("signerName")}
        label={text.fields.signerName}
        required={text.required}
        errors={errors("signerName")}
      >
        {(control) => <Input {...control} name="signerName" required maxLength={120} autoComplete="off" />}
      </Field>
      <Field id={field("signerTitle")} label={text.fields.signerTitle} errors={errors("signerTitle")}>
        {(control) => <Input {...control} name="signerTitle" maxLength={120} />}
      </Field>
      <Field
        id={field("signedOn")}
        label={text.fields.signedOn}
        hint={text.fields.signedOnHint}
        required={text.required}
        errors={errors("signedOn")}
      >
        {(control) => <DateInput {...control} name="signedOn" required />}
      </Field>
      <Field
        id={field("issuingAgency")}
        label={text.fields.issuingAgency}
        required={text.required}
        errors={errors("issuingAgency")}
      >
        {(control) => (
          <Input {...control} name="issuingAgency" required maxLength={200} defaultValue={defaults.issuingAgency} />
        )}
      </Field>
    </div>
  );
}

interface FormProps {
  dossierId: string;
  hasCurrent: boolean;
  defaults: { issuingAgency: string };
  text: ResultFormsText;
}

export function ResultForms(props: FormProps) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <AttachForm {...props} />
      <GenerateForm {...props} />
    </div>
  );
}

function AttachForm({ dossierId, hasCurrent, defaults, text }: FormProps) {
  const baseId = useId();
  const form = useActionForm<Issued>(attachResultAction, { resetOnSuccess: true });
  return (
    <ActionCard
      {...form}
      titleId={`${baseId}-title`}
      title={text.attach.title}
      intro={<Intro text={text.attach.intro} replaceNote={hasCurrent ? text.replaceNote : null} />}
      success={text.attach.done}
      statusTestId="e-result-attach-message"
      testId="e-result-attach-form"
      multipart
      hidden={{ dossierId }}
      submit={{ label: text.attach.submit, pending: text.attach.pending }}
    >
      <Field
        id={`${baseId}-file`}
        label={text.attach.file}
        hint={text.attach.fileHint}
        required={text.required}
        errors={form.fieldError(RESULT_FILE_FIELD)}
        className="mt-3"
      >
        {(control) => (
          <Input
            {...control}
            type="file"
            name={RESULT_FILE_FIELD}
            accept=".pdf,application/pdf"
            required
            className="bg-white"
          />
        )}
      </Field>
      <MetadataFields prefix={baseId} text={text} defaults={defaults} errors={form.fieldError} />
    </ActionCard>
  );
}

function GenerateForm({ dossierId, hasCurrent, defaults, text }: FormProps) {
  const baseId = useId();
  const form = useActionForm<Issued>(generateResultAction, { resetOnSuccess: true });
  return (
    <ActionCard
      {...form}
      titleId={`${baseId}-title`}
      title={text.generate.title}
      intro={<Intro text={text.generate.intro} replaceNote={hasCurrent ? text.replaceNote : null} />}
      success={text.generate.done}
      statusTestId="e-result-generate-message"
      testId="e-result-generate-form"
      hidden={{ dossierId }}
      submit={{ label: text.generate.submit, pending: text.generate.pending }}
    >
      <MetadataFields prefix={baseId} text={text} defaults={defaults} errors={form.fieldError} />
      <Field
        id={`${baseId}-content`}
        label={text.generate.content}
        hint={text.generate.contentHint}
        errors={form.fieldError("content")}
        className="mt-3"
      >
        {(control) => <Textarea {...control} name="content" rows={4} maxLength={2000} />}
      </Field>
    </ActionCard>
  );
}

/** What the action does, and that it replaces the current result when there is one. */
function Intro({ text, replaceNote }: { text: string; replaceNote: string | null }) {
  return (
    <>
      <p className="mt-1 text-sm text-muted">{text}</p>
      {replaceNote ? <p className="mt-1 text-sm text-amber-900">{replaceNote}</p> : null}
    </>
  );
}
