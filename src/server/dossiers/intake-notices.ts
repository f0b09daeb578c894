import "server-only";
// Phiếu yêu cầu bổ sung (mẫu 02) and phiếu từ chối tiếp nhận (mẫu 03) issued at the desk WITHOUT receiving a dossier
// (Nghị định 61/2018 Art. 19, as replaced by Nghị định 118/2025). Each is a row of the register of intake notices
// with its number <unit code>-<02|03>-<yymmdd>-<sequence>, consecutive per unit, kind and day, and an audit entry;
// the number, the row and the audit entry are written in one transaction, or nothing is.
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
import { fieldErrors } from "@/domain/dossier";
import {
  NOTICE_FORM_NUMBER,
  intakeNoticeSchema,
  type IntakeNoticeInput,
  type IntakeNoticeKind,
} from "@/domain/dossier/intake-notice-schema";
import type { Prisma } from "@/generated/prisma/client";
import { localDateKey } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { intakeNoticeAuditAction } from "@/domain/audit";
import { recordAudit } from "@/server/data/audit";
import { intakeContext } from "@/server/data/intake-context";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";

/** "LLO-02-260423-0003": the sequence has 4 digits and grows a digit past 9999 rather than wrapping. */
export function formatIntakeNoticeNumber(
  unitCode: string,
  kind: IntakeNoticeKind,
  localDate: string,
  sequence: number,
): string {
  const yymmdd = localDate.slice(2).replaceAll("-", "");
  return `${unitCode}-${NOTICE_FORM_NUMBER[kind]}-${yymmdd}-${String(sequence).padStart(4, "0")}`;
}

/**
 * The next number of the day for this unit and kind. Concurrent issuers queue on a transaction-scoped advisory lock
 * of (unit, kind, day), so each reads the previous holder's committed row and no number is used twice or skipped;
 * the unique index on IntakeNotice.number stays the last line of defence.
 */
export async function nextIntakeNoticeNumber(
  tx: Prisma.TransactionClient,
  unit: { id: string; code: string },
  kind: IntakeNoticeKind,
  localDate: string,
) {
  const prefix = formatIntakeNoticeNumber(unit.code, kind, localDate, 1).replace(/\d+$/, "");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`intake-notice:${prefix}`}))`;
  // Unit codes contain no "-", so the sequence is the fourth part of the number.
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    SELECT coalesce(max(split_part("number", '-', 4)::int), 0)::int AS "last"
    FROM "IntakeNotice" WHERE starts_with("number", ${prefix})`;
  return formatIntakeNoticeNumber(unit.code, kind, localDate, (row?.last ?? 0) + 1);
}

export interface IssuedIntakeNotice {
  id: string;
  number: string;
  kind: IntakeNoticeKind;
}

export async function issueIntakeNotice(
  user: SessionUser,
  input: IntakeNoticeInput,
  now: Date = new Date(),
): Promise<IssuedIntakeNotice> {
  if (user.role !== "RECEPTIONIST" || !user.officeId) {
    throw new UserFacingError(
      "Chỉ cán bộ tiếp nhận của Bộ phận Một cửa được lập phiếu yêu cầu bổ sung hoặc từ chối tiếp nhận.",
    );
  }
  // Validated again here: the service is the boundary, whoever calls it.
  const parsed = intakeNoticeSchema.safeParse(input);
  if (!parsed.success)
    throw new UserFacingError(
      "Thông tin phiếu chưa hợp lệ. Xin vui lòng kiểm tra các ô được đánh dấu.",
      fieldErrors(parsed.error),
    );
  const notice = parsed.data;
  // The same rule as intake: a procedure in force, of this unit's level (a citizen asking for another level's
  // procedure is guided to the right desk, not given a form of this one).
  const { unit, version } = await intakeContext(db, user, notice.procedureId, now);

  return db.$transaction(
    async (tx) => {
      const number = await nextIntakeNoticeNumber(tx, unit, notice.kind, localDateKey(now));
      const row = await tx.intakeNotice.create({
        data: {
          number,
          kind: notice.kind,
          unitId: unit.id,
          procedureId: version.procedureId,
          applicantName: notice.applicantName,
          applicantPhone: notice.applicantPhone ?? null,
          applicantAddress: notice.applicantAddress ?? null,
          missingDocuments: notice.kind === "SUPPLEMENT_REQUEST" ? notice.missingDocuments : undefined,
          reason: notice.reason,
          issuedById: user.id,
          issuedAt: now,
        },
        select: { id: true, number: true },
      });
      await recordAudit(
        {
          actorId: user.id,
          action: intakeNoticeAuditAction(notice.kind),
          entity: "IntakeNotice",
          entityId: row.id,
          // No personal data in the audit log: the number and the procedure say what was done.
          detail: {
            number,
            kind: notice.kind,
            procedureCode: version.procedure.code,
            missingDocuments: notice.missingDocuments.length,
          },
        },
        tx,
      );
      return { id: row.id, number: row.number, kind: notice.kind };
    },
    // Issuers of one desk queue on the advisory lock; give them time to wait their turn.
    { maxWait: 10_000, timeout: 15_000 },
  );
}
