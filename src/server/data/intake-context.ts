import "server-only";
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
// What the desk reads before accepting a procedure: the procedure version in force, whether this unit may receive it
// (and which office handles it), and the appointment a dossier received now would get. Read by the desk's screen
// (server/data/reception) and by the intake services (server/dossiers/intake, intake-notices).
import { computeAppointment, type AppointmentResult } from "@/domain/calendar";
import { handlingOfficeCodeIn } from "@/domain/catalogue";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getCurrentCalendar } from "@/server/data/calendar";
import { assertUnitReceives } from "@/server/data/organisation";
import { db } from "@/server/db";
import { localDateKey } from "@/lib/dates";
import { UserFacingError } from "@/server/user-facing-error";

type Client = Prisma.TransactionClient | typeof db;

/**
 * The procedure version in force on the day of `at` in Vietnam: effectiveFrom ≤ day < effectiveTo (the next version's
 * start; src/domain/catalogue/publish-rules.ts). A dossier stays on it for life.
 */
export async function procedureVersionInForce(client: Client, procedureId: string, at: Date) {
  const day = new Date(`${localDateKey(at)}T00:00:00Z`);
  return client.procedureVersion.findFirst({
    where: { procedureId, effectiveFrom: { lte: day }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: day } }] },
    orderBy: { effectiveFrom: "desc" },
    include: {
      procedure: true,
      documents: { orderBy: { position: "asc" } },
      // The units whose handling office differs from handlingOfficeCode (handlingOfficeCodeIn).
      handlingOffices: { select: { unitId: true, officeCode: true } },
    },
  });
}

export type ProcedureVersionInForce = NonNullable<Awaited<ReturnType<typeof procedureVersionInForce>>>;

/** Loads what the desk needs to accept a procedure for this user's unit, or explains why it cannot. */
export async function intakeContext(client: Client, user: SessionUser, procedureId: string, at: Date) {
  const unit = await client.administrativeUnit.findUniqueOrThrow({ where: { id: user.unitId } });
  // A unit past its last day (merged, split, dissolved) receives nothing new.
  assertUnitReceives(unit, at);
  const version = await procedureVersionInForce(client, procedureId, at);
  if (!version || !version.procedure.active) {
    throw new UserFacingError("Thủ tục này không còn hiệu lực.", { procedureId: ["Xin vui lòng chọn thủ tục đang có hiệu lực."] });
  }
  if (version.procedure.level !== unit.level) {
    throw new UserFacingError(`Thủ tục "${version.procedure.name}" không thuộc thẩm quyền tiếp nhận của ${unit.kindLabel.toLowerCase()} ${unit.name}.`, {
      procedureId: ["Thủ tục này thuộc cấp khác; xin vui lòng hướng dẫn công dân nộp đúng nơi."],
    });
  }
  const office = await client.office.findUnique({
    where: { unitId_code: { unitId: unit.id, code: handlingOfficeCodeIn(version, unit.id) } },
  });
  if (!office || !office.active) {
    throw new UserFacingError("Đơn vị chưa có phòng/bộ phận phụ trách thủ tục này; xin vui lòng báo quản trị hệ thống.");
  }
  return { unit, version, office };
}

/** The appointment a dossier received now would get (for the desk's live preview and for registration). */
export async function previewAppointment(client: Client, version: ProcedureVersionInForce, receivedAt: Date): Promise<AppointmentResult> {
  const calendar = await getCurrentCalendar(client);
  return computeAppointment(calendar, { receivedAt, duration: { value: version.durationValue, unit: version.durationUnit } });
}
