// A dossier and its history in the portal's words: pure functions from plain data (the server loads it) to the
// DongBoHoSoMC dossier object and the CapNhatTienDoHoSoMC progress row. Dates are yyyyMMddHHmmss in Vietnam time
// (formatPlatformTime, src/lib/dates); codes come from code-lists.ts.
import {
  DOSSIER_COMMAND_TYPES,
  DOSSIER_LABELS,
  type ApplicantKind,
  type Channel,
  type DossierCommandType,
  type DossierStatus,
  type Role,
} from "@/domain/dossier";
import { postalEventLabel } from "@/domain/postal";
import { formatPlatformTime } from "@/lib/dates";
import { PORTAL_APPLICANT_CODE, PORTAL_CHANNEL_CODE, PORTAL_STATUS_CODE } from "./code-lists";
import type { PortalDossier, ProgressRow } from "./schema";

const VI = DOSSIER_LABELS.vi;
const time = (value: Date | null | undefined): string | null => (value ? formatPlatformTime(value) : null);
const flag = (value: boolean): "0" | "1" => (value ? "1" : "0");

export type ResultDeliveryKind = "AT_DESK" | "POST" | "ELECTRONIC";
export type ReuseKind = "NONE" | "REUSED" | "REUSED_FROM_NATIONAL_PORTAL";

export interface PortalDossierSource {
  /** Our code; a dossier pulled from the portal is sent under the portal's code instead. */
  code: string;
  portalCode: string | null;
  procedure: { code: string; name: string };
  field: { code: string; name: string };
  channel: Channel;
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    phone: string;
    email: string | null;
    address: string;
  };
  status: DossierStatus;
  submittedAt: Date;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  /** When the desk refused it (the "refuse" event), for REFUSED dossiers. */
  refusedAt: Date | null;
  resultDelivery: ResultDeliveryKind;
  receivingUnitCode: string;
  decidingUnitCode: string;
  digitised: boolean;
  paidOnline: boolean;
  note: string | null;
  documents: {
    position: number;
    digitised: boolean;
    reuse: ReuseKind;
    fromNationalStore: boolean;
    files: { id: string; fileName: string; superseded: boolean; url: string }[];
  }[];
  fees: { kind: "FEE" | "CHARGE"; amount: number; online: boolean }[];
  supplements: {
    id: string;
    requestedBy: string;
    reason: string;
    requestedAt: Date;
    answeredAt: Date | null;
    receivedBy: string;
  }[];
  results: { id: string; kind: string; number: string; url: string }[];
}

/** MaHoSo on the portal: the portal's own code for a dossier filed there, else ours. */
export const portalDossierCode = (source: { code: string; portalCode: string | null }): string =>
  source.portalCode ?? source.code;

/** MaThanhPhanHoSo: the procedure's code and the component's position in its list. */
export const componentCode = (procedureCode: string, position: number): string => `${procedureCode}.${position}`;

/** DinhDanhCHS: a 12-digit personal ID is LoaiDinhDanh 1, a 9-digit number 2; an organisation's tax code none. */
export function identifiersOf(kind: ApplicantKind, idNumber: string): PortalDossier["DinhDanhCHS"] {
  if (kind !== "CITIZEN") return [];
  if (/^\d{12}$/.test(idNumber)) return [{ LoaiDinhDanh: "1", SoDinhDanh: idNumber }];
  if (/^\d{9}$/.test(idNumber)) return [{ LoaiDinhDanh: "2", SoDinhDanh: idNumber }];
  return [];
}

/** HinhThuc: 0 at the desk, 1 by post. An electronic result is fetched online: sent as 0 with a note in ThongTinTra. */
export const returnCodeOf = (delivery: ResultDeliveryKind): "0" | "1" => (delivery === "POST" ? "1" : "0");

const returnNote: Readonly<Record<ResultDeliveryKind, string>> = {
  AT_DESK: "Nhận kết quả tại Bộ phận Một cửa",
  POST: "Nhận kết quả qua dịch vụ bưu chính công ích",
  ELECTRONIC: "Nhận kết quả điện tử",
};

const reuseCode: Readonly<Record<ReuseKind, "0" | "1" | "2">> = {
  NONE: "0",
  REUSED: "1",
  REUSED_FROM_NATIONAL_PORTAL: "2",
};

