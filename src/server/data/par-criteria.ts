import "server-only";
// Reads of the PAR Index criteria sets (docs/par-index.md "Criteria sets"): the list by year and level, one set with
// its tree in reading order and its validation issues, and the nodes as the domain reads them. Home affairs (INSPECTOR)
// reads its own unit's sets and may edit the drafts; ADMIN reads every set; anyone else reads none. No personal data.
import {
  buildParTree,
  DEFAULT_GRADE_BANDS,
  flattenParTree,
  gradeBandsSchema,
  validateParTree,
  type GradeBand,
  type ParCriterionNode,
  type ParLevel,
  type ParSetStatus,
  type ParTreeIssue,
} from "@/domain/par-index";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { parCriterionNodeOf } from "@/server/par-index/evaluation-rows";

type Reader = Pick<Prisma.TransactionClient, "parCriterion">;

/** A set's nodes as the domain's tree nodes (unordered; buildParTree orders them). */
export async function loadCriteriaNodes(setId: string, client: Reader = db): Promise<ParCriterionNode[]> {
  const rows = await client.parCriterion.findMany({ where: { setId } });
  return rows.map(parCriterionNodeOf);
}

/** Stored bands, or the defaults when the JSON is not a list of bands (never shown as an error to a reader). */
export function gradeBandsOf(json: unknown): GradeBand[] {
  const parsed = gradeBandsSchema.safeParse(json);
  return parsed.success ? parsed.data : [...DEFAULT_GRADE_BANDS];
}

const readableWhere = (user: Pick<SessionUser, "role" | "unitId">): Prisma.ParCriteriaSetWhereInput | null =>
  user.role === "ADMIN" ? {} : user.role === "INSPECTOR" ? { ownerUnitId: user.unitId } : null;

export interface CriteriaSetSummary {
  id: string;
  year: number;
  level: ParLevel;
  name: string;
  basis: string | null;
  status: ParSetStatus;
  isSample: boolean;
  ownerName: string;
  criteria: number;
  copiedFromYear: number | null;
  hasEvaluation: boolean;
  mayEdit: boolean;
}

/** The sets the user may read, newest year first, communes before departments. */
export async function listCriteriaSets(user: SessionUser): Promise<CriteriaSetSummary[]> {
  const where = readableWhere(user);
  if (!where) return [];
  const sets = await db.parCriteriaSet.findMany({
    where,
    orderBy: [{ year: "desc" }, { level: "asc" }, { name: "asc" }],
    include: {
      ownerUnit: { select: { name: true } },
      copiedFrom: { select: { year: true } },
      evaluations: { select: { id: true } },
      _count: { select: { criteria: true } },
    },
  });
  return sets.map((set) => ({
    id: set.id,
    year: set.year,
    level: set.level,
    name: set.name,
    basis: set.basis,
    status: set.status,
    isSample: set.isSample,
    ownerName: set.ownerUnit.name,
    criteria: set._count.criteria,
    copiedFromYear: set.copiedFrom?.year ?? null,
    hasEvaluation: set.evaluations.length > 0,
    mayEdit: user.role === "INSPECTOR" && set.status === "DRAFT",
  }));
}

export interface CriteriaSetRow {
  node: ParCriterionNode;
  depth: number;
  /** "1", "1.1"… as printed in the STT column: the node's code. */
  hasChildren: boolean;
  parentCode: string | null;
}

export interface CriteriaSetPage {
  set: CriteriaSetSummary & { rescaleToHundred: boolean; gradeBands: GradeBand[]; lockedAt: Date | null };
  rows: CriteriaSetRow[];
  issues: ParTreeIssue[];
  /** The main part's maximum (100 when the tree adds up). */
  mainTotal: number;
  /** Groups a node may be placed under (for the edit forms). */
  groups: { id: string; code: string; title: string; section: ParCriterionNode["section"] }[];
}

/** One set with its tree, or null when it does not exist or the user may not read it. */
export async function loadCriteriaSetPage(user: SessionUser, setId: string): Promise<CriteriaSetPage | null> {
  const where = readableWhere(user);
  if (!where) return null;
  const list = await db.parCriteriaSet.findFirst({
    where: { AND: [where, { id: setId }] },
    include: {
      ownerUnit: { select: { name: true } },
      copiedFrom: { select: { year: true } },
      evaluations: { select: { id: true } },
      _count: { select: { criteria: true } },
    },
  });
  if (!list) return null;
  const nodes = await loadCriteriaNodes(setId);
  const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
  const rows = flattenParTree(buildParTree(nodes)).map((row) => ({
    node: row.node,
    depth: row.depth,
    hasChildren: row.children.length > 0,
    parentCode: row.node.parentId === null ? null : (codeOf.get(row.node.parentId) ?? null),
  }));
  return {
    set: {
      id: list.id,
      year: list.year,
      level: list.level,
      name: list.name,
      basis: list.basis,
      status: list.status,
      isSample: list.isSample,
      ownerName: list.ownerUnit.name,
      criteria: list._count.criteria,
      copiedFromYear: list.copiedFrom?.year ?? null,
      hasEvaluation: list.evaluations.length > 0,
      mayEdit: user.role === "INSPECTOR" && list.status === "DRAFT",
      rescaleToHundred: list.rescaleToHundred,
      gradeBands: gradeBandsOf(list.gradeBands),
      lockedAt: list.lockedAt,
    },
    rows,
    issues: validateParTree(nodes),
    mainTotal: nodes
      .filter((node) => node.parentId === null && node.section === "MAIN")
      .reduce((sum, node) => sum + node.maxPoints, 0),
    groups: rows
      .filter((row) => row.node.kind === "GROUP")
      .map((row) => ({ id: row.node.id, code: row.node.code, title: row.node.title, section: row.node.section })),
  };
}
