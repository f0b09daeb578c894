"use client";
// The inputs of "Trả kết quả" inside the dossier's command form: the method (only the ways this dossier allows), the
// result's number, and at the desk who collects it and the identity document checked. An authorised person's
// relation and authorisation paper appear only when chosen; the post's destination only when post was requested.
// Radios and selects are native controls, so the form is used with Tab, arrows and Enter. The rules are the
// domain's (src/domain/dossier/result-return.ts); the server checks them again.
import { useState } from "react";
import {
  COLLECTOR_KINDS,
  ID_DOCUMENT_KINDS,
  type CollectorKind,
  type IdDocumentKind,
  type ReturnMethod,
} from "@/domain/dossier";
import { Field, FieldError, Input, Select, Textarea, controlAria, hintClass, labelClass } from "@/ui/form";

export interface ReturnFormFacts {
  methods: readonly ReturnMethod[];
  applicantName: string;
  applicantIdNumber: string | null;
  postalDestination: string | null;
  resultNumber: string | null;
}

export type ReturnFieldName =
  | "method"
  | "resultNumber"
  | "collectorKind"
  | "collectorName"
  | "collectorRelation"
  | "authorisationPaper"
  | "idDocumentKind"
  | "idDocumentNumber"
  | "note";

export interface ReturnFieldsText {
  fields: Record<ReturnFieldName, string>;
  hints: { resultNumber: string; idDocumentNumber: string };
  postTo: string;
  postNotRequested: string;
  onlineHint: string;
  onlineMissing: string;
  methodLabels: Record<ReturnMethod, string>;
  collectorKindLabels: Record<CollectorKind, string>;
  idDocumentKindLabels: Record<IdDocumentKind, string>;
}

function RadioGroup<T extends string>({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  errors,
}: {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  errors: string[];
}) {
  const aria = controlAria(id, { errors, hasHint: false });
  return (
    <fieldset className="mt-3" aria-describedby={aria["aria-describedby"]} aria-invalid={aria["aria-invalid"]}>
      <legend className={labelClass}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="mt-1 flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

export function ReturnResultFields({
  baseId,
  facts,
  text,
  errorsFor,
}: {
  baseId: string;
  facts: ReturnFormFacts;
  text: ReturnFieldsText;
  errorsFor: (name: ReturnFieldName) => string[];
}) {
  const [method, setMethod] = useState<ReturnMethod>(facts.methods[0] ?? "DESK");
  const [collectorKind, setCollectorKind] = useState<CollectorKind>("APPLICANT");
  const id = (name: ReturnFieldName) => `${baseId}-${name}`;
  const inPerson = collectorKind === "APPLICANT";

  return (
    <>
      <RadioGroup
        id={id("method")}
        name="method"
        legend={text.fields.method}
        options={facts.methods.map((value) => ({ value, label: text.methodLabels[value] }))}
        value={method}
        onChange={setMethod}
        errors={errorsFor("method")}
      />
      {!facts.methods.includes("POST") ? <p className={hintClass}>{text.postNotRequested}</p> : null}
      {!facts.methods.includes("ONLINE") ? <p className={hintClass}>{text.onlineMissing}</p> : null}

      <Field
        id={id("resultNumber")}
        label={text.fields.resultNumber}
        hint={text.hints.resultNumber}
        errors={errorsFor("resultNumber")}
        className="mt-3"
      >
        {(control) => (
          <Input
            {...control}
            name="resultNumber"
            defaultValue={facts.resultNumber ?? ""}
            maxLength={100}
            autoComplete="off"
          />
        )}
      </Field>

      {method === "POST" ? (
        <p className="mt-3 rounded-md border border-brand-200 bg-white p-3 text-sm" data-testid="return-post-to">
          {text.postTo.replace("{destination}", facts.postalDestination ?? "—")}
        </p>
      ) : null}
      {method === "ONLINE" ? <p className="mt-3 text-sm">{text.onlineHint}</p> : null}

      {method === "DESK" ? (
        <>
          <RadioGroup
            id={id("collectorKind")}
            name="collectorKind"
            legend={text.fields.collectorKind}
            options={COLLECTOR_KINDS.map((value) => ({ value, label: text.collectorKindLabels[value] }))}
            value={collectorKind}
            onChange={setCollectorKind}
            errors={errorsFor("collectorKind")}
          />
          {/* A new key when the collector changes: the applicant's own name and ID are proposed, an authorised
              person's are typed. */}
          <div key={collectorKind}>
            <Field
              id={id("collectorName")}
              label={text.fields.collectorName}
              errors={errorsFor("collectorName")}
              className="mt-3"
            >
              {(control) => (
                <Input
                  {...control}
                  name="collectorName"
                  defaultValue={inPerson ? facts.applicantName : ""}
                  maxLength={200}
                  autoComplete="off"
                />
              )}
            </Field>
            {inPerson ? null : (
              <>
                <Field
                  id={id("collectorRelation")}
                  label={text.fields.collectorRelation}
                  errors={errorsFor("collectorRelation")}
                  className="mt-3"
                >
                  {(control) => <Input {...control} name="collectorRelation" maxLength={100} autoComplete="off" />}
                </Field>
                <Field
                  id={id("authorisationPaper")}
                  label={text.fields.authorisationPaper}
                  errors={errorsFor("authorisationPaper")}
                  className="mt-3"
                >
                  {(control) => <Input {...control} name="authorisationPaper" maxLength={300} autoComplete="off" />}
                </Field>
              </>
            )}
            <Field
              id={id("idDocumentKind")}
              label={text.fields.idDocumentKind}
              errors={errorsFor("idDocumentKind")}
              className="mt-3"
            >
              {(control) => (
                <Select {...control} name="idDocumentKind" defaultValue="CCCD">
                  {ID_DOCUMENT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {text.idDocumentKindLabels[kind]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field
              id={id("idDocumentNumber")}
              label={text.fields.idDocumentNumber}
              hint={text.hints.idDocumentNumber}
              errors={errorsFor("idDocumentNumber")}
              className="mt-3"
            >
              {(control) => (
                <Input
                  {...control}
                  name="idDocumentNumber"
                  defaultValue={inPerson ? (facts.applicantIdNumber ?? "") : ""}
                  maxLength={30}
                  autoComplete="off"
                />
              )}
            </Field>
          </div>
        </>
      ) : null}

      <Field id={id("note")} label={text.fields.note} errors={errorsFor("note")} className="mt-3">
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={1000} />}
      </Field>
    </>
  );
}
