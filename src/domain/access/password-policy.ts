// A staff member's own password change ("Đổi mật khẩu"): the form's schema and the policy a new password meets, with
// Vietnamese messages. Length over composition rules (NIST SP 800-63B): at least 10 characters, at most 128, not a
// well-known or demo password, not the username, not the current password.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// Passwords an attacker tries first: the demo accounts' shared password and the commonest choices, lower case.
const COMMON_PASSWORDS = new Set([
  "motcua@2026",
  "matkhau123",
  "matkhau@123",
  "1234567890",
  "12345678910",
  "0123456789",
  "123456789a",
  "a123456789",
  "qwertyuiop",
  "password123",
  "password@123",
  "admin@12345",
  "abc@123456",
  "1111111111",
  "0000000000",
]);

/** What is wrong with a new password, in Vietnamese, or null when it may be used. */
export function passwordPolicyProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Mật khẩu mới cần có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  if (length > PASSWORD_MAX_LENGTH) return `Mật khẩu mới chỉ được dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`;
  if (/^\s|\s$/u.test(password)) return "Mật khẩu mới không được bắt đầu hoặc kết thúc bằng dấu cách.";
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(password)) return "Mật khẩu mới chứa ký tự không hợp lệ.";
  if (new Set(password).size < 4) return "Mật khẩu mới quá đơn giản. Xin vui lòng dùng nhiều ký tự khác nhau hơn.";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "Mật khẩu này quá phổ biến. Xin vui lòng chọn mật khẩu khác.";
  if (username && lower.includes(username.toLowerCase())) return "Mật khẩu mới không được chứa tên đăng nhập.";
  return null;
}

/** The form "Đổi mật khẩu": field names match the inputs' `name`s. The username rule is checked by the server. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Xin vui lòng nhập mật khẩu hiện tại." })
      .min(1, { error: "Xin vui lòng nhập mật khẩu hiện tại." })
      .max(256, { error: "Mật khẩu hiện tại không đúng." }),
    newPassword: z.string({ error: "Xin vui lòng nhập mật khẩu mới." }).max(1024),
    confirmPassword: z.string({ error: "Xin vui lòng nhập lại mật khẩu mới." }).max(1024),
  })
  .superRefine((input, context) => {
    const problem = passwordPolicyProblem(input.newPassword, "");
    if (problem) context.addIssue({ code: "custom", path: ["newPassword"], message: problem });
    else if (input.newPassword === input.currentPassword)
      context.addIssue({ code: "custom", path: ["newPassword"], message: "Mật khẩu mới cần khác mật khẩu hiện tại." });
    if (input.confirmPassword !== input.newPassword)
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: "Hai lần nhập mật khẩu mới chưa khớp." });
  });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
