import "server-only";
// Reads of the reception desk (tiếp nhận hồ sơ): the procedure search, the checklist and appointment preview of a
// chosen procedure, and today's register of the desk. Every query is scoped to the signed-in receptionist's unit.
import type { DocumentForm, DurationUnit, IntakeNoticeKind, OnlineServiceClass } from "@/generated/prisma/enums";
import { FOLD_FROM, FOLD_TO, MIN_QUERY_LENGTH, escapeLike, foldVietnamese, searchWords } from "@/lib/vietnamese-text";
import { formatDateTime, formatTime, localDateKey, startOfVietnamDayOf } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { db, Prisma } from "@/server/db";
import { intakeContext, previewAppointment, type ProcedureVersionInForce } from "@/server/data/intake-context";

const folded = (column: Prisma.Sql) => Prisma.sql`lower(translate(${column}, ${FOLD_FROM}, ${FOLD_TO}))`;

// ─── Procedure search ───────────────────────────────────────────────────────────────────────────────────────────

export interface ProcedureOption {
  id: string;
  code: string;
  name: string;
  fieldName: string;
}

export const SEARCH_LIMIT = 10;

/**
 * Procedures the desk may receive now: active, of the user's unit level, with a version in force today; every typed
 * word must occur (accent- and case-insensitive) in the name or the national code. Best matches first: the exact
 * code, then names containing the whole phrase, then names starting with it, then shorter names.
 */
export async function searchDeskProcedures(user: Pick<SessionUser, "unitId">, text: string, at: Date = new Date()): Promise<ProcedureOption[]> {
  const words = searchWords(text);
  const phrase = foldVietnamese(text);
  if (phrase.length < MIN_QUERY_LENGTH || words.length === 0) return [];
  const unit = await db.administrativeUnit.findUniqueOrThrow({ where: { id: user.unitId }, select: { level: true } });
  const day = localDateKey(at);
  const name = folded(Prisma.sql`p.name`);
  const conditions = words.map((word) => {
    const pattern = `%${escapeLike(word)}%`;
    return Prisma.sql`(${name} LIKE ${pattern} OR lower(p.code) LIKE ${pattern})`;
  });
  return db.$queryRaw<ProcedureOption[]>`
    SELECT p.id, p.code, p.name, f.name AS "fieldName"
    FROM "Procedure" p
    JOIN "Field" f ON f.id = p."fieldId"
    WHERE p.active
      AND p.level = ${unit.level}::"UnitLevel"
      AND EXISTS (
        SELECT 1 FROM "ProcedureVersion" v
        WHERE v."procedureId" = p.id AND v."effectiveFrom" <= ${day}::date
          AND (v."effectiveTo" IS NULL OR v."effectiveTo" > ${day}::date)
      )
      AND ${Prisma.join(conditions, " AND ")}
    ORDER BY (lower(p.code) = ${phrase}) DESC,
             (strpos(${name}, ${phrase}) > 0) DESC,
             (${name} LIKE ${`${escapeLike(phrase)}%`}) DESC,
             length(p.name), p.name, p.code
    LIMIT ${SEARCH_LIMIT}`;
}

// ─── The chosen procedure: checklist, facts, appointment preview ───────────────────────────────────────────────

export interface AppointmentPreview {
  /** ISO instant, or null when no appointment can be computed. */
  at: string | null;
  /** "17:00 05/05/2026" in Asia/Ho_Chi_Minh. */
  label: string | null;
  /** The engine's Vietnamese sentence on how it was computed. */
  explanation: string;
  /** When this preview was computed: "14:59". */
  computedAt: string;
}

export interface DeskProcedure {
  id: string;
  code: string;
  name: string;
  version: number;
  durationValue: number;
  durationUnit: DurationUnit;
  feeAmount: number;
  feeNote: string | null;
  onlineClass: OnlineServiceClass;
  onlineLevel: number;
  postalReturnAllowed: boolean;
  handlingOffice: string;
  documents: { position: number; name: string; form: DocumentForm; count: number; optional: boolean }[];
  appointment: AppointmentPreview;
}

async function appointmentOf(version: ProcedureVersionInForce, at: Date): Promise<AppointmentPreview> {
  const result = await previewAppointment(db, version, at);
  const appointmentAt = result.kind === "scheduled" ? result.appointmentAt : null;
  return {
    at: appointmentAt?.toISOString() ?? null,
    label: appointmentAt ? formatDateTime(appointmentAt) : null,
    explanation: result.explanation,
    computedAt: formatTime(at),
  };
}

