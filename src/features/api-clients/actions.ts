"use server";
// The administrator's API clients (/quan-tri/ket-noi-api): create one with a unit scope and permissions (its key is
// returned once, to be shown once), revoke one. Each command is one audited transaction (src/server/api/clients.ts);
// scope: the units the administrator manages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { API_PERMISSIONS } from "@/domain/api";
import { vietnameseDateSchema } from "@/lib/dates";
import { requiredText } from "@/lib/text-input";
import { defineAction } from "@/server/actions/define-action";
import { createApiClient, revokeApiClient } from "@/server/api/clients";

const PAGE = "/quan-tri/ket-noi-api";

const createInput = z.object({
  name: requiredText(3, 120, {
    required: "Xin vui lòng nhập tên hệ thống kết nối.",
    min: "Tên hệ thống từ 3 đến 120 ký tự.",
    max: "Tên hệ thống từ 3 đến 120 ký tự.",
  }),
  unitId: z.cuid({ error: "Xin vui lòng chọn đơn vị." }),
  "permissions[]": z
    .array(z.enum(API_PERMISSIONS, { error: "Quyền không hợp lệ." }), { error: "Xin vui lòng chọn quyền." })
    .min(1, { error: "Xin vui lòng chọn ít nhất một quyền." })
    .max(API_PERMISSIONS.length),
  expiresOn: vietnameseDateSchema,
});

/** "Tạo khóa kết nối": the key comes back once in the action's answer and is never stored or shown again. */
export const createApiClientAction = defineAction({
  roles: ACTION_ROLES.apiClientAdmin,
  input: createInput,
  run: async (input, user) => {
    const created = await createApiClient(user, {
      name: input.name,
      unitId: input.unitId,
      permissions: input["permissions[]"],
      expiresOn: input.expiresOn,
    });
    revalidatePath(PAGE);
    return { key: created.key, prefix: created.prefix };
  },
});

/** "Thu hồi": the client's next call is refused (401). */
export const revokeApiClientAction = defineAction({
  roles: ACTION_ROLES.apiClientAdmin,
  input: z.object({ clientId: z.cuid({ error: "Khóa kết nối không hợp lệ." }) }),
  run: async ({ clientId }, user) => {
    const revoked = await revokeApiClient(user, clientId);
    revalidatePath(PAGE);
    return revoked;
  },
});
