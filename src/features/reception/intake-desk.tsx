"use client";
// The reception desk's form (tiếp nhận hồ sơ), keyboard-first: search the procedure (Enter), tick the documents
// (space), type the applicant, Enter to receive. The same form issues form 02 (incomplete) or form 03 (not
// eligible) instead, with the unticked documents pre-filled. The browser validates with the server's own schemas
// for quick feedback; the server validates again and its field errors are shown the same way.
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { fieldErrors as zodFieldErrors } from "@/domain/dossier/schema-helpers";
import type { ActionState } from "@/lib/action-state";
import type { DeskProcedure, ProcedureOption } from "@/server/data/reception";
import { AppointmentPreview } from "./appointment-preview";
import { DocumentChecklist, ProcedureFacts } from "./document-checklist";
import { Button, Field, FieldError, Input, Textarea, labelClass } from "@/ui/form";
import { errorIdOf } from "./error-id";
import { INTAKE_KEY_FIELD, deskCheckSchema, deskIntakeFromForm, intakeNoticeFromForm } from "./form-data";
import { missingDocumentLines, type ChecklistTick } from "@/domain/dossier/intake-checklist";
import { intakeNoticeSchema, type IntakeNoticeKind } from "@/domain/dossier/intake-notice-schema";
import { issueIntakeNoticeAction } from "./issue-intake-notice-action";
import { PostalIntakeFields, ReturnAddressFields } from "./postal-fields";
import { ProcedureCombobox } from "./procedure-combobox";
import { registerDossierAction } from "./register-dossier-action";

type Mode = "register" | IntakeNoticeKind;
type Errors = Record<string, string[]>;
type Ticks = Record<number, ChecklistTick>;

const INITIAL: ActionState<never> = { ok: false };
const APPLICANT_KINDS = ["CITIZEN", "ORGANISATION"] as const;
const CHANNELS = ["DIRECT", "POSTAL", "ONLINE"] as const;

