// The form of a dossier command: which inputs each command has, and how a submitted FormData becomes the action's
// input `{ dossierId, expectedVersion, command }`. Pure, shared by the client form and the server action.
import { z } from "zod";
import { dossierCommandSchema, type DossierCommandType } from "@/domain/dossier";
import { formInt, idText } from "@/lib/text-input";

/** Inputs a command form can have (the keys of the command schemas besides `type`). */
export const COMMAND_FIELD_NAMES = [
  "reason",
  "toOfficeId",
  "officerId",
  "resultKind",
  "method",
  "amount",
  "note",
  // Trả kết quả (src/domain/dossier/result-return.ts)
  "resultNumber",
  "collectorKind",
  "collectorName",
  "collectorRelation",
  "authorisationPaper",
  "idDocumentKind",
  "idDocumentNumber",
] as const;
export type CommandFieldName = (typeof COMMAND_FIELD_NAMES)[number];

/** The inputs of each command's form, in display order (empty: a confirmation only). */
export const COMMAND_FIELDS: Readonly<Record<DossierCommandType, readonly CommandFieldName[]>> = {
  receive: [],
  refuse: ["reason"],
  transfer: ["toOfficeId"],
  assign: ["officerId"],
  forward: ["toOfficeId", "note"],
  request_supplement: ["reason"],
  request_intake_supplement: ["reason"],
  record_supplement: ["note"],
  request_financial: ["reason", "amount"],
  record_financial: ["note"],
  start_verification: ["reason"],
  end_verification: ["reason"],
  submit_for_approval: ["resultKind", "note"],
  approve: ["note"],
  send_back: ["reason"],
  withdraw: ["reason"],
  stop: ["reason"],
  // Its own form (return-result-fields.tsx): the collector's fields only at the desk, an authorised person's only when
  // chosen; the service ignores the collector of a post or electronic return.
  return_result: [
    "method",
    "resultNumber",
    "collectorKind",
    "collectorName",
    "collectorRelation",
    "authorisationPaper",
    "idDocumentKind",
    "idDocumentNumber",
    "note",
  ],
};

/** What the one dossier action accepts. */
export const dossierActionInput = z.object({
  dossierId: idText("Thiếu mã hồ sơ."),
  expectedVersion: formInt("Phiên bản hồ sơ không hợp lệ; xin vui lòng tải lại trang.", { min: 1 }),
  command: dossierCommandSchema,
});
export type DossierActionInput = z.output<typeof dossierActionInput>;

/** FormData → the action's input shape (validated afterwards by dossierActionInput). Only the command's own inputs are kept. */
export function commandInputFromForm(formData: FormData): unknown {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const type = text("type");
  // Own keys only: "__proto__", "constructor"… are in every object and must not pick a field list.
  const fields: readonly CommandFieldName[] =
    type && Object.hasOwn(COMMAND_FIELDS, type) ? COMMAND_FIELDS[type as DossierCommandType] : [];
  const command: Record<string, unknown> = { type };
  for (const name of fields) {
    const value = text(name);
    if (value !== undefined) command[name] = value;
  }
  return { dossierId: text("dossierId"), expectedVersion: text("expectedVersion"), command };
}

/** The field errors of one input, whether they come from the schema ("command.reason") or a service ("reason"). */
export function errorsOf(fieldErrors: Record<string, string[]> | undefined, name: string): string[] {
  if (!fieldErrors) return [];
  return [...(fieldErrors[`command.${name}`] ?? []), ...(fieldErrors[name] ?? [])];
}

/** Key under which the action reports a version conflict (someone else changed the dossier first). */
export const CONFLICT_FIELD = "expectedVersion";
