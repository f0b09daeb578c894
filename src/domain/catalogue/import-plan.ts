// What an import would do, decided before anything is written (docs/catalogue.md, "Import"): every entry is checked
// against what the database knows (fields, units and their offices, the procedure's latest version) and against the
// publishing rules; any problem anywhere means nothing is written. An entry whose rules and announcement equal the
// latest version publishes nothing (so importing an export changes nothing).
import type { LocalDate } from "@/lib/dates";
import type { EntrySource, RowError } from "./catalogue-sheets";
import { missingAnnouncement, type CatalogueEntry, type ProcedureLevel } from "./procedure-schema";
import { PUBLISH_PROBLEM_MESSAGES, publishProblems } from "./publish-rules";
import { diffVersions, isSameTerms, type DiffableVersion } from "./version-diff";

export interface ExistingProcedure {
  code: string;
  name: string;
  fieldCode: string;
  level: ProcedureLevel;
  active: boolean;
  latest: (DiffableVersion & { version: number; effectiveFrom: LocalDate; effectiveTo: LocalDate | null }) | null;
}

export interface ImportContext {
  today: LocalDate;
  fieldCodes: ReadonlySet<string>;
  /** Active units by code: level and the codes of their active offices. */
  units: ReadonlyMap<string, { level: ProcedureLevel; officeCodes: ReadonlySet<string> }>;
  procedures: ReadonlyMap<string, ExistingProcedure>;
}

export type ImportStep =
  | { kind: "create"; entry: CatalogueEntry }
  | { kind: "publish"; entry: CatalogueEntry; headChanged: boolean }
  | { kind: "update"; entry: CatalogueEntry }
  | { kind: "unchanged"; entry: CatalogueEntry };

export interface ImportPlan {
  steps: ImportStep[];
  errors: RowError[];
}

export function planImport(
  entries: readonly { entry: CatalogueEntry; source: EntrySource }[],
  context: ImportContext,
): ImportPlan {
  const errors: RowError[] = [];
  const steps: ImportStep[] = [];
  for (const { entry, source } of entries) {
    const at = (path: string) => ({ sheet: source.sheet, row: source.row, field: source.fieldLabel(path) });
    const before = errors.length;
    const existing = context.procedures.get(entry.code);
    const headChanged =
      !existing ||
      existing.name !== entry.name ||
      existing.fieldCode !== entry.fieldCode ||
      existing.active !== entry.active;
    const same = existing?.latest ? isSameTerms(diffVersions(existing.latest, entry.version)) : false;
    // What is stored already is not checked again (a unit closed since then does not block an unchanged row).
    if (same && !headChanged) {
      steps.push({ kind: "unchanged", entry });
      continue;
    }
    if (!context.fieldCodes.has(entry.fieldCode))
      errors.push({ ...at("fieldCode"), message: `Không có lĩnh vực mã ${entry.fieldCode}.` });
    if (existing && existing.level !== entry.level)
      errors.push({
        ...at("level"),
        message: "Không đổi được cấp thực hiện của thủ tục đã có; xin vui lòng tạo thủ tục mới.",
      });
    if (same) {
      if (errors.length === before) steps.push({ kind: "update", entry });
      continue;
    }

    // A new procedure or a new version: its decision, its offices, its date.
    for (const [field, message] of missingAnnouncement(entry.version))
      errors.push({ ...at(`version.${field}`), message });
    const unitsOfLevel = [...context.units.values()].filter((unit) => unit.level === entry.level);
    if (!unitsOfLevel.some((unit) => unit.officeCodes.has(entry.version.handlingOfficeCode)))
      errors.push({
        ...at("version.handlingOfficeCode"),
        message: `Không đơn vị nào cùng cấp có phòng mã ${entry.version.handlingOfficeCode}.`,
      });
    entry.version.unitOffices.forEach((office, i) => {
      const where = source.officeRows[i] ?? { sheet: source.sheet, row: source.row };
      const unit = context.units.get(office.unitCode);
      const unitField = source.fieldLabel(`version.unitOffices.${i}.unitCode`);
      const officeField = source.fieldLabel(`version.unitOffices.${i}.officeCode`);
      if (!unit)
        errors.push({ ...where, field: unitField, message: `Không có đơn vị đang hoạt động mã ${office.unitCode}.` });
      else if (unit.level !== entry.level)
        errors.push({
          ...where,
          field: unitField,
          message: `Đơn vị ${office.unitCode} không cùng cấp thực hiện với thủ tục.`,
        });
      else if (!unit.officeCodes.has(office.officeCode))
        errors.push({
          ...where,
          field: officeField,
          message: `Đơn vị ${office.unitCode} không có phòng mã ${office.officeCode}.`,
        });
    });
    for (const problem of publishProblems(entry.version.effectiveFrom, context.today, existing?.latest ?? null))
      errors.push({ ...at("version.effectiveFrom"), message: PUBLISH_PROBLEM_MESSAGES[problem] });
    if (errors.length > before) continue;
    steps.push(existing ? { kind: "publish", entry, headChanged } : { kind: "create", entry });
  }
  return { steps, errors };
}
