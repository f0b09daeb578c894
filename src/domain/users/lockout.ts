// An administrator never locks the system out of its own administration: nobody deactivates, demotes, moves or resets
// their own account from the user screens (another administrator does it; their own password goes through "Đổi mật
// khẩu"), and no change may leave the system without an active administrator.
import type { Role } from "../access/roles";

/** What an administrator does to an account. */
export type AccountChange =
  | { kind: "deactivate" }
  | { kind: "reactivate" }
  | { kind: "reset_password" }
  | { kind: "update"; role: Role; scopeChanged: boolean };

/** Whether the change takes an active administrator away (deactivated, or given another role). */
export function removesAnAdmin(target: { role: Role; active: boolean }, change: AccountChange): boolean {
  if (target.role !== "ADMIN" || !target.active) return false;
  return change.kind === "deactivate" || (change.kind === "update" && change.role !== "ADMIN");
}

/**
 * Why an administrator may not make this change, or null. `activeAdmins` counts the active administrators now (the
 * server counts them with their rows locked, so two administrators cannot remove each other at the same moment).
 */
export function lockoutProblem(
  actorId: string,
  target: { id: string; role: Role; active: boolean },
  change: AccountChange,
  activeAdmins: number,
): string | null {
  if (actorId === target.id) {
    if (change.kind === "deactivate") return "Ông/bà không thể tự khóa tài khoản của mình; xin nhờ quản trị viên khác.";
    if (change.kind === "reset_password")
      return "Ông/bà đổi mật khẩu của mình ở mục «Đổi mật khẩu», không đặt lại ở đây.";
    if (change.kind === "update" && (change.role !== target.role || change.scopeChanged))
      return "Ông/bà không thể tự đổi vai trò hoặc đơn vị của mình; xin nhờ quản trị viên khác.";
  }
  if (removesAnAdmin(target, change) && activeAdmins <= 1)
    return "Đây là quản trị viên cuối cùng còn hoạt động; xin tạo hoặc mở lại một tài khoản quản trị khác trước.";
  return null;
}
