"use client";
// The two ways to issue an electronic result: attach the signed PDF, or have the system generate one. Both share the
// metadata fields (number, kind, signer, date dd/MM/yyyy, agency); messages come back under each input.
import { useId } from "react";
import { Button, Field, Input, StatusMessage, Textarea, useActionForm } from "@/ui/form";
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
const cardClass = "rounded-lg border border-gray-300 bg-gray-50 p-4";

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
        {(control) => <Input {...control} name="signedOn" required inputMode="numeric" placeholder="dd/mm/yyyy" />}
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
  const { state, pending, formProps, statusRef, fieldError } = useActionForm<Issued>(attachResultAction, {
    resetOnSuccess: true,
  });
  return (
    <form
      {...formProps}
      encType="multipart/form-data"
      aria-labelledby={`${baseId}-title`}
      className={cardClass}
      data-testid="e-result-attach-form"
    >
      <h3 id={`${baseId}-title`} className="font-semibold">
        {text.attach.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.attach.intro}</p>
      {hasCurrent ? <p className="mt-1 text-sm text-amber-900">{text.replaceNote}</p> : null}
      <StatusMessage
        ref={statusRef}
        state={state}
        success={text.attach.done}
        className="mt-3"
        testId="e-result-attach-message"
      />
      <input type="hidden" name="dossierId" value={dossierId} />
      <Field
        id={`${baseId}-file`}
        label={text.attach.file}
        hint={text.attach.fileHint}
        required={text.required}
        errors={fieldError(RESULT_FILE_FIELD)}
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
      <MetadataFields prefix={baseId} text={text} defaults={defaults} errors={fieldError} />
      <div className="mt-4">
        <Button type="submit" disabled={pending}>
          {pending ? text.attach.pending : text.attach.submit}
        </Button>
      </div>
    </form>
  );
}

function GenerateForm({ dossierId, hasCurrent, defaults, text }: FormProps) {
  const baseId = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm<Issued>(generateResultAction, {
    resetOnSuccess: true,
  });
  return (
    <form {...formProps} aria-labelledby={`${baseId}-title`} className={cardClass} data-testid="e-result-generate-form">
      <h3 id={`${baseId}-title`} className="font-semibold">
        {text.generate.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.generate.intro}</p>
      {hasCurrent ? <p className="mt-1 text-sm text-amber-900">{text.replaceNote}</p> : null}
      <StatusMessage
        ref={statusRef}
        state={state}
        success={text.generate.done}
        className="mt-3"
        testId="e-result-generate-message"
      />
      <input type="hidden" name="dossierId" value={dossierId} />
      <MetadataFields prefix={baseId} text={text} defaults={defaults} errors={fieldError} />
      <Field
        id={`${baseId}-content`}
        label={text.generate.content}
        hint={text.generate.contentHint}
        errors={fieldError("content")}
        className="mt-3"
      >
        {(control) => <Textarea {...control} name="content" rows={4} maxLength={2000} />}
      </Field>
      <div className="mt-4">
        <Button type="submit" disabled={pending}>
          {pending ? text.generate.pending : text.generate.submit}
        </Button>
      </div>
    </form>
  );
}
