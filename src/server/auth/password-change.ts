import "server-only";
// "Đổi mật khẩu": a staff member changes their own password. The current password must be right; the new one meets
// the policy (src/domain/access/password-policy.ts) and is hashed with argon2id. Every other session of the user ends
// in the same transaction (a thief holding an old cookie is out), the session that made the change stays signed in.
import { passwordPolicyProblem, type ChangePasswordInput } from "@/domain/access";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";
import { hashPassword, verifyPassword } from "./password";
import type { SessionUser } from "./session-user";
import { endUserSessions } from "./sessions";

/** Changes the password; returns how many other sessions were ended. */
export async function changeOwnPassword(
  user: SessionUser,
  currentSessionId: string | null,
  input: ChangePasswordInput,
): Promise<{ endedSessions: number }> {
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    await recordAudit({ actorId: user.id, action: "auth.reject_password_change", entity: "User", entityId: user.id });
    throw new UserFacingError("Mật khẩu hiện tại không đúng. Xin vui lòng kiểm tra lại.", {
      currentPassword: ["Mật khẩu hiện tại không đúng."],
    });
  }
  const problem = passwordPolicyProblem(input.newPassword, user.username);
  if (problem) throw new UserFacingError(problem, { newPassword: [problem] });

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // A password the user chose themselves: an administrator's reset no longer holds them at the password page.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    const endedSessions = await endUserSessions(user.id, "PASSWORD_CHANGE", {
      keep: currentSessionId ?? undefined,
      client: tx,
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "auth.change_password",
        entity: "User",
        entityId: user.id,
        detail: { endedSessions },
      },
      tx,
    );
    return { endedSessions };
  });
}
