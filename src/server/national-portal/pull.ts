import "server-only";
// The pull: dossiers citizens filed on the national portal come into the desk's online intake queue
// (/tiep-nhan/truc-tuyen) as "Mới đăng ký" (REGISTERED_ONLINE) registrations of the unit they chose, with their
// files downloaded from the portal and stored like uploads (checked by content, src/server/files), exactly as an
// online submission on our own portal (src/server/online-intake/submit.ts). Idempotent by the portal's code
// (Dossier.portalCode is unique): a dossier already pulled is skipped, and two pulls racing on one dossier leave one.
// The registration's history event enqueues its push back to the portal (under the portal's code, as an update).
import { computeIntakeDueAt } from "@/domain/online-intake";
import {
  filedDossierSchema,
  filedListAnswerSchema,
  PORTAL_SERVICES,
  type FiledDossier,
} from "@/domain/national-portal";
import { initialStatusFor } from "@/domain/dossier";
import { localDateKey, parsePlatformTime } from "@/lib/dates";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/data/audit";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { procedureVersionInForce } from "@/server/data/intake-context";
import type { PrismaClient } from "@/server/db/client";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { newTrackingKey, nextDossierCode } from "@/server/dossiers/dossier-codes";
import { inspectBytes, saveDossierFile, UPLOAD_LIMITS, type InspectedUpload } from "@/server/files";
import { openPaymentRequest } from "@/server/payments/requests";
import { callPortal, downloadPortalFile } from "./client";
import type { PortalSettings } from "./settings";

