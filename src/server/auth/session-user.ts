// The identity a session carries (in the signed JWT) and that every authorisation check reads.
import type { Role } from "@/generated/prisma/enums";

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  unitId: string;
  officeId: string | null;
}

/** The identity of a user row (at sign-in, and again on every request while the session is open). */
export function sessionUserOf(user: Omit<SessionUser, "name"> & { fullName: string }): SessionUser {
  return {
    id: user.id,
    username: user.username,
    name: user.fullName,
    role: user.role,
    unitId: user.unitId,
    officeId: user.officeId,
  };
}
