// The administrator's forms for staff accounts ("Quản trị → Người dùng"): field names match the inputs' `name`s,
// messages are Vietnamese and go under the inputs. The scope rules (office of the unit, office the role needs) need
// the database and are checked by the server with scopeProblems (./scope.ts).
import { z } from "zod";
import { idText, optionalText, requiredText, safeString } from "@/lib/text-input";
import { passwordPolicyProblem } from "../access/password-policy";
import { ROLES } from "../access/roles";
import { normalizeVietnamesePhone } from "../dossier/intake-schema";

/** Sign-in names: lower-case ASCII letters, digits and . _ - (e.g. "tiepnhan.sontay"), starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;

/** Names that are paths of the user screens (/quan-tri/nguoi-dung/moi), so no account can be called so. */
export const RESERVED_USERNAMES: ReadonlySet<string> = new Set(["moi"]);

const username = safeString("Xin vui lòng nhập tên đăng nhập.")
  .transform((value) => value.toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: "Xin vui lòng nhập tên đăng nhập." })
      .regex(USERNAME_PATTERN, {
        error:
          "Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ cái (ví dụ: tiepnhan.sontay).",
      })
      .refine((value) => !RESERVED_USERNAMES.has(value), {
        error: "Tên đăng nhập này được dành riêng; xin chọn tên khác.",
      }),
  );

const fullName = requiredText(2, 120, {
  required: "Xin vui lòng nhập họ và tên.",
  min: "Họ và tên cần có ít nhất 2 ký tự.",
  max: "Họ và tên không được dài quá 120 ký tự.",
}).transform((value) => value.replace(/\s+/g, " "));

const email = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : value.trim().toLowerCase()) : value),
  z
    .email({ error: "Địa chỉ thư điện tử công vụ chưa đúng (ví dụ: ten@hanoi.gov.vn)." })
    .max(254, { error: "Địa chỉ thư điện tử quá dài." })
    .optional(),
);

const phone = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  safeString("Số điện thoại chưa đúng.")
    .transform((value, ctx) => {
      const normalized = normalizeVietnamesePhone(value);
      if (normalized === null) {
        ctx.addIssue({
          code: "custom",
          message: "Số điện thoại chưa đúng. Xin vui lòng nhập số di động 10 chữ số hoặc số cố định 11 chữ số.",
        });
        return z.NEVER;
      }
      return normalized;
    })
    .optional(),
);

const officeId = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  idText("Phòng, bộ phận không hợp lệ.").optional(),
);

/** The account's profile, role and scope: shared by "Tạo tài khoản" and "Lưu thay đổi". */
const accountFields = {
  fullName,
  title: optionalText(120, "Chức danh không được dài quá 120 ký tự."),
  email,
  phone,
  role: z.enum(ROLES, { error: "Xin vui lòng chọn vai trò." }),
  unitId: idText("Xin vui lòng chọn đơn vị."),
  officeId,
};

/** "Tạo tài khoản": a blank initial password means the server generates one and shows it once. */
export const createUserSchema = z
  .object({
    username,
    ...accountFields,
    initialPassword: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string({ error: "Mật khẩu ban đầu không hợp lệ." }).max(1024).optional(),
    ),
  })
  .superRefine((input, context) => {
    if (input.initialPassword === undefined) return;
    const problem = passwordPolicyProblem(input.initialPassword, input.username);
    if (problem) context.addIssue({ code: "custom", path: ["initialPassword"], message: problem });
  });
export type CreateUserInput = z.output<typeof createUserSchema>;

const userId = z.cuid({ error: "Tài khoản không hợp lệ." });

/** "Lưu thay đổi" on an account: profile, role and scope; the server audits what changed, before and after. */
export const updateUserSchema = z.object({ userId, ...accountFields });
export type UpdateUserInput = z.output<typeof updateUserSchema>;

/** Deactivate, reactivate, reset the password: the account only. */
export const userIdSchema = z.object({ userId });
