"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/server/auth";
import type { TooManyAttemptsError } from "@/server/auth/credentials";
import { PASSWORD_CHANGE_PATH } from "@/server/auth/guard";
import { mayOpenPage, ROLE_HOME, safeReturnPath } from "@/domain/access";
import { screenFormData } from "@/server/actions/define-action";
import { db } from "@/server/db";

export type LoginState = {
  error?: "invalid" | "tooMany" | "accountPaused" | "required" | "unexpected";
  /** With "tooMany" and "accountPaused": whole minutes to wait before trying again. */
  minutes?: number;
  username?: string;
};

export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  // What no login form sends (not form data, prototype keys, files, NUL and other control characters, invalid UTF-8,
  // bidi controls: the screen of every defineAction) is refused before any attempt is counted or audited.
  if (screenFormData(formData)) return { error: "invalid" };
  const username = String(formData.get("username") ?? "")
    .trim()
    .toLowerCase();
  const password = String(formData.get("password") ?? "");
  if (!username || !password) return { error: "required", username };
  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && (error as AuthError & { code?: string }).code === "too_many_attempts") {
      const { reason, retryAfterMinutes } = error as TooManyAttemptsError;
      return { error: reason === "account" ? "accountPaused" : "tooMany", minutes: retryAfterMinutes, username };
    }
    if (error instanceof AuthError) {
      return { error: error.type === "CredentialsSignin" ? "invalid" : "unexpected", username };
    }
    throw error;
  }
  // Signed in: go where the user was heading when it is a page of this site their role may open (safeReturnPath: no
  // open redirect), else to the home page of their role.
  const user = await db.user.findUnique({ where: { username }, select: { role: true, mustChangePassword: true } });
  const heading = safeReturnPath(formData.get("callbackUrl"));
  if (!user) redirect("/");
  // A password an administrator set: straight to "Đổi mật khẩu" (the guard would send them there from any page).
  if (user.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  redirect(heading && mayOpenPage(user.role, heading) ? heading : ROLE_HOME[user.role]);
}
