import { afterEach, describe, expect, it, vi } from "vitest";
import { CredentialsSignin } from "next-auth";
import { CallbackRouteError } from "@auth/core/errors";
import { authLogger } from "./logger";

// As ./credentials.ts throws them (that module needs the database, so its classes are mirrored here).
class InvalidCredentialsError extends CredentialsSignin {
  code = "invalid_credentials";
}
class TooManyAttemptsError extends CredentialsSignin {
  code = "too_many_attempts";
}

const printed = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => call.join(" ")).join("\n");

describe("Auth.js logger", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([new InvalidCredentialsError(), new TooManyAttemptsError(), new CredentialsSignin()])(
    "logs an expected refusal (%s) as one line without a stack",
    (error) => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const logError = vi.spyOn(console, "error").mockImplementation(() => {});
      authLogger.error(error);
      expect(logError).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(printed(warn)).not.toContain("\n");
      expect(printed(warn)).not.toMatch(/ at /);
      expect(printed(warn)).toContain(error.code);
    },
  );

  it("keeps the stack of an unexpected error", () => {
    const logError = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = new Error("database unreachable");
    authLogger.error(new CallbackRouteError("Read more at https://errors.authjs.dev", { cause: { err: failure } }));
    expect(printed(logError)).toContain("CallbackRouteError");
    expect(printed(logError)).toContain(failure.stack);
  });
});
