import "server-only";
// The inputs of the quality score of one dossier (đánh giá chất lượng giải quyết, Nghị định 61/2018/NĐ-CP Art. 31–33,
// Thông tư 01/2018/TT-VPCP chapter III) read from MotCua's data, with one evidence line per indicator, and the
// stored self-score and appraisal. The formulas are src/domain/metrics/dossier-quality.ts; how each input is read
// (docs/satisfaction.md, "Chất lượng giải quyết của từng hồ sơ"):
//   (1) the dossier's own judgement against its statutory appointment (Dossier.timeliness, set when it finished);
//   (2) form 05's steps, each judged against its share of the time (buildControlSlip, src/domain/dossier/step-budget.ts);
//   (3) supplement requests after receipt (DossierPause SUPPLEMENT): the desk checked the dossier complete when it
//       received it, so each later request is counted as a time the applicant had to come back. MotCua records no
//       "applicant at fault" flag: the office's head lowers the count in the self-score, with the evidence, when it was;
//   (4) hand-offs (DossierHandoff) to an office of another unit than the receiving and the deciding ones;
//   (5) the dossier was received by the desk (every MotCua intake is) and whether it was also resolved there (the
//       handling office is the desk itself);
//   (6) the procedure's version in force today carries its announcing decision (posted) and the procedure is active
//       in the public catalogue (online);
//   (7) the dossier's timeliness, and a staff-conduct feedback item about it that was accepted and answered (verified);
//       the citizen's ratings are shown as evidence only;
//   (8) the dossier's feedback items that were due (answered, refused or past their deadline) and those on time;
//   (9) the receiving unit over the dossier's calendar year (received counts from the daily rollups): share of its
//       dossiers received online, whether any online one was late, and the share of fully-online-eligible procedures
//       at its level offered fully online.
import type { Prisma } from "@/generated/prisma/client";
import { ACTION_ROLES, hasRole } from "@/domain/access";
import {
  scoreDossierQuality,
  type DossierQualityInput,
  type DossierQualityScore,
  type QualityIndicatorNumber,
  type TimeUse,
} from "@/domain/metrics/dossier-quality";
import {
  parseStoredPoints,
  qualityAppraisePermission,
  qualitySelfScorePermission,
  QUALITY_NUMBERS,
  type QualityPointsRecord,
} from "@/domain/metrics/quality-access";
import { inForceOn } from "@/domain/catalogue";
import {
  dayOfDateColumn,
  formatDate,
  formatDateTime,
  localDateKey,
  startOfVietnamDay,
  type LocalDate,
} from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { buildControlSlip } from "@/server/data/documents";
import { rollupTotals } from "@/server/data/rollups";

type Client = Prisma.TransactionClient | typeof db;

/** A judgement early / on time / late as time used against time allowed (timePoints reads it the same way). */
const JUDGED: Record<"EARLY" | "ON_TIME" | "LATE", TimeUse> = {
  EARLY: { used: 0, allowed: 1 },
  ON_TIME: { used: 1, allowed: 1 },
  LATE: { used: 2, allowed: 1 },
};
const JUDGED_WORDS = { EARLY: "trước hạn", ON_TIME: "đúng hạn", LATE: "quá hạn" } as const;

/** The catalogue's rule (inForceOn) on the version's date columns. */
const inForceToday = (version: { effectiveFrom: Date; effectiveTo: Date | null }, today: LocalDate) =>
  inForceOn(
    {
      effectiveFrom: dayOfDateColumn(version.effectiveFrom),
      effectiveTo: version.effectiveTo === null ? null : dayOfDateColumn(version.effectiveTo),
    },
    today,
  );

const percent = (share: number) => `${Math.round(share * 1000) / 10}`.replace(".", ",") + "%";

export type QualityComputation = {
  input: DossierQualityInput;
  score: DossierQualityScore;
  evidence: Record<QualityIndicatorNumber, string>;
};

/**
 * Gathers the nine inputs of one dossier (by id) and scores them; nothing it returns is personal data. Read outside
 * any transaction (form 05's slip and the unit's year are read through the shared client): the self-score's
 * service reads it before its write transaction.
 */
