// Staff passwords: argon2id (OWASP's first choice), parameters from @node-rs/argon2's defaults (m=19 MiB, t=2, p=1).
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

// Verifying against this when the username is unknown keeps both paths equally slow, so response time does not reveal
// which usernames exist.
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = (): Promise<string> => (decoyHash ??= hash("motcua-decoy-password"));