export interface PullContext {
  db: PrismaClient;
  settings: PortalSettings;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

export interface PullRun {
  listed: number;
  created: string[];
  /** Already pulled (idempotent). */
  known: number;
  /** Not taken, with why (unknown unit or procedure, malformed): left on the portal for a person to look at. */
  skipped: { code: string; reason: string }[];
  /** Files not taken (download failed, not a PDF/JPEG/PNG, too large), per dossier. */
  refusedFiles: number;
  error?: string;
}

/** Our component position from MaThanhPhanHoSo "<MaTTHC>.<position>" (componentCode in the domain). */
const positionOf = (component: string): number | null => {
  const match = /\.(\d+)$/.exec(component);
  return match ? Number(match[1]) : null;
};

export async function pullFiledDossiers(ctx: PullContext): Promise<PullRun> {
  const run: PullRun = { listed: 0, created: [], known: 0, skipped: [], refusedFiles: 0 };
  if (!ctx.settings.NATIONAL_PORTAL_URL) return run;
  const wanted = ctx.settings.NATIONAL_PORTAL_PULL_UNITS.split(",")
    .map((code) => code.trim())
    .filter(Boolean);
  const units = await ctx.db.administrativeUnit.findMany({
    where: { active: true, ...(wanted.length ? { code: { in: wanted } } : {}) },
    select: { id: true, code: true, level: true },
  });
  if (units.length === 0) return run;
  const call = await callPortal(
    ctx.settings,
    PORTAL_SERVICES.filed,
    { service: PORTAL_SERVICES.filed, MaDonVi: units.map((unit) => unit.code) },
    ctx.fetchImpl,
  );
  if (!call.ok) return { ...run, error: call.error };
  const answer = filedListAnswerSchema.safeParse(call.body);
  if (!answer.success || answer.data.error_code !== "0")
    return { ...run, error: answer.success ? answer.data.message : "Cổng DVCQG trả lời không đúng định dạng" };
  const filed: FiledDossier[] = [];
  for (const item of answer.data.data) {
    const parsed = filedDossierSchema.safeParse(item);
    if (parsed.success) filed.push(parsed.data);
    else
      run.skipped.push({
        code: String((item as { MaHoSo?: unknown } | null)?.MaHoSo ?? "?"),
        reason: "Dữ liệu từ Cổng không đúng danh mục trường",
      });
  }
  run.listed = filed.length;
  const known = new Set(
    (
      await ctx.db.dossier.findMany({
        where: { portalCode: { in: filed.map((dossier) => dossier.MaHoSo) } },
        select: { portalCode: true },
      })
    ).map((dossier) => dossier.portalCode),
  );
  for (const dossier of filed) {
    if (known.has(dossier.MaHoSo)) {
      run.known += 1;
      continue;
    }
    const unit = units.find((candidate) => candidate.code === dossier.MaDonVi)!;
    const outcome = await importFiled(ctx, dossier, unit, run);
    if (outcome.ok) run.created.push(outcome.code);
    else if (outcome.reason === "known") run.known += 1;
    else run.skipped.push({ code: dossier.MaHoSo, reason: outcome.reason });
  }
  return run;
}

async function importFiled(
  ctx: PullContext,
  filed: FiledDossier,
  unit: { id: string; code: string; level: string },
  run: PullRun,
): Promise<{ ok: true; code: string } | { ok: false; reason: string }> {
  const now = ctx.now?.() ?? new Date();
  const submittedAt = parsePlatformTime(filed.NgayNopHoSo) ?? now;
  const procedure = await ctx.db.procedure.findUnique({ where: { code: filed.MaTTHC }, select: { id: true } });
  const version = procedure ? await procedureVersionInForce(ctx.db, procedure.id, submittedAt) : null;
  if (!version || !version.procedure.active)
    return { ok: false, reason: `Không có thủ tục ${filed.MaTTHC} đang hiệu lực` };
  if (version.procedure.level !== unit.level)
    return { ok: false, reason: `Thủ tục ${filed.MaTTHC} không thuộc cấp của đơn vị ${unit.code}` };

  // Files first, outside the transaction (network); each checked by its content like an upload.
  const uploads: { position: number; upload: InspectedUpload }[] = [];
  for (const document of filed.TaiLieuNop) {
    const position = positionOf(document.MaThanhPhanHoSo);
    if (position === null || !version.documents.some((candidate) => candidate.position === position)) {
      run.refusedFiles += 1;
      continue;
    }
    const bytes = await downloadPortalFile(
      ctx.settings,
      document.DuongDanTaiTepTin,
      UPLOAD_LIMITS.maxBytes,
      ctx.fetchImpl,
    );
    const inspection = bytes ? await inspectBytes(bytes, document.TenTepDinhKem) : null;
    if (!inspection?.ok) {
      run.refusedFiles += 1;
      continue;
    }
    uploads.push({ position, upload: inspection.upload });
  }

  const [calendar, hours] = await Promise.all([getCurrentCalendar(ctx.db), getSetting("onlineIntakeHours", ctx.db)]);
  const given = (position: number) => uploads.some((upload) => upload.position === position);
  try {
    const code = await ctx.db.$transaction(async (tx) => {
      const code = await nextDossierCode(tx, unit, localDateKey(now));
      const status = initialStatusFor("ONLINE");
      const dossier = await tx.dossier.create({
        data: {
          code,
          portalCode: filed.MaHoSo,
          procedureId: version.procedureId,
          procedureVersionId: version.id,
          fieldId: version.procedure.fieldId,
          channel: "ONLINE",
          receivedUnitId: unit.id,
          decidingUnitId: unit.id,
          applicantKind: filed.LoaiDoiTuong === "1" ? "CITIZEN" : "ORGANISATION",
          applicantName: filed.ChuHoSo,
          applicantIdNumber: filed.SoGiayToChuHoSo,
          applicantPhone: filed.SoDienThoai,
          applicantEmail: filed.Email || null,
          applicantAddress: filed.DiaChi,
          trackingKey: newTrackingKey(),
          submittedAt,
          calendarRevision: calendar.revision,
          status,
          feeAmount: version.feeAmount + version.chargeAmount,
          digitised: uploads.length > 0,
          resultDelivery: "AT_DESK",
          intakeDueAt: computeIntakeDueAt(calendar, submittedAt, Number(hours)),
          note:
            filed.HinhThuc === "1"
              ? `Nộp trên Cổng DVCQG (mã ${filed.MaHoSo}); người nộp chọn nhận kết quả qua bưu chính.`
              : `Nộp trên Cổng DVCQG (mã ${filed.MaHoSo}).`,
          documents: {
            create: version.documents.map((document) => ({
              position: document.position,
              name: document.name,
              form: document.form,
              count: document.count,
              received: given(document.position),
              required: !document.optional,
              digitised: given(document.position),
              reuse: "NONE" as const,
            })),
          },
        },
      });
      await tx.dossierEvent.create({
        data: {
          dossierId: dossier.id,
          at: submittedAt,
          type: "register",
          toStatus: status,
          payload: { channel: "ONLINE", portalCode: filed.MaHoSo, files: uploads.length },
        },
      });
      for (const { position, upload } of uploads)
        await saveDossierFile(tx, {
          dossierId: dossier.id,
          purpose: "COMPONENT",
          documentPosition: position,
          source: "UPLOAD",
          upload,
        });
      await openPaymentRequest(tx, {
        dossierId: dossier.id,
        feeAmount: version.feeAmount,
        chargeAmount: version.chargeAmount,
        timing: version.feeTiming,
      });
      await recordAudit(
        {
          actorId: null,
          action: "national_portal.pull",
          entity: "Dossier",
          entityId: code,
          detail: { portalCode: filed.MaHoSo, unit: unit.code, files: uploads.length },
        },
        tx,
      );
      return code;
    }, dossierTransactionOptions);
    return { ok: true, code };
  } catch (error) {
    // Another pull took it meanwhile (portalCode is unique): nothing to do.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, reason: "known" };
    throw error;
  }
}