export async function computeDossierQuality(dossierId: string, now = new Date()): Promise<QualityComputation> {
  const d = await db.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      id: true,
      receivedUnitId: true,
      decidingUnitId: true,
      receivedById: true,
      receivedAt: true,
      finishedAt: true,
      appointmentAt: true,
      timeliness: true,
      handlingOffice: { select: { kind: true } },
      procedure: { select: { active: true, level: true } },
      procedureId: true,
      pauses: { where: { kind: "SUPPLEMENT" }, select: { startedAt: true } },
      handoffs: { select: { toOffice: { select: { unitId: true, name: true } } } },
      feedback: {
        select: {
          category: true,
          status: true,
          answerDueAt: true,
          answeredAt: true,
          refuseDueAt: true,
          refusedAt: true,
        },
      },
      ratings: { select: { overallScore: true } },
    },
  });
  const evidence = {} as Record<QualityIndicatorNumber, string>;

  // (1)
  const total = d.finishedAt && d.timeliness ? JUDGED[d.timeliness] : null;
  evidence[1] =
    d.finishedAt && d.timeliness
      ? `Có kết quả lúc ${formatDateTime(d.finishedAt)}, ${JUDGED_WORDS[d.timeliness]} so với hẹn trả ${
          d.appointmentAt ? formatDateTime(d.appointmentAt) : "—"
        }.`
      : "Hồ sơ chưa có kết quả giải quyết.";

  // (2)
  const slip = await buildControlSlip(d.id, now);
  const judged = slip.steps.flatMap((row) => (row.handedAt && row.timeliness ? [row.timeliness] : []));
  const offices = judged.map((timeliness) => JUDGED[timeliness]);
  const late = judged.filter((timeliness) => timeliness === "LATE").length;
  const early = judged.filter((timeliness) => timeliness === "EARLY").length;
  evidence[2] =
    judged.length === 0
      ? "Chưa có bước nào được đánh giá theo thời hạn của bước; tính như tiêu chí 1."
      : `${judged.length} bước trên phiếu kiểm soát: ${early} trước hạn, ${judged.length - early - late} đúng hạn, ${late} quá hạn.`;

  // (3)–(4)
  const ownUnits = new Set([d.receivedUnitId, d.decidingUnitId]);
  const otherOffices = [
    ...new Set(d.handoffs.filter((h) => !ownUnits.has(h.toOffice.unitId)).map((h) => h.toOffice.name)),
  ];
  const otherUnits = new Set(d.handoffs.map((h) => h.toOffice.unitId).filter((unitId) => !ownUnits.has(unitId)));
  const comebacks = d.pauses.length;
  const agenciesContacted = otherUnits.size;
  evidence[3] =
    comebacks === 0
      ? "Không có yêu cầu bổ sung hồ sơ sau khi tiếp nhận."
      : `${comebacks} lần yêu cầu bổ sung hồ sơ sau khi tiếp nhận (${d.pauses
          .map((pause) => formatDate(pause.startedAt))
          .join(", ")}).`;
  evidence[4] =
    agenciesContacted === 0
      ? "Không phải chuyển hồ sơ đến cơ quan, đơn vị khác."
      : `Chuyển đến ${agenciesContacted} đơn vị khác: ${otherOffices.join(", ")}.`;

  // (5)
  const allReceivedAtDesk = d.receivedById !== null;
  const handledAtDeskShare = d.handlingOffice?.kind === "RECEPTION" ? 1 : 0;
  evidence[5] = !allReceivedAtDesk
    ? "Hồ sơ không được tiếp nhận qua Bộ phận Một cửa."
    : handledAtDeskShare === 1
      ? "Tiếp nhận và giải quyết ngay tại Bộ phận Một cửa."
      : "Tiếp nhận tại Bộ phận Một cửa, giải quyết tại phòng chuyên môn.";

  // (6)
  const today = localDateKey(now);
  const versions = await db.procedureVersion.findMany({
    where: { procedureId: d.procedureId },
    select: { effectiveFrom: true, effectiveTo: true, announcementNumber: true },
  });
  const inForce = versions.find((v) => inForceToday(v, today));
  const posted = Boolean(inForce?.announcementNumber);
  const online = d.procedure.active && inForce !== undefined;
  evidence[6] = `${posted ? `Công bố tại Quyết định ${inForce?.announcementNumber}` : "Chưa có quyết định công bố còn hiệu lực"}; ${
    online ? "đăng trên danh mục thủ tục trực tuyến" : "không có trên danh mục thủ tục trực tuyến"
  }.`;

  // (7)
  const conduct = d.feedback.filter((item) => item.category === "STAFF_CONDUCT");
  const verifiedComplaint = conduct.some((item) => item.refusedAt === null && item.answeredAt !== null);
  const scores = d.ratings.flatMap((rating) => (rating.overallScore === null ? [] : [rating.overallScore]));
  const ratingLine =
    scores.length === 0
      ? "chưa có đánh giá của người dân"
      : `${scores.length} đánh giá của người dân, trung bình ${(scores.reduce((a, b) => a + b, 0) / scores.length)
          .toFixed(1)
          .replace(".", ",")}/5 sao`;
  evidence[7] = `${d.timeliness ? `Giải quyết ${JUDGED_WORDS[d.timeliness]}` : "Chưa có kết quả"}; ${
    verifiedComplaint
      ? "có phản ánh về thái độ công chức đã được xác minh"
      : conduct.length > 0
        ? "có phản ánh về thái độ công chức đang xử lý"
        : "không có phản ánh về thái độ công chức"
  }; ${ratingLine}.`;

  // (8)
  let due = 0;
  let onTime = 0;
  for (const item of d.feedback) {
    if (item.answeredAt) {
      due++;
      if (item.answeredAt <= item.answerDueAt) onTime++;
    } else if (item.refusedAt) {
      due++;
      if (item.refusedAt <= item.refuseDueAt) onTime++;
    } else if (now > item.answerDueAt) due++;
  }
  evidence[8] =
    due === 0
      ? "Không có phản ánh, kiến nghị về hồ sơ đến hạn xử lý."
      : `${onTime}/${due} phản ánh, kiến nghị về hồ sơ được xử lý đúng hạn.`;

  // (9)
  // Received and received online from the daily rollups (the unit's year is a few hundred rollup rows, not its
  // dossiers: this runs on every view of a finished dossier); the late online ones, which the rollups count by the day
  // they finished and not by receipt, from the dossiers (the (receivedUnitId, receivedAt) index).
  const year = Number(localDateKey(d.receivedAt ?? now).slice(0, 4));
  const [[yearCounts], onlineLate] = await Promise.all([
    rollupTotals({
      unitIds: [d.receivedUnitId],
      unitRole: "receiving",
      from: `${year}-01-01`,
      to: `${year + 1}-01-01`,
      groupBy: "total",
    }),
    db.dossier.count({
      where: {
        receivedUnitId: d.receivedUnitId,
        receivedAt: { gte: startOfVietnamDay(`${year}-01-01`), lt: startOfVietnamDay(`${year + 1}-01-01`) },
        channel: "ONLINE",
        timeliness: "LATE",
      },
    }),
  ]);
  const received = yearCounts?.received ?? 0;
  const receivedOnline = yearCounts?.receivedOnline ?? 0;
  const procedures = await db.procedure.findMany({
    where: { level: d.procedure.level, active: true },
    select: {
      versions: { select: { effectiveFrom: true, effectiveTo: true, fullOnlineEligible: true, onlineClass: true } },
    },
  });
  let eligible = 0;
  let fullOnline = 0;
  for (const procedure of procedures) {
    const version = procedure.versions.find((v) => inForceToday(v, today));
    if (!version?.fullOnlineEligible) continue;
    eligible++;
    if (version.onlineClass === "FULL") fullOnline++;
  }
  const dossiersOnlineShare = received === 0 ? 0 : receivedOnline / received;
  const proceduresOnlineShare = eligible === 0 ? 0 : fullOnline / eligible;
  evidence[9] = `Năm ${year}: ${receivedOnline}/${received} hồ sơ của đơn vị nộp trực tuyến (${percent(
    dossiersOnlineShare,
  )})${onlineLate > 0 ? `, ${onlineLate} hồ sơ trực tuyến quá hạn` : ", không có hồ sơ trực tuyến quá hạn"}; ${fullOnline}/${eligible} thủ tục đủ điều kiện cung cấp trực tuyến toàn trình (${percent(
    proceduresOnlineShare,
  )}).`;

  const input: DossierQualityInput = {
    total,
    offices,
    comebacks,
    agenciesContacted,
    oneStop: { handledAtDeskShare, allReceivedAtDesk },
    publication: { posted, online },
    attitude: { finished: d.timeliness, verifiedComplaint },
    feedback: { due, onTime },
    online: { proceduresOnlineShare, dossiersOnlineShare, anyOnlineLate: onlineLate > 0 },
  };
  return { input, score: scoreDossierQuality(input), evidence };
}

