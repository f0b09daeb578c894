"use server";
import { revalidatePath } from "next/cache";
import { ACTION_ROLES, changePasswordSchema } from "@/domain/access";
import { defineAction } from "@/server/actions/define-action";
import { currentSessionId } from "@/server/auth/guard";
import { changeOwnPassword } from "@/server/auth/password-change";

/** "Đổi mật khẩu": the signed-in staff member's own password; their other sessions end, this one stays. */
export const changePasswordAction = defineAction({
  roles: ACTION_ROLES.changeOwnPassword,
  // The one action a user whose password an administrator reset may use before changing it.
  duringPasswordChange: true,
  input: changePasswordSchema,
  run: async (input, user) => {
    const result = await changeOwnPassword(user, await currentSessionId(), input);
    // The staff layout hid its menu while the change was pending: render it again (layouts survive navigation).
    revalidatePath("/", "layout");
    return result;
  },
});
