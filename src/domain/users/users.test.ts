import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import {
  createUserSchema,
  lockoutProblem,
  officeFitsRole,
  removesAnAdmin,
  ROLE_OFFICE_RULES,
  scopeProblems,
  updateUserSchema,
  type ScopeUnit,
} from "./index";

const today = "2026-12-05";
const ward: ScopeUnit = { id: "ward", active: true, effectiveTo: null };
const office = (kind: "RECEPTION" | "DEPARTMENT" | "LEADERSHIP", unitId = "ward") => ({
  found: true as const,
  unitId,
  kind,
  active: true,
});

describe("where an account may sit (scopeProblems)", () => {
  it("the desk's intake needs the receptionist's office: a receptionist sits in the unit's Bộ phận Một cửa", () => {
    expect(scopeProblems("RECEPTIONIST", ward, office("RECEPTION"), today)).toEqual({});
    expect(scopeProblems("RECEPTIONIST", ward, null, today).officeId).toMatch(/cần có phòng/);
    expect(scopeProblems("RECEPTIONIST", ward, office("DEPARTMENT"), today).officeId).toMatch(/Bộ phận Một cửa/);
  });

  it("officers and heads work in a department (worklists, handoffs and apology letters go by it)", () => {
    for (const role of ["OFFICER", "DEPARTMENT_HEAD"] as const) {
      expect(scopeProblems(role, ward, office("DEPARTMENT"), today)).toEqual({});
      expect(scopeProblems(role, ward, null, today).officeId, role).toBeDefined();
      expect(scopeProblems(role, ward, office("RECEPTION"), today).officeId, role).toMatch(/phòng chuyên môn/);
    }
  });

  it("leadership and inspectors may work for the whole unit; an administrator never has an office", () => {
    expect(scopeProblems("LEADERSHIP", ward, null, today)).toEqual({});
    expect(scopeProblems("LEADERSHIP", ward, office("LEADERSHIP"), today)).toEqual({});
    expect(scopeProblems("INSPECTOR", ward, null, today)).toEqual({});
    expect(scopeProblems("ADMIN", ward, null, today)).toEqual({});
    expect(scopeProblems("ADMIN", ward, office("DEPARTMENT"), today).officeId).toBeDefined();
  });

  it("the office must belong to the chosen unit, exist and be active", () => {
    expect(scopeProblems("OFFICER", ward, office("DEPARTMENT", "other"), today).officeId).toMatch(/không thuộc/);
    expect(scopeProblems("OFFICER", ward, { found: false }, today).officeId).toMatch(/không tồn tại/);
    expect(scopeProblems("OFFICER", ward, { ...office("DEPARTMENT"), active: false }, today).officeId).toMatch(/ngừng/);
  });

  it("a unit outside the administrator's units, inactive or past its last day receives nobody new", () => {
    expect(scopeProblems("ADMIN", null, null, today).unitId).toMatch(/phạm vi/);
    expect(scopeProblems("ADMIN", { ...ward, active: false }, null, today).unitId).toMatch(/kế thừa/);
    expect(scopeProblems("ADMIN", { ...ward, effectiveTo: "2025-06-30" }, null, today).unitId).toMatch(/kế thừa/);
    expect(scopeProblems("ADMIN", { ...ward, effectiveTo: today }, null, today)).toEqual({});
  });

  it("answers for every role, and offers only offices the role may sit in", () => {
    for (const role of ROLES) {
      const rule = ROLE_OFFICE_RULES[role];
      expect(rule.office === "none" ? rule.kinds.length === 0 : rule.kinds.length > 0, role).toBe(true);
    }
    expect(officeFitsRole("RECEPTIONIST", "RECEPTION")).toBe(true);
    expect(officeFitsRole("RECEPTIONIST", "DEPARTMENT")).toBe(false);
  });
});

describe("no lock-out of the administration (lockoutProblem)", () => {
  const admin = { id: "a1", role: "ADMIN" as const, active: true };
  it("an administrator does not deactivate, demote, move or reset their own account", () => {
    expect(lockoutProblem("a1", admin, { kind: "deactivate" }, 5)).toMatch(/tự khóa/);
    expect(lockoutProblem("a1", admin, { kind: "update", role: "OFFICER", scopeChanged: false }, 5)).toMatch(/tự đổi/);
    expect(lockoutProblem("a1", admin, { kind: "update", role: "ADMIN", scopeChanged: true }, 5)).toMatch(/tự đổi/);
    expect(lockoutProblem("a1", admin, { kind: "reset_password" }, 5)).toMatch(/Đổi mật khẩu/);
    // Their own name and title they may correct.
    expect(lockoutProblem("a1", admin, { kind: "update", role: "ADMIN", scopeChanged: false }, 5)).toBeNull();
  });

  it("another administrator may be deactivated or demoted while one active administrator remains", () => {
    expect(lockoutProblem("a2", admin, { kind: "deactivate" }, 2)).toBeNull();
    expect(lockoutProblem("a2", admin, { kind: "deactivate" }, 1)).toMatch(/cuối cùng/);
    expect(lockoutProblem("a2", admin, { kind: "update", role: "INSPECTOR", scopeChanged: false }, 1)).toMatch(
      /cuối cùng/,
    );
    expect(removesAnAdmin({ role: "ADMIN", active: false }, { kind: "deactivate" })).toBe(false);
    expect(removesAnAdmin({ role: "OFFICER", active: true }, { kind: "deactivate" })).toBe(false);
    expect(removesAnAdmin(admin, { kind: "reactivate" })).toBe(false);
  });
});

describe("the account forms", () => {
  const valid = {
    username: "  TiepNhan.Moi ",
    fullName: "Nguyễn  Thị Hoa",
    title: "",
    email: "",
    phone: "0912 345 678",
    role: "RECEPTIONIST",
    unitId: "unit-1",
    officeId: "",
    initialPassword: "",
  };

  it("normalises the username, name and phone; blanks are left out", () => {
    const parsed = createUserSchema.parse(valid);
    expect(parsed).toMatchObject({ username: "tiepnhan.moi", fullName: "Nguyễn Thị Hoa", phone: "0912345678" });
    expect(parsed.officeId).toBeUndefined();
    expect(parsed.initialPassword).toBeUndefined();
    expect(parsed.email).toBeUndefined();
  });

  it.each([["ab"], ["moi"], ["1abc"], ["tiep nhan"], ["tiếpnhận"], ["a".repeat(65)]])(
    "refuses the username %j",
    (name) => {
      const result = createUserSchema.safeParse({ ...valid, username: name });
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["username"]);
    },
  );

  it("a typed initial password meets the password policy, with the username", () => {
    const weak = createUserSchema.safeParse({ ...valid, initialPassword: "tiepnhan.moi-2026" });
    expect(weak.error?.issues.map((issue) => issue.path.join("."))).toEqual(["initialPassword"]);
    expect(createUserSchema.safeParse({ ...valid, initialPassword: "hoa sen nở giữa hồ" }).success).toBe(true);
  });

  it("refuses an unknown role, a bad e-mail or phone, and an account id that is not one", () => {
    const result = updateUserSchema.safeParse({ ...valid, userId: "x", role: "ROOT", email: "a@", phone: "12" });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "email",
      "phone",
      "role",
      "userId",
    ]);
  });
});
