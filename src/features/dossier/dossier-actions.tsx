"use client";
// The action panel of the dossier page: one button per command this user may use now; each opens a small form with
// that command's inputs and the hidden expectedVersion, submitted through the one dossier action. Messages are
// announced (aria-live) and receive focus; field errors sit under their inputs.
import { useEffect, useId, useState } from "react";
import type { DossierCommandType, DossierStatus } from "@/domain/dossier";
import type { ActionState } from "@/lib/action-state";
import { dossierCommandAction } from "./actions";
import {
  Button,
  Field,
  FieldError,
  Input,
  Select,
  StatusMessage,
  Textarea,
  controlAria,
  hintClass,
  labelClass,
  useActionForm,
} from "@/ui/form";
import { ConflictReload } from "./action-feedback";
import { COMMAND_FIELDS, type CommandFieldName } from "./command-form";
import { ReturnResultFields, type ReturnFieldsText, type ReturnFormFacts } from "./return-result-fields";

type Result = { code: string; version: number; status: DossierStatus; command: DossierCommandType };

export interface ActionPanelText {
  heading: string;
  none: string;
  submit: string;
  cancel: string;
  pending: string;
  reload: string;
  done: string;
  confirm: string;
  choose: string;
  fields: Record<CommandFieldName, string>;
  hints: Partial<Record<CommandFieldName, string>>;
}

export interface ActionPanelProps {
  dossierId: string;
  version: number;
  commands: readonly DossierCommandType[];
  /** Button texts of every command (a finished command may have left the list by the time its message shows). */
  commandLabels: Record<DossierCommandType, string>;
  offices: { id: string; name: string }[];
  officers: { id: string; name: string }[];
  resultKinds: { value: string; label: string }[];
  /** The return form's facts, when "Trả kết quả" is offered. */
  returnForm: ReturnFormFacts | null;
  returnText: Omit<ReturnFieldsText, "fields">;
  text: ActionPanelText;
}

export function DossierActions(props: ActionPanelProps) {
  const { commands, commandLabels, text } = props;
  const [open, setOpen] = useState<DossierCommandType | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const { state, pending, formProps, formRef, statusRef, fieldError, dismiss } = useActionForm(
    async (previous: ActionState<Result>, formData: FormData) => {
      setSubmitted(String(formData.get("type")));
      const result = await dossierCommandAction(previous, formData);
      if (result.ok) setOpen(null);
      return result;
    },
    { errorPrefix: "command." },
  );
  const baseId = useId();

  // A form that opens puts the focus on its first input (the hook moves it after an answer).
  useEffect(() => {
    if (open)
      formRef.current
        ?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button[type=submit]")
        ?.focus();
  }, [open, formRef]);

  // Errors belong to the form that was submitted, not to another command's form opened since.
  const errorsFor = (name: CommandFieldName) => (submitted === open ? fieldError(name) : []);
  const formId = `${baseId}-form`;

  return (
    <div>
      <StatusMessage
        ref={statusRef}
        state={state}
        testId="action-message"
        success={state?.ok && state.data ? text.done.replace("{command}", commandLabels[state.data.command]) : null}
        errorAction={
          <ConflictReload
            state={state}
            label={text.reload}
            onReload={() => {
              dismiss();
              setOpen(null);
            }}
          />
        }
      />
      {commands.length === 0 ? (
        <p className="text-sm text-muted">{text.none}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={text.heading}>
          {commands.map((type) => (
            <li key={type}>
              <button
                type="button"
                aria-expanded={open === type}
                aria-controls={open === type ? formId : undefined}
                onClick={() => setOpen(open === type ? null : type)}
                className={`rounded-md border px-3 py-2 text-sm font-semibold ${open === type ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-700 hover:bg-brand-50"}`}
                data-command={type}
              >
                {commandLabels[type]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <form
          {...formProps}
          id={formId}
          aria-label={commandLabels[open]}
          className="mt-4 max-w-xl rounded-lg border border-gray-300 bg-gray-50 p-4"
          data-testid={`form-${open}`}
        >
          <h3 className="font-semibold">{commandLabels[open]}</h3>
          <input type="hidden" name="dossierId" value={props.dossierId} />
          <input type="hidden" name="expectedVersion" value={props.version} />
          <input type="hidden" name="type" value={open} />
          {COMMAND_FIELDS[open].length === 0 ? <p className="mt-2 text-sm">{text.confirm}</p> : null}
          {open === "return_result" && props.returnForm ? (
            <ReturnResultFields
              baseId={baseId}
              facts={props.returnForm}
              text={{ ...props.returnText, fields: text.fields }}
              errorsFor={errorsFor}
            />
          ) : (
            COMMAND_FIELDS[open].map((name) => (
              <CommandField key={name} name={name} baseId={baseId} props={props} errors={errorsFor(name)} />
            ))
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? text.pending : text.submit}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(null)}>
              {text.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function CommandField({
  name,
  baseId,
  props,
  errors,
}: {
  name: CommandFieldName;
  baseId: string;
  props: ActionPanelProps;
  errors: string[];
}) {
  const id = `${baseId}-${name}`;
  const label = props.text.fields[name];
  const hint = props.text.hints[name];

  if (name === "resultKind") {
    const options = props.resultKinds;
    const aria = controlAria(id, { errors, hasHint: Boolean(hint) });
    return (
      <fieldset className="mt-3" aria-describedby={aria["aria-describedby"]} aria-invalid={aria["aria-invalid"]}>
        <legend className={labelClass}>{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={option.value} required />
            {option.label}
          </label>
        ))}
        {hint ? (
          <p id={`${id}-hint`} className={hintClass}>
            {hint}
          </p>
        ) : null}
        <FieldError id={`${id}-error`} errors={errors} />
      </fieldset>
    );
  }
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className="mt-3">
      {(control) => {
        if (name === "toOfficeId" || name === "officerId") {
          const options = name === "toOfficeId" ? props.offices : props.officers;
          return (
            <Select {...control} name={name} required defaultValue="">
              <option value="" disabled>
                {props.text.choose}
              </option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </Select>
          );
        }
        if (name === "amount") return <Input {...control} name={name} inputMode="numeric" pattern="\d*" />;
        return <Textarea {...control} name={name} rows={3} maxLength={1000} required={name === "reason"} />;
      }}
    </Field>
  );
}
