"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction } from "@/server/actions/define-action";
import { endSessionsOfUser } from "@/server/data/users";

/** "Kết thúc mọi phiên đăng nhập" of one user (administrators, users of their units only; audited). */
export const endUserSessionsAction = defineAction({
  roles: ACTION_ROLES.endUserSessions,
  input: z.object({ userId: z.cuid({ error: "Tài khoản không hợp lệ." }) }),
  run: async ({ userId }, admin) => {
    const result = await endSessionsOfUser(admin, userId);
    revalidatePath("/quan-tri/nguoi-dung");
    return result;
  },
});
