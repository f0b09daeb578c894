"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { db } from "@/server/db";
import { resyncFailedMessages } from "@/server/national-portal/resync";

/**
 * "Đồng bộ lại": one failed row (messageId) or every failed row (all = "1") goes back to the outbox; the worker sends
 * it on its next run (every minute). Administrators only, audited (national_portal.resync).
 */
export const resyncPortalAction = defineAction({
  roles: ACTION_ROLES.nationalPortalAdmin,
  input: z.union([
    z.object({ messageId: z.string().regex(/^\d{1,19}$/, { error: "Dòng đồng bộ không hợp lệ." }) }),
    z.object({ all: z.literal("1") }),
  ]),
  run: async (input, user) => {
    const result = await db.$transaction((tx) =>
      resyncFailedMessages(tx, { actorId: user.id, ids: "all" in input ? "all" : [BigInt(input.messageId)] }),
    );
    if (result.count === 0) throw new UserFacingError("Không còn dòng nào ở trạng thái lỗi để đồng bộ lại.");
    revalidatePath("/quan-tri/dong-bo-dvcqg");
    return { count: result.count };
  },
});
