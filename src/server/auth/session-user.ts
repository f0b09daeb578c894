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
