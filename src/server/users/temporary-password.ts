import "server-only";
// A password an administrator hands to a staff member (a new account, a reset): random, readable aloud or from a
// note (no 0/o, 1/l/i), shown once and never stored in clear; the user must change it at their next sign-in.
import { randomInt } from "node:crypto";
import { passwordPolicyProblem } from "@/domain/access";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Three groups of four ("k7pm-3xqe-w9ta"): 12 random characters of 31, about 59 bits, and it meets the policy. */
export function temporaryPassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 3 }, () =>
      Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
    );
    const password = groups.join("-");
    if (passwordPolicyProblem(password, username) === null) return password;
  }
}
