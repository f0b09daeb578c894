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
