import "server-only";
// Dossiers for API clients: one by code, a filtered page (newest submission first, keyset cursor), a dossier's
// history. Scope: dossiers received or decided by a unit of apiScopeUnitIds (the client's unit, the units below it
// and the units these continue). A dossier outside the scope is answered like a missing one (404); a `unit` filter
// outside it is refused (403). Applicants' personal data (and the free-text reasons of the history, which may name
// people) only with dossiers:personal, and such reads are audited.
import { DEFAULT_DOSSIER_PAGE_SIZE, hasPermission, type DossierListQuery, type DossierView } from "@/domain/api";
import { addCalendarDays, startOfVietnamDay } from "@/lib/dates";
import { db, type Prisma } from "@/server/db";
import { recordApiDossierListRead, recordApiDossierRead } from "./audit";
import type { ApiClientIdentity } from "./clients";
import { ApiProblem } from "./define-api-route";
import { apiScopeUnitIds } from "./scope";

const unitSelect = { select: { code: true, name: true, kindLabel: true } } as const;

const dossierSelect = {
  id: true,
  code: true,
  channel: true,
  status: true,
  processingStep: true,
  applicantKind: true,
  submittedAt: true,
  receivedAt: true,
  appointmentAt: true,
  finishedAt: true,
  returnedAt: true,
  resultKind: true,
  timeliness: true,
  procedure: { select: { code: true, name: true } },
  procedureVersion: { select: { version: true } },
  receivedUnit: unitSelect,
  decidingUnit: unitSelect,
} as const satisfies Prisma.DossierSelect;

const personalSelect = {
  applicantName: true,
  applicantIdNumber: true,
  applicantPhone: true,
  applicantEmail: true,
  applicantAddress: true,
} as const satisfies Prisma.DossierSelect;

type DossierRow = Prisma.DossierGetPayload<{ select: typeof dossierSelect }> &
  Partial<Prisma.DossierGetPayload<{ select: typeof personalSelect }>>;

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const unitRef = (unit: { code: string; name: string; kindLabel: string }) => ({
  code: unit.code,
  name: `${unit.kindLabel} ${unit.name}`,
});

function toView(row: DossierRow, personal: boolean): DossierView {
  return {
    code: row.code,
    procedure: { code: row.procedure.code, name: row.procedure.name, version: row.procedureVersion.version },
    channel: row.channel,
    status: row.status,
    processingStep: row.processingStep,
    receivedUnit: unitRef(row.receivedUnit),
    decidingUnit: unitRef(row.decidingUnit),
    applicantKind: row.applicantKind,
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: iso(row.receivedAt),
    appointmentAt: iso(row.appointmentAt),
    finishedAt: iso(row.finishedAt),
    returnedAt: iso(row.returnedAt),
    resultKind: row.resultKind,
    timeliness: row.timeliness,
    ...(personal && row.applicantName !== undefined
      ? {
          applicant: {
            kind: row.applicantKind,
            name: row.applicantName,
            idNumber: row.applicantIdNumber!,
            phone: row.applicantPhone!,
            email: row.applicantEmail ?? null,
            address: row.applicantAddress!,
          },
        }
      : {}),
  };
}

const inUnits = (unitIds: readonly string[]): Prisma.DossierWhereInput => ({
  OR: [{ receivedUnitId: { in: [...unitIds] } }, { decidingUnitId: { in: [...unitIds] } }],
});

const mayReadPersonal = (client: ApiClientIdentity) => hasPermission(client.permissions, "dossiers:personal");

/**
 * A dossier in the client's scope, or null (missing and out of scope alike): found by its unique code, then judged
 * against the scope's units (both read at once).
 */
async function findInScope(client: ApiClientIdentity, code: string, personal: boolean): Promise<DossierRow | null> {
  const [scope, row] = await Promise.all([
    apiScopeUnitIds(client),
    db.dossier.findUnique({
      where: { code },
      select: { ...dossierSelect, ...(personal ? personalSelect : {}), receivedUnitId: true, decidingUnitId: true },
    }),
  ]);
  if (!row || !(scope.includes(row.receivedUnitId) || scope.includes(row.decidingUnitId))) return null;
  return row as DossierRow;
}