/** What the desk shows once a procedure is chosen; throws UserFacingError when this desk cannot receive it. */
export async function getDeskProcedure(user: SessionUser, procedureId: string, at: Date = new Date()): Promise<DeskProcedure> {
  const { version, office } = await intakeContext(db, user, procedureId, at);
  return {
    id: version.procedureId,
    code: version.procedure.code,
    name: version.procedure.name,
    version: version.version,
    durationValue: version.durationValue,
    durationUnit: version.durationUnit,
    feeAmount: version.feeAmount,
    feeNote: version.feeNote,
    onlineClass: version.onlineClass,
    onlineLevel: version.onlineLevel,
    postalReturnAllowed: version.postalReturnAllowed,
    handlingOffice: office.name,
    documents: version.documents.map(({ position, name, form, count, optional }) => ({ position, name, form, count, optional })),
    appointment: await appointmentOf(version, at),
  };
}

/** Only the appointment preview (the desk refreshes it every minute, so a cut-off passing moves it). */
export async function getDeskAppointment(user: SessionUser, procedureId: string, at: Date = new Date()): Promise<AppointmentPreview> {
  const { version } = await intakeContext(db, user, procedureId, at);
  return appointmentOf(version, at);
}

// ─── Today at this desk ─────────────────────────────────────────────────────────────────────────────────────────

export interface TodayDossier {
  code: string;
  procedureName: string;
  applicantName: string;
  submittedAt: Date;
  appointmentAt: Date | null;
  receivedBy: string | null;
}

export interface TodayNotice {
  number: string;
  kind: IntakeNoticeKind;
  procedureName: string;
  applicantName: string;
  issuedAt: Date;
  issuedBy: string;
}

export interface DeskToday {
  dossiers: TodayDossier[];
  notices: TodayNotice[];
}

const TODAY_LIMIT = 50;

/**
 * Dossiers registered today by the receptionists of this desk (the user's reception office) and the intake notices
 * (forms 02/03) the unit issued today, newest first.
 */
export async function getDeskToday(user: SessionUser, now: Date = new Date()): Promise<DeskToday> {
  const since = startOfVietnamDayOf(now);
  const [dossiers, notices] = await Promise.all([
    db.dossier.findMany({
      where: {
        receivedUnitId: user.unitId,
        submittedAt: { gte: since },
        receivedBy: user.officeId ? { officeId: user.officeId } : { id: user.id },
      },
      orderBy: { submittedAt: "desc" },
      take: TODAY_LIMIT,
      select: {
        code: true,
        applicantName: true,
        submittedAt: true,
        appointmentAt: true,
        procedure: { select: { name: true } },
        receivedBy: { select: { fullName: true } },
      },
    }),
    db.intakeNotice.findMany({
      where: { unitId: user.unitId, issuedAt: { gte: since } },
      orderBy: { issuedAt: "desc" },
      take: TODAY_LIMIT,
      select: {
        number: true,
        kind: true,
        applicantName: true,
        issuedAt: true,
        procedure: { select: { name: true } },
        issuedBy: { select: { fullName: true } },
      },
    }),
  ]);
  return {
    dossiers: dossiers.map((row) => ({
      code: row.code,
      procedureName: row.procedure.name,
      applicantName: row.applicantName,
      submittedAt: row.submittedAt,
      appointmentAt: row.appointmentAt,
      receivedBy: row.receivedBy?.fullName ?? null,
    })),
    notices: notices.map((row) => ({
      number: row.number,
      kind: row.kind,
      procedureName: row.procedure.name,
      applicantName: row.applicantName,
      issuedAt: row.issuedAt,
      issuedBy: row.issuedBy.fullName,
    })),
  };
}

// ─── The success view ───────────────────────────────────────────────────────────────────────────────────────────

export interface RegisteredDossierView {
  code: string;
  procedureName: string;
  procedureCode: string;
  applicantName: string;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  appointmentNote: string | null;
  trackingKey: string;
  handlingOffice: string | null;
}

/** A dossier received at the user's unit, by code; null when there is none (or it belongs to another unit). */
export async function getRegisteredDossier(user: SessionUser, code: string): Promise<RegisteredDossierView | null> {
  const row = await db.dossier.findFirst({
    where: { code, receivedUnitId: user.unitId },
    select: {
      code: true,
      applicantName: true,
      receivedAt: true,
      appointmentAt: true,
      appointmentNote: true,
      trackingKey: true,
      procedure: { select: { name: true, code: true } },
      handlingOffice: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    code: row.code,
    procedureName: row.procedure.name,
    procedureCode: row.procedure.code,
    applicantName: row.applicantName,
    receivedAt: row.receivedAt,
    appointmentAt: row.appointmentAt,
    appointmentNote: row.appointmentNote,
    trackingKey: row.trackingKey,
    handlingOffice: row.handlingOffice?.name ?? null,
  };
}
