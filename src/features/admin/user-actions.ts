"use server";
// Staff accounts (Quản trị → Người dùng): administrators only, within the units they manage (src/server/users/admin.ts).
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { createUserSchema, updateUserSchema, userIdSchema } from "@/domain/users";
import { defineAction } from "@/server/actions/define-action";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, updateUser } from "@/server/users/admin";

const refreshUserPages = () => {
  revalidatePath("/quan-tri/nguoi-dung");
  revalidatePath("/quan-tri/nguoi-dung/[username]", "page");
};

/** "Tạo tài khoản": returns the generated initial password once (never stored in clear). */
export const createUserAction = defineAction({
  roles: ACTION_ROLES.userAdmin,
  input: createUserSchema,
  run: async (input, admin) => {
    const created = await createUser(admin, input);
    refreshUserPages();
    return created;
  },
});

/** "Lưu thay đổi": details, role, unit and office. */
export const updateUserAction = defineAction({
  roles: ACTION_ROLES.userAdmin,
  input: updateUserSchema,
  run: async (input, admin) => {
    const result = await updateUser(admin, input);
    refreshUserPages();
    return result;
  },
});

/** "Khóa tài khoản": ends the user's sessions. */
export const deactivateUserAction = defineAction({
  roles: ACTION_ROLES.userAdmin,
  input: userIdSchema,
  run: async ({ userId }, admin) => {
    const result = await deactivateUser(admin, userId);
    refreshUserPages();
    return result;
  },
});

/** "Mở lại tài khoản". */
export const reactivateUserAction = defineAction({
  roles: ACTION_ROLES.userAdmin,
  input: userIdSchema,
  run: async ({ userId }, admin) => {
    const result = await reactivateUser(admin, userId);
    refreshUserPages();
    return result;
  },
});

/** "Đặt lại mật khẩu": returns the temporary password once; the user must change it at the next sign-in. */
export const resetUserPasswordAction = defineAction({
  roles: ACTION_ROLES.userAdmin,
  input: userIdSchema,
  run: async ({ userId }, admin) => {
    const result = await resetUserPassword(admin, userId);
    refreshUserPages();
    return result;
  },
});
