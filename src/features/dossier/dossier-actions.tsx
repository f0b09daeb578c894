"use client";
// The action panel of the dossier page: one button per command this user may use now; each opens a small form with
// that command's inputs and the hidden expectedVersion, submitted through the one dossier action. Messages are
// announced (aria-live) and receive focus; field errors sit under their inputs.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { DossierCommandType, DossierStatus } from "@/domain/dossier";
import type { ActionState } from "@/lib/action-state";
import { dossierCommandAction } from "./actions";
import { COMMAND_FIELDS, CONFLICT_FIELD, errorsOf, type CommandFieldName } from "./command-form";

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
  returnMethods: { value: string; label: string }[];
  text: ActionPanelText;
}

const initial: ActionState<Result> = { ok: false };
const inputClass = "mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

export function DossierActions(props: ActionPanelProps) {
  const { commands, commandLabels, text } = props;
  const router = useRouter();
  const [open, setOpen] = useState<DossierCommandType | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<ActionState<Result> | null>(null);
  const [state, formAction, pending] = useActionState(async (previous: ActionState<Result>, formData: FormData) => {
    setSubmitted(String(formData.get("type")));
    const result = await dossierCommandAction(previous, formData);
    if (result.ok) setOpen(null);
    return result;
  }, initial);
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const baseId = useId();

  const visible = state !== initial && state !== dismissed ? state : null;
  const conflict = visible && !visible.ok && errorsOf(visible.fieldErrors, CONFLICT_FIELD).length > 0;

  // Focus follows the outcome: the message after a submission, the first input when a form opens.
  useEffect(() => {
    if (state !== initial) messageRef.current?.focus();
  }, [state]);
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button[type=submit]")?.focus();
  }, [open]);

  const fieldErrors = visible && !visible.ok && submitted === open ? visible.fieldErrors : undefined;
  const formId = `${baseId}-form`;

  return (
    <div>
      <div ref={messageRef} tabIndex={-1} aria-live="polite" className="outline-none" data-testid="action-message">
        {visible?.ok && visible.data ? (
          <p role="status" className="mb-3 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">
            {text.done.replace("{command}", commandLabels[visible.data.command])}
          </p>
        ) : null}
        {visible && !visible.ok && visible.message ? (
          <div role="alert" className="mb-3 flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
            <p>{visible.message}</p>
            {conflict ? (
              <button
                type="button"
                className="rounded-md border border-red-800 bg-white px-3 py-1.5 font-semibold text-red-900 hover:bg-red-100"
                onClick={() => {
                  setDismissed(state);
                  setOpen(null);
                  router.refresh();
                }}
              >
                {text.reload}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
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
          id={formId}
          ref={formRef}
          action={formAction}
          aria-label={commandLabels[open]}
          className="mt-4 max-w-xl rounded-lg border border-gray-300 bg-gray-50 p-4"
          data-testid={`form-${open}`}
        >
          <h3 className="font-semibold">{commandLabels[open]}</h3>
          <input type="hidden" name="dossierId" value={props.dossierId} />
          <input type="hidden" name="expectedVersion" value={props.version} />
          <input type="hidden" name="type" value={open} />
          {COMMAND_FIELDS[open].length === 0 ? <p className="mt-2 text-sm">{text.confirm}</p> : null}
          {COMMAND_FIELDS[open].map((name) => (
            <Field key={name} name={name} baseId={baseId} props={props} errors={errorsOf(fieldErrors, name)} />
          ))}
          <div className="mt-4 flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
              {pending ? text.pending : text.submit}
            </button>
            <button type="button" onClick={() => setOpen(null)} className="rounded-md border border-gray-400 bg-white px-4 py-2 hover:bg-gray-100">
              {text.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function Field({ name, baseId, props, errors }: { name: CommandFieldName; baseId: string; props: ActionPanelProps; errors: string[] }) {
  const id = `${baseId}-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const label = props.text.fields[name];
  const hint = props.text.hints[name];
  const describedBy = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean).join(" ") || undefined;
  const invalid = errors.length > 0 ? true : undefined;
  const errorBlock = (
    <div id={errorId} aria-live="polite">
      {errors.map((message) => (
        <p key={message} className="mt-1 text-sm text-red-800">
          {message}
        </p>
      ))}
    </div>
  );
  const hintBlock = hint ? (
    <p id={hintId} className="mt-1 text-xs text-muted">
      {hint}
    </p>
  ) : null;

  if (name === "resultKind" || name === "method") {
    const options = name === "resultKind" ? props.resultKinds : props.returnMethods;
    return (
      <fieldset className="mt-3" aria-describedby={describedBy} aria-invalid={invalid}>
        <legend className="text-sm font-semibold">{label}</legend>
        {options.map((option, index) => (
          <label key={option.value} className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={option.value} required defaultChecked={name === "method" && index === 0} />
            {option.label}
          </label>
        ))}
        {hintBlock}
        {errorBlock}
      </fieldset>
    );
  }
  if (name === "toOfficeId" || name === "officerId") {
    const options = name === "toOfficeId" ? props.offices : props.officers;
    return (
      <div className="mt-3">
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <select id={id} name={name} required defaultValue="" aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
          <option value="" disabled>
            {props.text.choose}
          </option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        {hintBlock}
        {errorBlock}
      </div>
    );
  }
  if (name === "amount") {
    return (
      <div className="mt-3">
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <input id={id} name={name} inputMode="numeric" pattern="\d*" aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        {hintBlock}
        {errorBlock}
      </div>
    );
  }
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        maxLength={1000}
        required={name === "reason"}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className={inputClass}
      />
      {hintBlock}
      {errorBlock}
    </div>
  );
}