export async function getApiDossier(client: ApiClientIdentity, code: string): Promise<DossierView | null> {
  const personal = mayReadPersonal(client);
  const row = await findInScope(client, code, personal);
  if (!row) return null;
  if (personal) await recordApiDossierRead(client, row.code, "dossier");
  return toView(row, personal);
}

export async function getApiDossierHistory(client: ApiClientIdentity, code: string) {
  const personal = mayReadPersonal(client);
  const row = await findInScope(client, code, false);
  if (!row) return null;
  const events = await db.dossierEvent.findMany({
    where: { dossierId: row.id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, type: true, fromStatus: true, toStatus: true, reason: true },
  });
  if (personal) await recordApiDossierRead(client, row.code, "history");
  return {
    code: row.code,
    status: row.status,
    events: events.map((event) => ({
      at: event.at.toISOString(),
      type: event.type,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      ...(personal ? { reason: event.reason } : {}),
    })),
  };
}

// ─── The filtered list ──────────────────────────────────────────────────────────────────────────────────────────

/** The cursor: the last row's submission instant and id, base64url (opaque to clients). */
export const encodeCursor = (row: { submittedAt: Date; id: string }) =>
  Buffer.from(`${row.submittedAt.toISOString()}|${row.id}`, "utf8").toString("base64url");

function decodeCursor(cursor: string): { submittedAt: Date; id: string } {
  const [instant, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const submittedAt = new Date(instant ?? "");
  if (rest.length > 0 || !id || !/^[a-z0-9]{1,40}$/.test(id) || Number.isNaN(submittedAt.getTime()))
    throw new ApiProblem("invalid-request", "Con trỏ trang không hợp lệ: xin dùng đúng `nextCursor` của trang trước.");
  return { submittedAt, id };
}

/** The units a list covers: the client's scope, or the `unit` filter's own subtree when that lies inside it. */
async function listUnits(client: ApiClientIdentity, unitCode: string | undefined): Promise<string[]> {
  const scope = await apiScopeUnitIds(client);
  if (!unitCode) return scope;
  const unit = await db.administrativeUnit.findUnique({ where: { code: unitCode }, select: { id: true } });
  // An unknown code and a unit outside the scope get the same answer: nothing says which units exist elsewhere.
  if (!unit || !scope.includes(unit.id))
    throw new ApiProblem("forbidden", `Đơn vị ${unitCode} không thuộc phạm vi của khóa API này.`);
  const subtree = await apiScopeUnitIds({ unitId: unit.id });
  return subtree.filter((id) => scope.includes(id));
}

export interface DossierListPage {
  items: DossierView[];
  nextCursor: string | null;
  limit: number;
}

export async function listApiDossiers(client: ApiClientIdentity, query: DossierListQuery): Promise<DossierListPage> {
  const limit = query.limit ?? DEFAULT_DOSSIER_PAGE_SIZE;
  const unitIds = await listUnits(client, query.unit);
  if (unitIds.length === 0) return { items: [], nextCursor: null, limit };
  const conditions: Prisma.DossierWhereInput[] = [inUnits(unitIds)];
  if (query.status) conditions.push({ status: query.status });
  if (query.channel) conditions.push({ channel: query.channel });
  if (query.procedure) conditions.push({ procedure: { code: query.procedure } });
  if (query.from) conditions.push({ receivedAt: { gte: startOfVietnamDay(query.from) } });
  if (query.to) conditions.push({ receivedAt: { lt: startOfVietnamDay(addCalendarDays(query.to, 1)) } });
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    conditions.push({
      OR: [{ submittedAt: { lt: after.submittedAt } }, { submittedAt: after.submittedAt, id: { lt: after.id } }],
    });
  }
  const personal = mayReadPersonal(client);
  const rows = (await db.dossier.findMany({
    where: { AND: conditions },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: personal ? { ...dossierSelect, ...personalSelect } : dossierSelect,
  })) as DossierRow[];
  const page = rows.slice(0, limit);
  if (personal)
    await recordApiDossierListRead(
      client,
      page.map((row) => row.code),
    );
  const last = page.at(-1);
  return {
    items: page.map((row) => toView(row, personal)),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    limit,
  };
}
