import "server-only";
// Staff accounts as an administrator manages them ("Quản trị → Người dùng"): create, change the details, role or scope
// (unit, office), deactivate, reactivate, reset the password. Every command: the account and the units it touches are
// within the administrator's units (else "not found"), the scope fits the role (src/domain/users/scope.ts), nobody
// locks the administration out (src/domain/users/lockout.ts, with the administrators' rows locked), one transaction
// with its audit row. A deactivation, a reset or a role change takes effect at the user's next request: the guard
// re-reads the account each time (src/server/auth/guard.ts), and the first two also end the user's open sessions.
import type { OfficeKind as DatabaseOfficeKind } from "@/generated/prisma/enums";
import type { Role } from "@/domain/access";
import {
  lockoutProblem,
  scopeProblems,
  type AccountChange,
  type CreateUserInput,
  type OfficeKind,
  type ScopeOffice,
  type ScopeUnit,
  type UpdateUserInput,
} from "@/domain/users";
import { localDateKey, dayOfDateColumn } from "@/lib/dates";
import { hashPassword } from "@/server/auth/password";
import { unitTreeIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { endUserSessions } from "@/server/auth/sessions";
import { recordAudit } from "@/server/data/audit";
import { db, Prisma } from "@/server/db";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import { temporaryPassword } from "./temporary-password";

// The domain's office kinds spell the database enum: tsc fails here the day they drift apart.
type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _officeKindsAgree: SameUnion<OfficeKind, DatabaseOfficeKind> = true;

type Tx = Prisma.TransactionClient;

const NOT_FOUND = "Không tìm thấy tài khoản này trong các đơn vị ông/bà quản trị.";

/**
 * One transaction over the units the administrator manages (read before it opens: on the embedded database a query
 * outside the transaction would wait for it to end).
 */
async function inManagedUnits<T>(admin: SessionUser, work: (tx: Tx, managed: readonly string[]) => Promise<T>) {
  const managed = await unitTreeIds(admin.unitId);
  return db.$transaction((tx) => work(tx, managed));
}

/**
 * The account, when its unit is one the administrator manages, and how many administrators are active. Locks the
 * active administrators' rows first, then the account's (always in that order, so two changes never deadlock), until
 * the transaction ends: two administrators removing each other at the same moment cannot both succeed.
 */
async function lockForChange(tx: Tx, managed: readonly string[], userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError(NOT_FOUND);
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    include: { unit: { select: { code: true } }, office: { select: { code: true } } },
  });
  if (!managed.includes(user.unitId)) throw new NotFoundError(NOT_FOUND);
  return { user, activeAdmins: admins.length };
}

function refuseLockout(
  admin: SessionUser,
  target: { id: string; role: Role; active: boolean },
  change: AccountChange,
  activeAdmins: number,
) {
  const problem = lockoutProblem(admin.id, target, change, activeAdmins);
  if (problem) throw new UserFacingError(problem);
}

/** The unit and office chosen for a role, checked against the administrator's units and the scope rules. */
async function checkScope(
  tx: Tx,
  managed: readonly string[],
  role: Role,
  unitId: string,
  officeId: string | undefined,
) {
  const unitRow = managed.includes(unitId)
    ? await tx.administrativeUnit.findUnique({
        where: { id: unitId },
        select: { id: true, code: true, active: true, effectiveTo: true },
      })
    : null;
  const officeRow = officeId
    ? await tx.office.findUnique({
        where: { id: officeId },
        select: { id: true, code: true, unitId: true, kind: true, active: true },
      })
    : null;
  const unit: ScopeUnit | null = unitRow
    ? {
        id: unitRow.id,
        active: unitRow.active,
        effectiveTo: unitRow.effectiveTo ? dayOfDateColumn(unitRow.effectiveTo) : null,
      }
    : null;
  const office: ScopeOffice | null = officeId
    ? officeRow
      ? { found: true, unitId: officeRow.unitId, kind: officeRow.kind, active: officeRow.active }
      : { found: false }
    : null;
  const problems = scopeProblems(role, unit, office, localDateKey(new Date()));
  const fields = Object.entries(problems);
  if (fields.length > 0)
    throw new UserFacingError(fields[0]![1], Object.fromEntries(fields.map(([field, message]) => [field, [message]])));
  return { unitCode: unitRow!.code, officeCode: officeRow?.code ?? null };
}

/** The account's columns the forms set (a blank optional field is null). */
const accountColumns = (input: Omit<UpdateUserInput, "userId">) => ({
  fullName: input.fullName,
  title: input.title ?? null,
  email: input.email ?? null,
  phone: input.phone ?? null,
  role: input.role,
  unitId: input.unitId,
  officeId: input.officeId ?? null,
});

const USERNAME_TAKEN = "Tên đăng nhập này đã có người dùng; xin chọn tên khác.";

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export interface CreatedUser {
  userId: string;
  username: string;
  /** The generated password, shown once to the administrator; null when they typed one. */
  temporaryPassword: string | null;
}

