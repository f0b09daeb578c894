import "server-only";
// The one place that decides who is signed in and whether they may be here. Pages, layouts, server actions and route
// handlers all call it; the proxy only redirects early and is not a security boundary.
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { safeReturnPath, type Role } from "@/domain/access";
import type { Role as DatabaseRole } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { unitTreeAndPredecessorIds } from "@/server/data/unit-tree";
import { auth } from "./index";
import { isSessionOpen } from "./sessions";
import { sessionUserOf, type SessionUser } from "./session-user";

// Role lists come from src/domain/access (a string union), user.role from the database (a Prisma enum): the two must
// name the same roles, or a list could hold a role no user has. tsc fails here the day they drift apart.
type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _domainRolesAreDatabaseRoles: SameUnion<Role, DatabaseRole> = true;

/** The signed-in user and whether an administrator's reset left them a password to change before anything else. */
interface SessionState {
  user: SessionUser;
  mustChangePassword: boolean;
}

/**
 * The signed-in staff member, re-read from the database so deactivation or a role change applies at once. The cookie
 * counts only while its server-side session is open (./sessions.ts): after logout, a password change or an
 * administrator's "end sessions", a copy of the old cookie is refused here.
 */
const sessionState = cache(async (): Promise<SessionState | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!id || !sessionId) return null;
  const [user, open] = await Promise.all([
    db.user.findUnique({
      where: { id },
      select: {
        id: true,
        username: true,
        fullName: true,
        role: true,
        unitId: true,
        officeId: true,
        active: true,
        mustChangePassword: true,
      },
    }),
    isSessionOpen(sessionId, id),
  ]);
  if (!user?.active || !open) return null;
  return { user: sessionUserOf(user), mustChangePassword: user.mustChangePassword };
});

/**
 * Who is signed in (identity only). A user who must still change their password is returned too: access to pages,
 * actions and routes goes through requireUser and checkUser, which hold such a user at the password page.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => (await sessionState())?.user ?? null);

/** The one page (and its action) a user whose password an administrator reset may use until they change it. */
export const PASSWORD_CHANGE_PATH = "/tai-khoan/mat-khau";

export interface GuardOptions {
  /**
   * Usable while a password change is pending: the password page, its action and the staff layout around it. Every
   * other page sends such a user to PASSWORD_CHANGE_PATH, every other action and route refuses them.
   */
  duringPasswordChange?: boolean;
}

/** Whether this request's user must change their password before anything else (the layout hides its menu). */
export const passwordChangePending = cache(
  async (): Promise<boolean> => (await sessionState())?.mustChangePassword ?? false,
);

/** The server-side session (UserSession.id) of this request's cookie, or null without one. */
export const currentSessionId = cache(async (): Promise<string | null> => (await auth())?.sessionId ?? null);

/** For pages and layouts: anonymous visitors go to the login page, other roles get the 403 page. */
export async function requireUser(
  roles?: readonly Role[],
  returnTo?: string,
  options: GuardOptions = {},
): Promise<SessionUser> {
  const state = await sessionState();
  if (!state) {
    const back = safeReturnPath(returnTo);
    redirect(back ? `/dang-nhap?callbackUrl=${encodeURIComponent(back)}` : "/dang-nhap");
  }
  if (state.mustChangePassword && !options.duringPasswordChange) redirect(PASSWORD_CHANGE_PATH);
  if (roles && !roles.includes(state.user.role)) forbidden();
  return state.user;
}

export type AccessDenied = { reason: "unauthenticated" | "forbidden" | "passwordChange" };

/** For server actions and route handlers, which answer with a message instead of navigating. */
export async function checkUser(
  roles?: readonly Role[],
  options: GuardOptions = {},
): Promise<SessionUser | AccessDenied> {
  const state = await sessionState();
  if (!state) return { reason: "unauthenticated" };
  if (state.mustChangePassword && !options.duringPasswordChange) return { reason: "passwordChange" };
  if (roles && !roles.includes(state.user.role)) return { reason: "forbidden" };
  return state.user;
}

export const isDenied = (value: SessionUser | AccessDenied): value is AccessDenied => "reason" in value;

/**
 * Units whose data this user may read: their own, plus the units below it for leadership and the home-affairs
 * inspector of a higher level (a town's leaders and Phòng Nội vụ watch every ward), plus the units theirs continue
 * (merged or split into it, and the units below those): a new ward's leaders read the history of the old wards.
 */
export const readableUnitIds = cache(async (user: SessionUser): Promise<string[]> => {
  if (user.role !== "LEADERSHIP" && user.role !== "INSPECTOR") return [user.unitId];
  return unitTreeAndPredecessorIds(user.unitId);
});

// The unit trees live in src/server/data/unit-tree.ts (no session machinery), for the REST API and the benchmarks too.
export { unitTreeAndPredecessorIds, unitTreeIds } from "@/server/data/unit-tree";
