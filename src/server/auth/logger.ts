// Auth.js's logger. Its default prints a stack trace for every failed sign-in; a wrong password or a throttled
// account is expected, so it gets one line without a stack. Anything else keeps its message, cause and stack.
import { AuthError, CredentialsSignin } from "next-auth";

type AuthLogger = { error: (error: Error) => void };

export const authLogger: AuthLogger = {
  error(error) {
    if (error instanceof CredentialsSignin) {
      console.warn(`[auth] sign-in refused: ${error.code}`);
      return;
    }
    const name = error instanceof AuthError ? error.type : error.name;
    console.error(`[auth][error] ${name}: ${error.message}`);
    const cause = (error as { cause?: unknown }).cause;
    if (cause && typeof cause === "object" && "err" in cause && cause.err instanceof Error)
      console.error("[auth][cause]", cause.err.stack);
    else if (error.stack) console.error(error.stack);
  },
};
