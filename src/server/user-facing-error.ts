/** An error whose message is meant for the user (Vietnamese), e.g. a rule the input breaks. Anything else is logged. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

/** Expected: what was asked for does not exist, or is outside the user's scope (the same answer, so nothing leaks). */
export class NotFoundError extends UserFacingError {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}
