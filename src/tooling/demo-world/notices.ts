// Intake notices of the demo world: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02) and phiếu từ chối tiếp nhận
// (mẫu 03), issued at the desk without receiving a dossier, as src/server/dossiers/intake-notices.ts writes them: a
// register row numbered <unit code>-<02|03>-<yymmdd>-<4-digit sequence> per unit, kind and day, and an audit entry
// without personal data. Pure.
import { intakeNoticeAuditAction, type AuditAction } from "@/domain/audit";
import type { LocalDate } from "@/domain/calendar";
import type { IntakeNoticeKind } from "@/generated/prisma/client";
import type { FieldCode } from "./catalogue";
import { COMPANY_KINDS, COMPANY_NAMES } from "./names";
import { randomMobile, randomPersonName } from "./people";
import type { Random } from "./random";
import { versionOn, type WorldProcedure, type WorldUnit } from "./world";

/** Notices per walk-in dossier received (≈ 3–6% supplement requests, ≈ 0.5–1% refusals). */
export const NOTICE_RATES: Readonly<Record<IntakeNoticeKind, number>> = { SUPPLEMENT_REQUEST: 0.045, REFUSAL: 0.0075 };

/** Fields whose files are most often incomplete at the desk (land, construction), and the simplest ones. */
const FIELD_NOTICE_FACTOR: Readonly<Partial<Record<FieldCode, number>>> = {
  DATDAI: 2.5,
  XAYDUNG: 2.5,
  CHUNGTHUC: 0.3,
  HOKINHDOANH: 1.5,
};

const FORM_NUMBER: Readonly<Record<IntakeNoticeKind, "02" | "03">> = { SUPPLEMENT_REQUEST: "02", REFUSAL: "03" };

const DOCUMENT_PROBLEMS: readonly string[] = [
  "",
  "",
  " (bản chụp chưa chứng thực; nộp bản sao có chứng thực hoặc xuất trình bản chính để đối chiếu)",
  " (kê khai chưa đầy đủ thông tin theo mẫu)",
  " (thiếu chữ ký của người đề nghị)",
];

const SUPPLEMENT_GUIDANCE: readonly string[] = [
  "Đề nghị ông/bà bổ sung, hoàn thiện các giấy tờ nêu trên và nộp lại tại Bộ phận Một cửa; thời hạn giải quyết được tính từ ngày tiếp nhận đủ hồ sơ hợp lệ.",
  "Hồ sơ chưa đầy đủ theo quy định. Đề nghị bổ sung các giấy tờ nêu trên; có thể nộp bổ sung trực tuyến trên Cổng Dịch vụ công.",
  "Đề nghị hoàn thiện các giấy tờ nêu trên theo đúng mẫu ban hành kèm thủ tục và nộp lại hồ sơ trong giờ hành chính.",
];

const REFUSAL_REASONS: readonly string[] = [
  "Yêu cầu không thuộc thẩm quyền giải quyết của cơ quan; đã hướng dẫn công dân liên hệ cơ quan có thẩm quyền.",
  "Người nộp hồ sơ không phải là người có quyền, nghĩa vụ liên quan và không có văn bản ủy quyền hợp lệ.",
  "Giấy tờ xuất trình có dấu hiệu tẩy xóa, sửa chữa nội dung, không đủ cơ sở để tiếp nhận.",
];
const FIELD_REFUSAL_REASONS: Readonly<Partial<Record<FieldCode, readonly string[]>>> = {
  DATDAI: [
    "Thửa đất đang có tranh chấp, đang được Tòa án nhân dân thụ lý giải quyết.",
    "Quyền sử dụng đất đang bị kê biên để bảo đảm thi hành án.",
  ],
  XAYDUNG: ["Vị trí xây dựng thuộc khu vực đã có quyết định thu hồi đất, không đủ điều kiện cấp giấy phép xây dựng."],
  CHUNGTHUC: [
    "Bản chính giấy tờ do cá nhân tự lập, không thuộc trường hợp được chứng thực bản sao từ bản chính.",
    "Giấy tờ có nội dung trái pháp luật, thuộc trường hợp không được chứng thực theo Nghị định 23/2015/NĐ-CP.",
  ],
  HOTICH: [
    "Việc hộ tịch đã được đăng ký tại cơ quan khác; đã hướng dẫn công dân đề nghị cấp bản sao trích lục hộ tịch.",
  ],
};

export interface IntakeNoticeRow {
  id: string;
  number: string;
  kind: IntakeNoticeKind;
  unitId: string;
  procedureId: string;
  applicantName: string;
  applicantPhone: string | null;
  applicantAddress: string | null;
  missingDocuments: string[] | null;
  reason: string;
  issuedById: string;
  issuedAt: Date;
  /** Online registrations: the dossier a form 02 answers (the desk's notices are for walk-ins: null). */
  dossierId: string | null;
  answeredAt: Date | null;
}