export function toPortalDossier(source: PortalDossierSource): PortalDossier {
  const applicant = source.applicant;
  const dossier: PortalDossier = {
    MaHoSo: portalDossierCode(source),
    MaTTHC: source.procedure.code,
    TenTTHC: source.procedure.name,
    MaLinhVuc: source.field.code,
    TenLinhVuc: source.field.name,
    KenhThucHien: PORTAL_CHANNEL_CODE[source.channel],
    ChuHoSo: applicant.name,
    LoaiDoiTuong: PORTAL_APPLICANT_CODE[applicant.kind],
    MaDoiTuong: applicant.kind === "ORGANISATION" ? applicant.idNumber : "",
    SoGiayToChuHoSo: applicant.idNumber,
    DinhDanhCHS: identifiersOf(applicant.kind, applicant.idNumber),
    ThongTinKhac: applicant.address,
    Email: applicant.email ?? "",
    Fax: "",
    SoDienThoai: applicant.phone,
    TrichYeuHoSo: `${source.procedure.name} — ${applicant.name}`.slice(0, 2000),
    NgayNopHoSo: formatPlatformTime(source.submittedAt),
    NgayTiepNhan: time(source.receivedAt),
    NgayHenTra: time(source.appointmentAt),
    TrangThaiHoSo: PORTAL_STATUS_CODE[source.status],
    NgayTra: time(source.returnedAt),
    NgayKetThucXuLy: time(source.finishedAt),
    NgayTuChoi: source.status === "REFUSED" ? time(source.refusedAt ?? source.finishedAt) : null,
    ThongTinTra: returnNote[source.resultDelivery],
    HinhThuc: returnCodeOf(source.resultDelivery),
    DonViXuLy: source.decidingUnitCode,
    GhiChu: (source.note ?? "").slice(0, 2000),
    NoiNopHoSo: source.receivingUnitCode,
    HoSoCoThanhPhanSoHoa: flag(source.digitised),
    TaiKhoanDuocXacThucVoiVNeID: "0",
    DSKetNoiCSDL: [],
    TaiLieuNop: source.documents.flatMap((document) =>
      document.files.map((file) => ({
        TepDinhKemId: file.id,
        TenTepDinhKem: file.fileName,
        IsDeleted: file.superseded,
        MaThanhPhanHoSo: componentCode(source.procedure.code, document.position),
        DuongDanTaiTepTin: file.url,
        DuocSoHoa: flag(document.digitised),
        DuocTaiSuDung: reuseCode[document.reuse],
        DuocLayTuKhoDMQG: flag(document.fromNationalStore),
        MaKetQuaThayThe: "",
      })),
    ),
    DanhSachLePhi: source.fees
      .filter((fee) => fee.amount > 0)
      .map((fee) => ({
        TenPhiLePhi: fee.kind === "FEE" ? "Phí" : "Lệ phí",
        MaPhiLePhi: `${source.procedure.code}.${fee.kind === "FEE" ? "PHI" : "LEPHI"}`,
        HinhThucThu: fee.online ? "1" : "2",
        Gia: fee.amount,
        LoaiPhiLePhi: fee.kind === "FEE" ? "1" : "2",
      })),
    DanhSachHoSoBoSung: source.supplements.map((supplement) => ({
      HoSoBoSungId: supplement.id,
      NguoiYeuCauBoSung: supplement.requestedBy,
      NoiDungBoSung: supplement.reason.slice(0, 2000) || "Bổ sung hồ sơ",
      NgayBoSung: formatPlatformTime(supplement.requestedAt),
      NguoiTiepNhanBoSung: supplement.receivedBy,
      ThongTinTiepNhan: "",
      NgayTiepNhanBoSung: time(supplement.answeredAt),
      TrangThaiBoSung: flag(supplement.answeredAt !== null),
      DanhSachGiayToBoSung: "",
      DanhSachLePhiBoSung: "",
      NgayHenTraTruoc: null,
      NgayHenTraMoi: null,
    })),
    DanhSachGiayToKetQua: source.results.map((result) => ({
      TenGiayTo: result.kind,
      MaThanhPhanHoSo: "",
      GiayToId: result.id,
      DuongDanTepTinKetQua: result.url,
      MaGiayToKetQua: result.number,
    })),
  };
  if (source.paidOnline) dossier.DuocThanhToanTrucTuyen = "1";
  return dossier;
}

export interface ProgressSource {
  dossierCode: string;
  portalCode: string | null;
  event: {
    type: string;
    at: Date;
    fromStatus: DossierStatus | null;
    toStatus: DossierStatus | null;
    reason: string | null;
  };
  /** Who acted; null for the applicant or the system (an online registration, a supplement sent online). */
  actor: { name: string; title: string | null; role: Role; office: string | null; unit: string } | null;
  /** The appointment in force (NgayKetThucTheoQuyDinh); null before receipt or while paused. */
  appointmentAt: Date | null;
  /** What the history calls the event (DossierEvent.type → Vietnamese). */
  label: string;
}

export function toProgressRow(source: ProgressSource): ProgressRow {
  const status = source.event.toStatus ?? source.event.fromStatus ?? "REGISTERED_ONLINE";
  const content = source.event.reason ? `${source.label}: ${source.event.reason}` : source.label;
  return {
    MaHoSo: portalDossierCode({ code: source.dossierCode, portalCode: source.portalCode }),
    NguoiXuLy: source.actor?.name ?? (source.event.type === "register" ? "Người nộp hồ sơ" : "Hệ thống"),
    ChucDanh: source.actor ? (source.actor.title ?? VI.role[source.actor.role]) : "",
    ThoiDiemXuLy: formatPlatformTime(source.event.at),
    PhongBanXuLy: source.actor ? (source.actor.office ?? source.actor.unit) : "",
    NoiDungXuLy: content.slice(0, 2000),
    TrangThai: PORTAL_STATUS_CODE[status],
    NgayBatDau: formatPlatformTime(source.event.at),
    NgayKetThucTheoQuyDinh: time(source.appointmentAt),
  };
}

const isCommand = (type: string): type is DossierCommandType =>
  (DOSSIER_COMMAND_TYPES as readonly string[]).includes(type);

/** NoiDungXuLy's opening words: the history's own label of the event, in Vietnamese. */
export function progressLabel(type: string): string {
  if (type === "register") return VI.event.register;
  if (isCommand(type)) return VI.command[type];
  if (type === "approve_apology") return "Phê duyệt văn bản xin lỗi, hẹn lại ngày trả kết quả";
  return postalEventLabel(type, "vi") ?? type;
}
