"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { recordAudit } from "@/server/data/audit";
import { retryNotification } from "@/server/notifications";

/** "Thử gửi lại" on the dead-letter list: re-enqueues one FAILED notification (admins only, audited). */
export const retryNotificationAction = defineAction({
  roles: ACTION_ROLES.retryNotification,
  input: z.object({ notificationId: z.cuid({ error: "Thông báo không hợp lệ." }) }),
  run: async ({ notificationId }, user) => {
    if (!(await retryNotification(notificationId)))
      throw new UserFacingError("Thông báo này không ở trạng thái thất bại.");
    await recordAudit({
      actorId: user.id,
      action: "notification.retry",
      entity: "Notification",
      entityId: notificationId,
    });
    revalidatePath("/quan-tri/thong-bao");
    return { notificationId };
  },
});