/** The units above the given ones (parents, grandparents…), for the appraiser's scope. */
export async function unitsAboveOf(unitIds: readonly string[], client: Client = db): Promise<string[]> {
  const above = new Set<string>();
  let frontier = [...new Set(unitIds)];
  for (let depth = 0; depth < 6 && frontier.length > 0; depth++) {
    const rows = await client.administrativeUnit.findMany({ where: { id: { in: frontier } }, select: { parentId: true } });
    frontier = rows.flatMap((row) => (row.parentId && !above.has(row.parentId) ? [row.parentId] : []));
    for (const id of frontier) above.add(id);
  }
  return [...above];
}

export type StoredQualityScore = {
  computed: QualityPointsRecord | null;
  self: QualityPointsRecord;
  selfEvidence: Partial<Record<QualityIndicatorNumber, string>>;
  selfTotal: number;
  selfScoredBy: string;
  selfScoredAt: Date;
  appraised: QualityPointsRecord | null;
  appraisedReasons: Partial<Record<QualityIndicatorNumber, string>>;
  appraisedTotal: number | null;
  appraisedBy: string | null;
  appraisedAt: Date | null;
};

const textsOf = (value: unknown): Partial<Record<QualityIndicatorNumber, string>> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    QUALITY_NUMBERS.flatMap((n) => (typeof record[String(n)] === "string" ? [[n, record[String(n)] as string]] : [])),
  );
};