export interface AuditRow {
  at: Date;
  actorId: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

/** "LLO-02-260423-0003", as formatIntakeNoticeNumber of the service. */
export function intakeNoticeNumber(
  unitCode: string,
  kind: IntakeNoticeKind,
  date: LocalDate,
  sequence: number,
): string {
  return `${unitCode}-${FORM_NUMBER[kind]}-${date.slice(2).replaceAll("-", "")}-${String(sequence).padStart(4, "0")}`;
}

export interface NoticeDay {
  unit: WorldUnit;
  date: LocalDate;
  /** Walk-in (DIRECT) dossiers received at the unit's desk that day. */
  walkIns: number;
  procedures: readonly WorldProcedure[];
  weights: readonly number[];
  /** An instant of the day inside office hours, before the period's end (null if none is left). */
  time: (random: Random) => number | null;
}

/** The day's notices of one desk, numbered gap-free per kind in order of issue, with their audit entries. */
export function generateIntakeNotices(
  day: NoticeDay,
  random: Random,
): { notices: IntakeNoticeRow[]; audits: AuditRow[] } {
  if (day.walkIns === 0) return { notices: [], audits: [] };
  const weights = day.procedures.map((p, i) => (day.weights[i] ?? 0) * (FIELD_NOTICE_FACTOR[p.fieldCode] ?? 1));
  const drafts: Omit<IntakeNoticeRow, "number">[] = [];
  for (const kind of ["SUPPLEMENT_REQUEST", "REFUSAL"] as const) {
    const n = random.poisson(day.walkIns * NOTICE_RATES[kind]);
    for (let i = 0; i < n; i++) {
      const at = day.time(random);
      if (at === null) continue;
      const procedure = day.procedures[random.weightedIndex(weights)] as WorldProcedure;
      drafts.push(notice(day, random, kind, procedure, new Date(at)));
    }
  }
  drafts.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  const next: Record<IntakeNoticeKind, number> = { SUPPLEMENT_REQUEST: 0, REFUSAL: 0 };
  const notices = drafts.map((d) => ({
    ...d,
    number: intakeNoticeNumber(day.unit.seed.code, d.kind, day.date, ++next[d.kind]),
  }));
  const codes = new Map(day.procedures.map((p) => [p.id, p.seed.code]));
  const audits = notices.map((n) => ({
    at: n.issuedAt,
    actorId: n.issuedById,
    action: intakeNoticeAuditAction(n.kind),
    entity: "IntakeNotice",
    entityId: n.id,
    detail: {
      number: n.number,
      kind: n.kind,
      procedureCode: codes.get(n.procedureId),
      missingDocuments: n.missingDocuments?.length ?? 0,
    },
  }));
  return { notices, audits };
}

function notice(
  day: NoticeDay,
  random: Random,
  kind: IntakeNoticeKind,
  procedure: WorldProcedure,
  issuedAt: Date,
): Omit<IntakeNoticeRow, "number"> {
  const organisation = procedure.seed.organisation === true && random.chance(0.6);
  const applicantName = organisation
    ? `${random.pick(COMPANY_KINDS)} ${random.pick(COMPANY_NAMES)}`
    : randomPersonName(random).fullName;
  const place = random.pick(day.unit.seed.places);
  const town = day.unit.seed.effectiveTo ? "thị xã Sơn Tây, " : "";
  const address = `${place}, ${day.unit.seed.kindLabel.toLowerCase()} ${day.unit.seed.name}, ${town}Hà Nội`;
  let missingDocuments: string[] | null = null;
  let reason: string;
  if (kind === "SUPPLEMENT_REQUEST") {
    const documents = versionOn(procedure, day.date).documents;
    const required = documents.filter((d) => !d.optional);
    const pool = [...(required.length > 0 ? required : documents)];
    const count = Math.min(pool.length, random.weightedIndex([0, 6, 3, 1]));
    missingDocuments = [];
    for (let i = 0; i < count; i++) {
      const [document] = pool.splice(random.int(0, pool.length - 1), 1);
      if (document) missingDocuments.push(`${document.name}${random.pick(DOCUMENT_PROBLEMS)}`);
    }
    reason = random.pick(SUPPLEMENT_GUIDANCE);
  } else {
    const specific = FIELD_REFUSAL_REASONS[procedure.fieldCode] ?? [];
    reason = specific.length > 0 && random.chance(0.6) ? random.pick(specific) : random.pick(REFUSAL_REASONS);
  }
  return {
    id: random.id(),
    kind,
    unitId: day.unit.id,
    procedureId: procedure.id,
    applicantName,
    applicantPhone: random.chance(0.75) ? randomMobile(random) : null,
    applicantAddress: random.chance(0.5) ? address : null,
    missingDocuments,
    reason,
    issuedById: random.pick(day.unit.receptionists).id,
    issuedAt,
    dossierId: null,
    answeredAt: null,
  };
}