export function IntakeDesk() {
  const t = useTranslations("reception.intake");
  const tn = useTranslations("reception.notice");
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const [registerState, registerAction, registering] = useActionState(registerDossierAction, INITIAL);
  const [noticeState, noticeAction, issuing] = useActionState(issueIntakeNoticeAction, INITIAL);
  const pending = registering || issuing;

  const [chosen, setChosen] = useState<ProcedureOption | null>(null);
  const [procedure, setProcedure] = useState<DeskProcedure | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [ticks, setTicks] = useState<Ticks>({});
  const [mode, setMode] = useState<Mode>("register");
  const [applicantKind, setApplicantKind] = useState<(typeof APPLICANT_KINDS)[number]>("CITIZEN");
  /** Which postal fields to show: the parcel for channel POSTAL, the receiver when the result goes by post. */
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>("DIRECT");
  const [postalReturn, setPostalReturn] = useState(false);
  const [missingText, setMissingText] = useState("");
  const [reasonText, setReasonText] = useState("");
  /** Errors found in the browser, valid until the server answers again. */
  const [local, setLocal] = useState<{ errors: Errors; message: string; after: ActionState<never> } | null>(null);
  const focusChecklist = useRef(false);
  /**
   * The submission's idempotency key: made in the browser at the first attempt to register this form, sent again by
   * every retry of it (so a retry whose answer was lost returns the dossier already registered), and renewed when the
   * form is reset. A success leaves the desk for the receipt page, and the next form starts with a new key.
   */
  const intakeKey = useRef<string | null>(null);

  const serverState = mode === "register" ? registerState : noticeState;
  const current = local && local.after === serverState ? local : serverState;
  const shown = current === local && local ? { fieldErrors: local.errors, message: local.message } : serverState;
  const errors: Errors = shown.fieldErrors ?? {};
  const message = shown.message;
  const errorsOf = (key: string) => errors[key];

  // Focus the first field in error (in form order), else the message, whenever a new set of errors appears.
  const handled = useRef(new WeakSet<object>());
  useEffect(() => {
    // Each answer moves the focus once (switching between intake and a notice shows an old answer again: no jump).
    if (handled.current.has(current)) return;
    handled.current.add(current);
    if (!message && Object.keys(errors).length === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A whole group in error (the checklist): its first box not ticked takes the focus, else its first box.
    const target =
      invalid instanceof HTMLFieldSetElement
        ? (invalid.querySelector<HTMLElement>('input[type="checkbox"]:not(:checked)') ??
          invalid.querySelector<HTMLElement>('input:not([type="hidden"])'))
        : invalid;
    if (target) target.focus();
    else messageRef.current?.focus();
    // Only a new answer (a new state object) matters, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  // After a procedure is chosen from the search, go straight to its first document.
  useEffect(() => {
    if (procedure && focusChecklist.current) {
      focusChecklist.current = false;
      document.getElementById("documents-0-received")?.focus();
    }
  }, [procedure]);

  async function onChoose(option: ProcedureOption | null) {
    setChosen(option);
    setProcedure(null);
    setLoadError(null);
    setTicks({});
    if (!option) return;
    try {
      const response = await fetch(`/api/thu-tuc/${encodeURIComponent(option.id)}`, {
        headers: { accept: "application/json" },
      });
      const body = (await response.json()) as DeskProcedure | { message: string };
      if (!response.ok || "message" in body) {
        setLoadError("message" in body ? body.message : t("loadError"));
        return;
      }
      focusChecklist.current = true;
      setTicks(
        Object.fromEntries(
          body.documents.map((document) => [document.position, { received: false, count: document.count }]),
        ),
      );
      setProcedure(body);
    } catch {
      setLoadError(t("loadError"));
    }
  }

  function openNotice(kind: IntakeNoticeKind) {
    setMode(kind);
    setLocal(null);
    if (kind === "SUPPLEMENT_REQUEST") {
      setMissingText(procedure ? missingDocumentLines(procedure.documents, ticks).join("\n") : "");
      setReasonText(tn("guidanceDefault"));
    } else {
      setReasonText("");
    }
    // The panel renders on the next frame; then its first text box takes the focus.
    requestAnimationFrame(() =>
      document.getElementById(kind === "SUPPLEMENT_REQUEST" ? "missingDocuments" : "reason")?.focus(),
    );
  }

  function backToRegister() {
    setMode("register");
    setLocal(null);
    requestAnimationFrame(() => document.getElementById("submit-register")?.focus());
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    if (mode === "register") {
      intakeKey.current ??= crypto.randomUUID();
      formData.set(INTAKE_KEY_FIELD, intakeKey.current);
      // Every rule in one round: the fields, the postal details and the procedure's required documents.
      const parsed = deskCheckSchema(procedure?.documents ?? []).safeParse(deskIntakeFromForm(formData));
      if (!parsed.success) {
        const found = zodFieldErrors(parsed.error);
        // No procedure chosen yet: its own message says so; the (absent) checklist has nothing to show.
        if (!procedure) delete found.documents;
        setLocal({
          errors: found,
          message: t("errorsSummary", { count: Object.keys(found).length }),
          after: registerState,
        });
        return;
      }
      setLocal(null);
      startTransition(() => registerAction(formData));
    } else {
      const parsed = intakeNoticeSchema.safeParse(intakeNoticeFromForm(formData));
      if (!parsed.success) {
        setLocal({ errors: zodFieldErrors(parsed.error), message: tn("errorsTitle"), after: noticeState });
        return;
      }
      setLocal(null);
      startTransition(() => noticeAction(formData));
    }
  }

  const describedBy = (key: string, ...more: string[]) => [...more, errorIdOf(key)].join(" ");
  const invalid = (key: string) => (errorsOf(key)?.length ? true : undefined);
  const postalReturnAllowed = procedure?.postalReturnAllowed ?? false;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onReset={() => (intakeKey.current = null)}
      noValidate
      aria-label={t("formLabel")}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
    >
      <input type="hidden" name="procedureId" value={procedure?.id ?? ""} />
      <input type="hidden" name="noticeKind" value={mode === "register" ? "" : mode} />

      <div className="min-w-0 space-y-6">
        <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("procedureStep")}</legend>
          <ProcedureCombobox onChoose={onChoose} error={errorsOf("procedureId")} errorId={errorIdOf("procedureId")} />
          <div aria-live="polite" className="mt-2 text-sm">
            {chosen && !procedure && !loadError ? <p className="text-muted">{t("loadingProcedure")}</p> : null}
            {loadError ? <p className="font-semibold text-red-800">{loadError}</p> : null}
          </div>
        </fieldset>

        {procedure ? (
          <DocumentChecklist procedure={procedure} ticks={ticks} onChange={setTicks} errors={errors} />
        ) : null}

        <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("applicantStep")}</legend>
          <fieldset>
            <legend className={labelClass}>{t("applicantKind")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
              {APPLICANT_KINDS.map((kind) => (
                <label key={kind} className="inline-flex items-center gap-2 py-1">
                  <input
                    type="radio"
                    name="applicantKind"
                    value={kind}
                    checked={applicantKind === kind}
                    onChange={() => setApplicantKind(kind)}
                    className="size-4"
                  />
                  {t(`applicantKinds.${kind}`)}
                </label>
              ))}
            </div>
            <FieldError id={errorIdOf("applicantKind")} errors={errorsOf("applicantKind")} />
          </fieldset>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <Field
              id="applicantName"
              errorId={errorIdOf("applicantName")}
              label={t(`applicantName.${applicantKind}`)}
              errors={errorsOf("applicantName")}
              className="sm:col-span-2"
            >
              {(control) => <Input {...control} name="applicantName" autoComplete="off" />}
            </Field>
            <Field
              id="applicantIdNumber"
              errorId={errorIdOf("applicantIdNumber")}
              label={t(`applicantIdNumber.${applicantKind}`)}
              errors={errorsOf("applicantIdNumber")}
            >
              {(control) => (
                <Input
                  {...control}
                  name="applicantIdNumber"
                  inputMode={applicantKind === "CITIZEN" ? "numeric" : "text"}
                  autoComplete="off"
                  maxLength={20}
                  className="tabular-nums"
                />
              )}
            </Field>
            <Field
              id="applicantPhone"
              errorId={errorIdOf("applicantPhone")}
              label={t("applicantPhone")}
              errors={errorsOf("applicantPhone")}
            >
              {(control) => (
                <Input
                  {...control}
                  name="applicantPhone"
                  type="tel"
                  inputMode="tel"
                  autoComplete="off"
                  className="tabular-nums"
                />
              )}
            </Field>
            <Field
              id="applicantAddress"
              errorId={errorIdOf("applicantAddress")}
              label={t("applicantAddress")}
              errors={errorsOf("applicantAddress")}
              className="sm:col-span-2"
            >
              {(control) => <Input {...control} name="applicantAddress" autoComplete="off" />}
            </Field>
            <Field
              id="applicantEmail"
              errorId={errorIdOf("applicantEmail")}
              label={t("applicantEmail")}
              errors={errorsOf("applicantEmail")}
              className="sm:col-span-2"
            >
              {(control) => <Input {...control} name="applicantEmail" type="email" autoComplete="off" />}
            </Field>
          </div>
        </fieldset>

        <fieldset className="rounded-lg border border-gray-200 bg-white p-4" hidden={mode !== "register"}>
          <legend className="px-1 text-lg font-semibold">{t("optionsStep")}</legend>
          <fieldset>
            <legend className={labelClass}>{t("channel")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
              {CHANNELS.map((channel) => (
                <label key={channel} className="inline-flex items-center gap-2 py-1">
                  <input
                    type="radio"
                    name="channel"
                    value={channel}
                    defaultChecked={channel === "DIRECT"}
                    onChange={() => setChannel(channel)}
                    className="size-4"
                  />
                  {t(`channels.${channel}`)}
                </label>
              ))}
            </div>
            <FieldError id={errorIdOf("channel")} errors={errorsOf("channel")} />
          </fieldset>
          {channel === "POSTAL" ? <PostalIntakeFields errorsOf={errorsOf} /> : null}
          <div className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {(["dataReused"] as const).map((name) => (
              <label key={name} className="inline-flex items-center gap-2 py-1">
                <input type="checkbox" name={name} className="size-4" />
                {t(name)}
              </label>
            ))}
            <div>
              <label className="inline-flex items-center gap-2 py-1">
                <input
                  type="checkbox"
                  name="postalReturn"
                  disabled={!postalReturnAllowed}
                  onChange={(event) => setPostalReturn(event.target.checked)}
                  className="size-4"
                  aria-invalid={invalid("postalReturn")}
                  aria-describedby={describedBy(
                    "postalReturn",
                    ...(procedure && !postalReturnAllowed ? ["postal-not-allowed"] : []),
                  )}
                />
                {t("postalReturn")}
              </label>
              {procedure && !postalReturnAllowed ? (
                <p id="postal-not-allowed" className="text-sm text-muted">
                  {t("postalNotAllowed")}
                </p>
              ) : null}
              <FieldError id={errorIdOf("postalReturn")} errors={errorsOf("postalReturn")} />
            </div>
          </div>
          {postalReturn && postalReturnAllowed ? <ReturnAddressFields errorsOf={errorsOf} /> : null}
          <Field id="note" errorId={errorIdOf("note")} label={t("note")} errors={errorsOf("note")} className="mt-3">
            {(control) => <Textarea {...control} name="note" rows={2} />}
          </Field>
        </fieldset>

        {mode !== "register" ? (
          <NoticePanel
            kind={mode}
            missingText={missingText}
            reasonText={reasonText}
            onMissingChange={setMissingText}
            onReasonChange={setReasonText}
            errorsOf={errorsOf}
            pending={issuing}
            onBack={backToRegister}
          />
        ) : null}

        <div ref={messageRef} tabIndex={-1} role="alert" className="focus:outline-none">
          {message ? (
            <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-semibold text-red-800">{message}</p>
          ) : null}
          {errors._form?.length || errors._?.length ? (
            <ul className="mt-1 list-disc pl-6 text-sm text-red-800">
              {[...(errors._form ?? []), ...(errors._ ?? [])].map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </div>

        {mode === "register" ? (
          <div className="flex flex-wrap gap-3">
            <Button id="submit-register" type="submit" size="lg" disabled={pending}>
              {registering ? t("submitting") : t("submit")}
            </Button>
            <button
              type="button"
              onClick={() => openNotice("SUPPLEMENT_REQUEST")}
              className="rounded-md border-2 border-amber-700 bg-white px-4 py-3 font-semibold text-amber-900 hover:bg-amber-50"
            >
              {t("incomplete")}
            </button>
            <button
              type="button"
              onClick={() => openNotice("REFUSAL")}
              className="rounded-md border-2 border-gray-500 bg-white px-4 py-3 font-semibold text-ink hover:bg-gray-100"
            >
              {t("ineligible")}
            </button>
          </div>
        ) : null}
      </div>

      <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <AppointmentPreview procedureId={procedure?.id ?? null} initial={procedure?.appointment ?? null} />
        {procedure ? <ProcedureFacts procedure={procedure} /> : null}
      </aside>
    </form>
  );
}

function NoticePanel(props: {
  kind: IntakeNoticeKind;
  missingText: string;
  reasonText: string;
  onMissingChange: (value: string) => void;
  onReasonChange: (value: string) => void;
  errorsOf: (key: string) => string[] | undefined;
  pending: boolean;
  onBack: () => void;
}) {
  const t = useTranslations("reception.notice");
  const { kind, errorsOf } = props;
  const supplement = kind === "SUPPLEMENT_REQUEST";
  return (
    <section
      aria-labelledby="notice-title"
      className={`rounded-lg border-2 p-4 ${supplement ? "border-amber-700 bg-amber-50" : "border-gray-500 bg-gray-100"}`}
    >
      <h2 id="notice-title" className="text-lg font-semibold">
        {supplement ? t("supplementTitle") : t("refusalTitle")}
      </h2>
      <p className="mt-1 text-sm">{supplement ? t("supplementIntro") : t("refusalIntro")}</p>
      <p className="mt-1 text-sm text-muted">{t("applicantNote")}</p>
      {supplement ? (
        <Field
          id="missingDocuments"
          errorId={errorIdOf("missingDocuments")}
          label={t("missingLabel")}
          errors={errorsOf("missingDocuments")}
          className="mt-3"
        >
          {(control) => (
            <Textarea
              {...control}
              name="missingDocuments"
              rows={4}
              value={props.missingText}
              onChange={(event) => props.onMissingChange(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field
        id="reason"
        errorId={errorIdOf("reason")}
        label={supplement ? t("guidanceLabel") : t("reasonLabel")}
        hint={supplement ? undefined : t("reasonHint")}
        errors={errorsOf("reason")}
        className="mt-3"
      >
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={3}
            aria-required={supplement ? undefined : true}
            value={props.reasonText}
            onChange={(event) => props.onReasonChange(event.target.value)}
          />
        )}
      </Field>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button type="submit" size="lg" disabled={props.pending}>
          {props.pending ? t("submitting") : supplement ? t("submitSupplement") : t("submitRefusal")}
        </Button>
        <Button variant="secondary" size="lg" onClick={props.onBack}>
          {t("back")}
        </Button>
      </div>
    </section>
  );
}