export async function loadStoredQualityScore(dossierId: string, client: Client = db): Promise<StoredQualityScore | null> {
  const row = await client.dossierQualityScore.findUnique({
    where: { dossierId },
    include: { selfScoredBy: { select: { fullName: true } }, appraisedBy: { select: { fullName: true } } },
  });
  const self = row ? parseStoredPoints(row.selfPoints) : null;
  if (!row || !self) return null;
  return {
    computed: parseStoredPoints(row.computedPoints),
    self,
    selfEvidence: textsOf(row.selfEvidence),
    selfTotal: row.selfTotal,
    selfScoredBy: row.selfScoredBy.fullName,
    selfScoredAt: row.selfScoredAt,
    appraised: parseStoredPoints(row.appraisedPoints),
    appraisedReasons: textsOf(row.appraisedReasons),
    appraisedTotal: row.appraisedTotal,
    appraisedBy: row.appraisedBy?.fullName ?? null,
    appraisedAt: row.appraisedAt,
  };
}

export type DossierQualitySection = QualityComputation & {
  stored: StoredQualityScore | null;
  maySelfScore: boolean;
  mayAppraise: boolean;
};

/**
 * The dossier page's section: the computed score with its evidence, the stored scores, and whether this user may
 * record each. Null before the dossier has its result (nothing to score yet). The page already checked read scope.
 */
export async function loadDossierQualitySection(
  user: SessionUser,
  dossier: { id: string; status: string; handlingOfficeId: string | null; receivedUnitId: string; decidingUnitId: string },
  now = new Date(),
): Promise<DossierQualitySection | null> {
  if (dossier.status !== "RESULT_READY" && dossier.status !== "RETURNED") return null;
  const [computation, stored, unitsAbove] = await Promise.all([
    computeDossierQuality(dossier.id, now),
    loadStoredQualityScore(dossier.id),
    // The walk up the unit tree (a query per level) only for a role that appraises: everyone else may not anyway.
    hasRole(ACTION_ROLES.qualityAppraise, user.role)
      ? unitsAboveOf([dossier.decidingUnitId, dossier.receivedUnitId])
      : [],
  ]);
  const actor = { role: user.role, unitId: user.unitId, officeId: user.officeId };
  return {
    ...computation,
    stored,
    maySelfScore: qualitySelfScorePermission(actor, dossier).ok,
    mayAppraise: qualityAppraisePermission(actor, dossier, stored !== null, unitsAbove).ok,
  };
}
