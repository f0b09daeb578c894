import "server-only";
// API clients (ApiClient): the key check of every /api/v1 call, and the administrator's commands (create, revoke)
// and list. Keys are shown once (the create command returns the key; only its SHA-256 is stored). Each command runs
// in one transaction with its audit row; an administrator manages the clients of the units they manage (their unit
// and the units below it).
import { bearerKey, keyPrefixOf, keyUsable, normalisePermissions } from "@/domain/api";
import { startOfVietnamDay, type LocalDate } from "@/lib/dates";
import { unitTreeIds } from "@/server/data/unit-tree";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";
import { generateKey, hashKey, NO_HASH, sameHash } from "./keys";

/** What a route knows about the client calling it. */
export interface ApiClientIdentity {
  id: string;
  name: string;
  unitId: string | null;
  permissions: string[];
}

/** lastUsedAt is written at most once a minute per client (a busy client does not write on every call). */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The client whose key the Authorization header carries, or null for a missing, malformed, unknown, wrong, revoked
 * or expired key (all answered 401 alike). The stored hash is found by the key's public prefix and compared in
 * constant time; an unknown prefix still costs one comparison.
 */
export async function authenticateKey(header: string | null, now = new Date()): Promise<ApiClientIdentity | null> {
  const key = bearerKey(header);
  const prefix = key ? keyPrefixOf(key) : null;
  const client = prefix
    ? await db.apiClient.findUnique({
        where: { keyPrefix: prefix },
        select: {
          id: true,
          name: true,
          unitId: true,
          permissions: true,
          keyHash: true,
          revokedAt: true,
          expiresAt: true,
          lastUsedAt: true,
        },
      })
    : null;
  const matches = sameHash(hashKey(key ?? ""), client?.keyHash ?? NO_HASH);
  if (!client || !matches || !keyUsable(client, now)) return null;
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiClient.updateMany({
      where: {
        id: client.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return { id: client.id, name: client.name, unitId: client.unitId, permissions: client.permissions };
}

// ─── The administrator's screen ─────────────────────────────────────────────────────────────────────────────────

export interface NewApiClientInput {
  name: string;
  unitId: string;
  permissions: string[];
  /** Last day the key works (Vietnam time, inclusive); none: until revoked. */
  expiresOn?: LocalDate;
}

async function managedUnit(admin: Pick<SessionUser, "unitId">, unitId: string) {
  if (!(await unitTreeIds(admin.unitId)).includes(unitId))
    throw new UserFacingError("Đơn vị này không thuộc phạm vi quản trị của bạn.", {
      unitId: ["Xin vui lòng chọn đơn vị."],
    });
  return db.administrativeUnit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, code: true } });
}

/** Creates a client and returns its key, the only time the key is ever shown. */
export async function createApiClient(
  admin: Pick<SessionUser, "id" | "unitId">,
  input: NewApiClientInput,
  now = new Date(),
): Promise<{ id: string; key: string; prefix: string }> {
  const unit = await managedUnit(admin, input.unitId);
  const permissions = normalisePermissions(input.permissions);
  if (permissions.length === 0)
    throw new UserFacingError("Xin vui lòng chọn ít nhất một quyền.", {
      "permissions[]": ["Xin vui lòng chọn quyền."],
    });
  // The day after the last day, at Vietnam midnight: the key works through the whole last day.
  const expiresAt = input.expiresOn
    ? new Date(startOfVietnamDay(input.expiresOn).getTime() + 24 * 60 * 60 * 1000)
    : null;
  if (expiresAt && expiresAt <= now)
    throw new UserFacingError("Ngày hết hạn phải từ hôm nay trở đi.", { expiresOn: ["Ngày hết hạn đã qua."] });
  const { key, prefix, hash } = generateKey();
  const client = await db.$transaction(async (tx) => {
    const created = await tx.apiClient.create({
      data: {
        name: input.name,
        unitId: unit.id,
        permissions,
        keyPrefix: prefix,
        keyHash: hash,
        expiresAt,
        createdById: admin.id,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: admin.id,
        action: "api_client.create",
        entity: "ApiClient",
        entityId: created.id,
        detail: {
          name: input.name,
          unit: unit.code,
          permissions,
          keyPrefix: prefix,
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      },
      tx,
    );
    return created;
  });
  return { id: client.id, key, prefix };
}

/** Revokes a client's key at once: its next call is answered 401. */
export async function revokeApiClient(admin: Pick<SessionUser, "id" | "unitId">, clientId: string, now = new Date()) {
  const managed = await unitTreeIds(admin.unitId);
  const client = await db.apiClient.findUnique({
    where: { id: clientId },
    select: { id: true, unitId: true, revokedAt: true, keyPrefix: true },
  });
  if (!client || !client.unitId || !managed.includes(client.unitId))
    throw new UserFacingError("Không tìm thấy khóa kết nối này trong phạm vi quản trị của bạn.");
  if (client.revokedAt) return { keyPrefix: client.keyPrefix };
  await db.$transaction(async (tx) => {
    await tx.apiClient.update({ where: { id: client.id }, data: { revokedAt: now, revokedById: admin.id } });
    await recordAudit(
      {
        actorId: admin.id,
        action: "api_client.revoke",
        entity: "ApiClient",
        entityId: client.id,
        detail: { keyPrefix: client.keyPrefix },
      },
      tx,
    );
  });
  return { keyPrefix: client.keyPrefix };
}

export interface ApiClientRow {
  id: string;
  name: string;
  unitName: string | null;
  permissions: string[];
  keyPrefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The clients of the units this administrator manages, newest first, and the units they may scope a new one to. */
export async function loadApiClientAdmin(admin: Pick<SessionUser, "unitId">) {
  const managed = await unitTreeIds(admin.unitId);
  const [clients, units] = await Promise.all([
    db.apiClient.findMany({
      where: { unitId: { in: managed } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        name: true,
        permissions: true,
        keyPrefix: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        lastUsedAt: true,
        unit: { select: { name: true, kindLabel: true } },
      },
    }),
    db.administrativeUnit.findMany({
      where: { id: { in: managed } },
      orderBy: [{ level: "asc" }, { name: "asc" }],
      select: { id: true, name: true, kindLabel: true },
    }),
  ]);
  const rows: ApiClientRow[] = clients.map(({ unit, ...client }) => ({
    ...client,
    unitName: unit ? `${unit.kindLabel} ${unit.name}` : null,
  }));
  return { clients: rows, units: units.map((unit) => ({ id: unit.id, name: `${unit.kindLabel} ${unit.name}` })) };
}
