// Where a staff account sits (its scope): a unit, and for most roles an office of that unit. The rules follow what the
// rest of the system needs of each role: the desk's intake needs the receptionist's office (Bộ phận Một cửa), an
// officer's and a head's worklists, handoffs and apology letters go by their department, the leadership and the
// home-affairs inspector work for the whole unit (an office is optional), an administrator belongs to a unit only.
import type { Role } from "../access/roles";

/** Kinds of office, spelling the Prisma enum OfficeKind (the server checks the two agree at compile time). */
export const OFFICE_KINDS = ["RECEPTION", "DEPARTMENT", "LEADERSHIP"] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export interface OfficeRule {
  /** "required": the role cannot work without an office; "optional": may have one; "none": never has one. */
  office: "required" | "optional" | "none";
  /** The kinds of office the role may sit in. */
  kinds: readonly OfficeKind[];
}

export const ROLE_OFFICE_RULES: Readonly<Record<Role, OfficeRule>> = {
  ADMIN: { office: "none", kinds: [] },
  LEADERSHIP: { office: "optional", kinds: ["LEADERSHIP"] },
  DEPARTMENT_HEAD: { office: "required", kinds: ["DEPARTMENT"] },
  OFFICER: { office: "required", kinds: ["DEPARTMENT"] },
  RECEPTIONIST: { office: "required", kinds: ["RECEPTION"] },
  INSPECTOR: { office: "optional", kinds: ["DEPARTMENT"] },
};

/** The unit chosen for an account, as the server loaded it (null: no such unit, or outside the admin's units). */
export interface ScopeUnit {
  id: string;
  active: boolean;
  /** Last day the unit existed (yyyy-MM-dd, inclusive), or null while it exists. */
  effectiveTo: string | null;
}

/** The office chosen, as loaded (null: none chosen; an unknown id is `{ found: false }`). */
export type ScopeOffice = { found: false } | { found: true; unitId: string; kind: OfficeKind; active: boolean };

export type ScopeProblems = Partial<Record<"unitId" | "officeId", string>>;

/**
 * What is wrong with putting an account of `role` in this unit and office, by field, in Vietnamese; empty when it
 * may be saved. `today` is the Vietnam calendar day (yyyy-MM-dd): a unit past its last day receives nobody new.
 */
export function scopeProblems(
  role: Role,
  unit: ScopeUnit | null,
  office: ScopeOffice | null,
  today: string,
): ScopeProblems {
  const problems: ScopeProblems = {};
  if (!unit) problems.unitId = "Đơn vị không tồn tại hoặc không thuộc phạm vi quản trị của ông/bà.";
  else if (!unit.active || (unit.effectiveTo !== null && unit.effectiveTo < today))
    problems.unitId = "Đơn vị này đã ngừng hoạt động; xin vui lòng chọn đơn vị kế thừa.";

  const rule = ROLE_OFFICE_RULES[role];
  if (office === null) {
    if (rule.office === "required") problems.officeId = "Vai trò này cần có phòng, bộ phận công tác.";
    return problems;
  }
  if (rule.office === "none") problems.officeId = "Tài khoản quản trị không thuộc phòng, bộ phận nào; xin bỏ chọn.";
  else if (!office.found) problems.officeId = "Phòng, bộ phận không tồn tại.";
  else if (unit && office.unitId !== unit.id) problems.officeId = "Phòng, bộ phận này không thuộc đơn vị đã chọn.";
  else if (!office.active) problems.officeId = "Phòng, bộ phận này đã ngừng hoạt động.";
  else if (!rule.kinds.includes(office.kind)) problems.officeId = OFFICE_KIND_MISMATCH[role];
  return problems;
}

const OFFICE_KIND_MISMATCH: Readonly<Record<Role, string>> = {
  ADMIN: "Tài khoản quản trị không thuộc phòng, bộ phận nào.",
  LEADERSHIP: "Lãnh đạo chỉ thuộc văn phòng lãnh đạo của đơn vị.",
  DEPARTMENT_HEAD: "Trưởng phòng cần thuộc một phòng chuyên môn (không phải Bộ phận Một cửa hay văn phòng lãnh đạo).",
  OFFICER: "Chuyên viên cần thuộc một phòng chuyên môn (không phải Bộ phận Một cửa hay văn phòng lãnh đạo).",
  RECEPTIONIST: "Cán bộ tiếp nhận cần thuộc Bộ phận Một cửa của đơn vị.",
  INSPECTOR: "Cán bộ kiểm tra cần thuộc một phòng chuyên môn (Phòng Nội vụ).",
};

/** Whether an office of this kind may be offered for the role (the form's list of offices). */
export const officeFitsRole = (role: Role, kind: OfficeKind): boolean => ROLE_OFFICE_RULES[role].kinds.includes(kind);
