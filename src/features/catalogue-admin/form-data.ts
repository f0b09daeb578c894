// The catalogue forms' FormData as the schemas expect it (pure, unit-tested). Inputs are named by the schema's path:
// "version.feeAmount", "version.documents.2.name", "version.unitOffices.0.unitCode", so a field error lands on its
// input. Numbers must be plain digits (a thousands separator "." or "," allowed), checkboxes are present or not, dates
// are dd/mm/yyyy (or yyyy-mm-dd); a document or office row left blank is dropped (the forms offer spare rows).

import { PROCESS_STEPS } from "@/domain/dossier/step-budget";

const text = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** Digits only ("75.000" is 75000); anything else is passed on as text for the schema to refuse. */
export function readNumber(value: string): number | string | undefined {
  if (value === "") return undefined;
  if (/^\d+$/.test(value) || /^\d{1,3}([.,]\d{3})+$/.test(value)) return Number(value.replace(/[.,]/g, ""));
  return value;
}

/** dd/mm/yyyy → yyyy-mm-dd; other text unchanged (the schema names it). */
export function readDate(value: string): string | undefined {
  if (value === "") return undefined;
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return vi ? `${vi[3]}-${vi[2]!.padStart(2, "0")}-${vi[1]!.padStart(2, "0")}` : value;
}

const indexes = (data: FormData, prefix: string): number[] => {
  const found = new Set<number>();
  for (const key of data.keys()) {
    const match = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d{1,3})\\.`).exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
};

export const VERSION_CHECKBOXES = [
  "fullOnlineEligible",
  "postalIntakeAllowed",
  "postalReturnAllowed",
  "leadershipApproval",
] as const;

/** The step budget's five percentages, or null when all are left empty (the default split applies). */
function stepSharesFromForm(data: FormData) {
  const values = PROCESS_STEPS.map((step) => text(data, `version.stepShares.${step}`));
  if (values.every((value) => value === "")) return null;
  return Object.fromEntries(PROCESS_STEPS.map((step, i) => [step, readNumber(values[i]!.replace(/%$/, "").trim())]));
}

export function versionFromForm(data: FormData) {
  const v = (name: string) => text(data, `version.${name}`);
  const documents = indexes(data, "version.documents")
    .map((i) => ({
      name: v(`documents.${i}.name`),
      form: v(`documents.${i}.form`),
      count: readNumber(v(`documents.${i}.count`)) ?? 1,
      optional: data.has(`version.documents.${i}.optional`),
      uploadable: data.has(`version.documents.${i}.uploadable`),
    }))
    .filter((document) => document.name !== "");
  const unitOffices = indexes(data, "version.unitOffices")
    .map((i) => ({ unitCode: v(`unitOffices.${i}.unitCode`), officeCode: v(`unitOffices.${i}.officeCode`) }))
    .filter((office) => office.unitCode !== "" || office.officeCode !== "");
  return {
    durationValue: readNumber(v("durationValue")),
    durationUnit: v("durationUnit"),
    feeAmount: readNumber(v("feeAmount")) ?? 0,
    chargeAmount: readNumber(v("chargeAmount")) ?? 0,
    feeTiming: v("feeTiming"),
    feeNote: v("feeNote") || null,
    handlingOfficeCode: v("handlingOfficeCode"),
    onlineLevel: readNumber(v("onlineLevel")),
    onlineClass: v("onlineClass"),
    ...Object.fromEntries(VERSION_CHECKBOXES.map((name) => [name, data.has(`version.${name}`)])),
    stepShares: stepSharesFromForm(data),
    documents,
    unitOffices,
    announcementNumber: v("announcementNumber") || null,
    announcementDate: readDate(v("announcementDate")) ?? null,
    announcementIssuer: v("announcementIssuer") || null,
    effectiveFrom: readDate(v("effectiveFrom")),
    changeNote: v("changeNote") || null,
  };
}

/** "Công bố phiên bản mới": the procedure's code and the version. */
export const publishFromForm = (data: FormData) => ({ code: text(data, "code"), version: versionFromForm(data) });

/** "Thêm thủ tục": the procedure's head and its first version. */
export const newProcedureFromForm = (data: FormData) => ({
  code: text(data, "code"),
  name: text(data, "name"),
  fieldCode: text(data, "fieldCode"),
  level: text(data, "level"),
  version: versionFromForm(data),
});
