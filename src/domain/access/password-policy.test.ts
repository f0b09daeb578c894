import { describe, expect, it } from "vitest";
import { changePasswordSchema, passwordPolicyProblem } from "./password-policy";

describe("password policy", () => {
  it.each([
    ["ngắn quá", "at least"],
    ["motcua@2026", "phổ biến"],
    ["MOTCUA@2026", "phổ biến"],
    ["aaaaaaaaaaaa", "đơn giản"],
    [" co dau cach dau", "dấu cách"],
    ["chuyenvien.tuphap-2026", "tên đăng nhập"],
    ["ky tu\u0000an nhieu", "không hợp lệ"],
  ])("refuses %j", (password, reason) => {
    const problem = passwordPolicyProblem(password, "chuyenvien.tuphap");
    expect(problem).not.toBeNull();
    if (reason !== "at least") expect(problem).toContain(reason);
  });

  it("accepts a long phrase", () => {
    expect(passwordPolicyProblem("hoa sen nở giữa hồ 2026", "chuyenvien.tuphap")).toBeNull();
  });

  it("the form needs the same new password twice, different from the current one", () => {
    const base = { currentPassword: "cu-mat-khau-2025", newPassword: "hoa sen nở giữa hồ 2026" };
    expect(changePasswordSchema.safeParse({ ...base, confirmPassword: base.newPassword }).success).toBe(true);
    const mismatch = changePasswordSchema.safeParse({ ...base, confirmPassword: "khac" });
    expect(mismatch.error?.issues.map((issue) => issue.path.join("."))).toEqual(["confirmPassword"]);
    const same = changePasswordSchema.safeParse({
      currentPassword: base.newPassword,
      newPassword: base.newPassword,
      confirmPassword: base.newPassword,
    });
    expect(same.error?.issues.map((issue) => issue.path.join("."))).toEqual(["newPassword"]);
  });
});