/** "Tạo tài khoản": the user must change the initial password at their first sign-in. */
export async function createUser(admin: SessionUser, input: CreateUserInput): Promise<CreatedUser> {
  const generated = input.initialPassword === undefined ? temporaryPassword(input.username) : null;
  const passwordHash = await hashPassword(input.initialPassword ?? generated!);
  try {
    return await inManagedUnits(admin, async (tx, managed) => {
      if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
        throw new UserFacingError(USERNAME_TAKEN, { username: [USERNAME_TAKEN] });
      const scope = await checkScope(tx, managed, input.role, input.unitId, input.officeId);
      const user = await tx.user.create({
        data: { username: input.username, passwordHash, ...accountColumns(input), mustChangePassword: true },
        select: { id: true, username: true },
      });
      await recordAudit(
        {
          actorId: admin.id,
          action: "user.create",
          entity: "User",
          entityId: user.id,
          detail: {
            username: user.username,
            role: input.role,
            unit: scope.unitCode,
            office: scope.officeCode,
            password: generated ? "generated" : "typed",
          },
        },
        tx,
      );
      return { userId: user.id, username: user.username, temporaryPassword: generated };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(USERNAME_TAKEN, { username: [USERNAME_TAKEN] });
    throw error;
  }
}

/**
 * "Lưu thay đổi": details, role and scope. The audit row names role, unit, office and title before and after, and
 * which of the name and work contacts changed (their values stay in the account only). Nothing changed: no row.
 */
export async function updateUser(admin: SessionUser, input: UpdateUserInput): Promise<{ changed: string[] }> {
  return inManagedUnits(admin, async (tx, managed) => {
    const { user, activeAdmins } = await lockForChange(tx, managed, input.userId);
    const scopeChanged = user.unitId !== input.unitId || user.officeId !== (input.officeId ?? null);
    refuseLockout(admin, user, { kind: "update", role: input.role, scopeChanged }, activeAdmins);
    const scope = await checkScope(tx, managed, input.role, input.unitId, input.officeId);

    const next = accountColumns(input);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => user[key] !== next[key]);
    if (changed.length === 0) return { changed };
    await tx.user.update({ where: { id: user.id }, data: next });
    await recordAudit(
      {
        actorId: admin.id,
        action: "user.update",
        entity: "User",
        entityId: user.id,
        detail: {
          username: user.username,
          before: { role: user.role, unit: user.unit.code, office: user.office?.code ?? null, title: user.title },
          after: { role: next.role, unit: scope.unitCode, office: scope.officeCode, title: next.title },
          changed,
        },
      },
      tx,
    );
    return { changed };
  });
}

/** "Khóa tài khoản": the user's open sessions end with it; the next request of any copy of their cookie is refused. */
export async function deactivateUser(admin: SessionUser, userId: string): Promise<{ endedSessions: number }> {
  return inManagedUnits(admin, async (tx, managed) => {
    const { user, activeAdmins } = await lockForChange(tx, managed, userId);
    if (!user.active) return { endedSessions: 0 };
    refuseLockout(admin, user, { kind: "deactivate" }, activeAdmins);
    await tx.user.update({ where: { id: user.id }, data: { active: false } });
    const endedSessions = await endUserSessions(user.id, "ADMIN_ENDED", { client: tx });
    await recordAudit(
      {
        actorId: admin.id,
        action: "user.deactivate",
        entity: "User",
        entityId: user.id,
        detail: { username: user.username, role: user.role, endedSessions },
      },
      tx,
    );
    return { endedSessions };
  });
}

/** "Mở lại tài khoản": the user signs in again with their password (or one an administrator resets). */
export async function reactivateUser(admin: SessionUser, userId: string): Promise<{ reactivated: boolean }> {
  return inManagedUnits(admin, async (tx, managed) => {
    const { user, activeAdmins } = await lockForChange(tx, managed, userId);
    if (user.active) return { reactivated: false };
    refuseLockout(admin, user, { kind: "reactivate" }, activeAdmins);
    await tx.user.update({ where: { id: user.id }, data: { active: true } });
    await recordAudit(
      {
        actorId: admin.id,
        action: "user.reactivate",
        entity: "User",
        entityId: user.id,
        detail: { username: user.username, role: user.role },
      },
      tx,
    );
    return { reactivated: true };
  });
}

/**
 * "Đặt lại mật khẩu": a generated password, shown once to the administrator; the user must change it at their next
 * sign-in, and every open session of theirs ends now.
 */
export async function resetUserPassword(
  admin: SessionUser,
  userId: string,
): Promise<{ username: string; temporaryPassword: string; endedSessions: number }> {
  const target = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  if (!target) throw new NotFoundError(NOT_FOUND);
  const password = temporaryPassword(target.username);
  const passwordHash = await hashPassword(password);
  return inManagedUnits(admin, async (tx, managed) => {
    const { user, activeAdmins } = await lockForChange(tx, managed, userId);
    refuseLockout(admin, user, { kind: "reset_password" }, activeAdmins);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } });
    const endedSessions = await endUserSessions(user.id, "ADMIN_ENDED", { client: tx });
    await recordAudit(
      {
        actorId: admin.id,
        action: "user.reset_password",
        entity: "User",
        entityId: user.id,
        detail: { username: user.username, endedSessions },
      },
      tx,
    );
    return { username: user.username, temporaryPassword: password, endedSessions };
  });
}
