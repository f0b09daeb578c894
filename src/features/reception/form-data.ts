// FormData → the objects the intake and notice schemas validate. The desk's form names each checklist row
// "documents.<index>.<field>"; a checkbox that is not ticked sends nothing, which the schema reads as false.
import { z } from "zod";
import {
  intakeSchema,
  requiredDocumentsCheck,
  type ChecklistRequirement,
  type IntakeFormInput,
} from "@/domain/dossier/intake-schema";
import { DESK_POSTAL_FIELDS, deskPostalShape, resolveDeskPostal } from "@/domain/postal";
import type { IntakeNoticeFormInput } from "@/domain/dossier/intake-notice-schema";

const DOCUMENT_KEY = /^documents\.(\d{1,3})\.(position|received|count)$/;

const text = (formData: FormData, key: string): string | undefined => {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
};

/** The checklist rows in index order, each with the fields the form sent. */
export function documentsFromForm(formData: FormData): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of formData.entries()) {
    const match = DOCUMENT_KEY.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2] as string] = value;
    rows.set(index, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** What `intakeSchema` expects, from the desk's form. Unknown fields are ignored. */
export function intakeFromForm(formData: FormData): IntakeFormInput {
  return {
    procedureId: text(formData, "procedureId") ?? "",
    channel: (text(formData, "channel") ?? "") as IntakeFormInput["channel"],
    applicantKind: (text(formData, "applicantKind") ?? "") as IntakeFormInput["applicantKind"],
    applicantName: text(formData, "applicantName") ?? "",
    applicantIdNumber: text(formData, "applicantIdNumber") ?? "",
    applicantPhone: text(formData, "applicantPhone") ?? "",
    applicantEmail: text(formData, "applicantEmail"),
    applicantAddress: text(formData, "applicantAddress") ?? "",
    documents: documentsFromForm(formData) as unknown as IntakeFormInput["documents"],
    dataReused: text(formData, "dataReused"),
    postalReturn: text(formData, "postalReturn"),
    note: text(formData, "note"),
  };
}

/** The form field that carries the submission's idempotency key (see registerDossier). */
export const INTAKE_KEY_FIELD = "intakeKey";

/** The desk's fields: the intake, its idempotency key and the postal details, every check in one round. */
const deskFieldsSchema = intakeSchema
  .safeExtend({
    intakeKey: z.uuid({
      error: "Biểu mẫu thiếu mã lần gửi nên chưa tiếp nhận. Xin vui lòng tải lại trang rồi nhập lại hồ sơ.",
    }),
    // Intake by post (waybill, arrival) and return by post (the receiver): checked against the channel and the choice.
    ...deskPostalShape,
  })
  // A refinement rather than the transform below, so the postal fields are checked even when other fields failed
  // (a transform runs only on a clean parse); it needs the channel and the return choice to be readable.
  .superRefine((value, ctx) => void resolveDeskPostal(value, ctx), {
    when: ({ value, issues }) =>
      typeof value === "object" &&
      value !== null &&
      !issues.some((issue) => !issue.path?.length || issue.path[0] === "channel" || issue.path[0] === "postalReturn"),
  });

/**
 * The desk's registration: the intake plus its idempotency key, a UUID the browser makes once per form and keeps
 * across retries of it, so a retry whose answer was lost returns the dossier the first attempt registered.
 */
export const deskIntakeSchema = deskFieldsSchema.transform((value, ctx) => {
  const intake = Object.fromEntries(
    Object.entries(value).filter(([key]) => !(DESK_POSTAL_FIELDS as string[]).includes(key)),
  ) as Omit<typeof value, (typeof DESK_POSTAL_FIELDS)[number]>;
  // Already checked by the refinement above (the transform runs only when nothing failed): no new issue here.
  return { ...intake, postal: resolveDeskPostal(value, ctx) };
});

/**
 * The browser's check before sending, on the same form data: every rule of the server's schema plus the chosen
 * procedure's required documents, so the clerk sees every error in one round.
 */
export function deskCheckSchema(checklist: readonly ChecklistRequirement[]) {
  return deskFieldsSchema.superRefine(...requiredDocumentsCheck(checklist));
}

/** What `deskIntakeSchema` expects, from the desk's form. */
export function deskIntakeFromForm(formData: FormData): IntakeFormInput & { intakeKey: string } {
  return {
    ...intakeFromForm(formData),
    intakeKey: text(formData, INTAKE_KEY_FIELD) ?? "",
    ...Object.fromEntries(DESK_POSTAL_FIELDS.map((key) => [key, text(formData, key)])),
  };
}

/** What `intakeNoticeSchema` expects: the applicant fields of the same form plus the notice panel's fields. */
export function intakeNoticeFromForm(formData: FormData): IntakeNoticeFormInput {
  return {
    kind: (text(formData, "noticeKind") ?? "") as IntakeNoticeFormInput["kind"],
    procedureId: text(formData, "procedureId") ?? "",
    applicantName: text(formData, "applicantName") ?? "",
    applicantPhone: text(formData, "applicantPhone"),
    applicantAddress: text(formData, "applicantAddress"),
    missingDocuments: text(formData, "missingDocuments"),
    reason: text(formData, "reason") ?? "",
  } as IntakeNoticeFormInput;
}
