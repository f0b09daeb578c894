// The portal's payloads as zod schemas: this file IS the field list (ONLINE-SERVICES.md "National portal sync").
// The mapping's output is typed by it and the stand-in portal validates every request against it, with the code
// lists of code-lists.ts, so a field we forget or a code outside the list is refused there as the portal would.
import { z } from "zod";
import { parsePlatformTime } from "@/lib/dates";
import { codesOf, CURRENT_CODE_LISTS as LISTS } from "./code-lists";

export const PORTAL_SERVICES = {
  dossier: "DongBoHoSoMC",
  progress: "CapNhatTienDoHoSoMC",
  /** Dossiers filed on the portal for a unit, for the pull (the stand-in's reading; docs/national-portal.md). */
  filed: "LayDanhSachHoSoMC",
} as const;

/** yyyyMMddHHmmss, 24-hour, Vietnam time. */
export const portalTime = z.string().refine((value) => parsePlatformTime(value) !== null, {
  error: "không đúng định dạng yyyyMMddHHmmss",
});
const optionalTime = portalTime.nullable();
const text = (max: number) => z.string().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const code = (list: Readonly<Record<string, string>>) => z.enum(codesOf(list));
const flag = z.enum(["0", "1"]);

export const documentSubmittedSchema = z.object({
  TepDinhKemId: required(64),
  TenTepDinhKem: required(255),
  IsDeleted: z.boolean(),
  MaThanhPhanHoSo: required(64),
  DuongDanTaiTepTin: required(1000),
  DuocSoHoa: flag,
  /** 0 not reused, 1 reused, 2 reused from the national portal. */
  DuocTaiSuDung: z.enum(["0", "1", "2"]),
  DuocLayTuKhoDMQG: flag,
  MaKetQuaThayThe: text(64),
});

export const feeLineSchema = z.object({
  TenPhiLePhi: required(255),
  MaPhiLePhi: required(64),
  /** Our reading: 1 online, 2 at the desk (cash or transfer); docs/national-portal.md. */
  HinhThucThu: z.enum(["1", "2"]),
  Gia: z.number().int().min(0),
  /** Our reading: 1 phí, 2 lệ phí. */
  LoaiPhiLePhi: z.enum(["1", "2"]),
});

export const supplementSchema = z.object({
  HoSoBoSungId: required(64),
  NguoiYeuCauBoSung: text(255),
  NoiDungBoSung: required(2000),
  NgayBoSung: portalTime,
  NguoiTiepNhanBoSung: text(255),
  ThongTinTiepNhan: text(2000),
  NgayTiepNhanBoSung: optionalTime,
  /** 0 waiting for the applicant, 1 supplement received. */
  TrangThaiBoSung: flag,
  DanhSachGiayToBoSung: text(2000),
  DanhSachLePhiBoSung: text(2000),
  NgayHenTraTruoc: optionalTime,
  NgayHenTraMoi: optionalTime,
});

export const resultDocumentSchema = z.object({
  TenGiayTo: required(255),
  MaThanhPhanHoSo: text(64),
  GiayToId: required(64),
  DuongDanTepTinKetQua: required(1000),
  MaGiayToKetQua: text(100),
});

export const portalDossierSchema = z.object({
  MaHoSo: required(50),
  MaTTHC: required(50),
  TenTTHC: required(1000),
  MaLinhVuc: required(50),
  TenLinhVuc: required(500),
  KenhThucHien: code(LISTS.KenhThucHien),
  ChuHoSo: required(255),
  LoaiDoiTuong: code(LISTS.LoaiDoiTuong),
  MaDoiTuong: text(50),
  SoGiayToChuHoSo: text(50),
  DinhDanhCHS: z.array(
    z.object({ LoaiDinhDanh: code(LISTS.LoaiDinhDanh), SoDinhDanh: z.string().regex(/^\d{9}$|^\d{12}$/) }),
  ),
  ThongTinKhac: text(2000),
  Email: text(254),
  Fax: text(20),
  SoDienThoai: text(20),
  TrichYeuHoSo: required(2000),
  NgayNopHoSo: portalTime,
  NgayTiepNhan: optionalTime,
  NgayHenTra: optionalTime,
  TrangThaiHoSo: code(LISTS.TrangThaiHoSo),
  NgayTra: optionalTime,
  NgayKetThucXuLy: optionalTime,
  NgayTuChoi: optionalTime,
  ThongTinTra: text(2000),
  HinhThuc: code(LISTS.HinhThuc),
  DonViXuLy: required(50),
  GhiChu: text(2000),
  NoiNopHoSo: required(50),
  HoSoCoThanhPhanSoHoa: flag,
  TaiKhoanDuocXacThucVoiVNeID: flag,
  /** Absent unless paid online (the list has no code for "not paid online"). */
  DuocThanhToanTrucTuyen: code(LISTS.DuocThanhToanTrucTuyen).optional(),
  DSKetNoiCSDL: z.array(z.object({ MaCSDL: required(50) })),
  TaiLieuNop: z.array(documentSubmittedSchema),
  DanhSachLePhi: z.array(feeLineSchema),
  DanhSachHoSoBoSung: z.array(supplementSchema),
  DanhSachGiayToKetQua: z.array(resultDocumentSchema),
});
export type PortalDossier = z.infer<typeof portalDossierSchema>;

export const progressRowSchema = z.object({
  MaHoSo: required(50),
  NguoiXuLy: required(255),
  ChucDanh: text(255),
  ThoiDiemXuLy: portalTime,
  PhongBanXuLy: text(255),
  NoiDungXuLy: required(2000),
  TrangThai: code(LISTS.TrangThaiHoSo),
  NgayBatDau: portalTime,
  NgayKetThucTheoQuyDinh: optionalTime,
});
export type ProgressRow = z.infer<typeof progressRowSchema>;

export const dossierRequestSchema = z.object({
  service: z.literal(PORTAL_SERVICES.dossier),
  isUpdating: z.boolean(),
  data: z.array(portalDossierSchema).min(1),
});
export type DossierRequest = z.infer<typeof dossierRequestSchema>;

export const progressRequestSchema = z.object({
  service: z.literal(PORTAL_SERVICES.progress),
  data: z.array(progressRowSchema).min(1),
});
export type ProgressRequest = z.infer<typeof progressRequestSchema>;

/** The portal's answer: {error_code, message}, "0" = OK. */
export const portalAnswerSchema = z.object({
  error_code: z.union([z.string(), z.number()]).transform(String),
  message: z.string().default(""),
});
export type PortalAnswer = z.infer<typeof portalAnswerSchema>;

// ─── The pull: dossiers filed on the portal ──────────────────────────────────────────────────────────────────────

export const filedDocumentSchema = z.object({
  TepDinhKemId: required(64),
  TenTepDinhKem: required(255),
  /** Our position of the component in the procedure's list (MaThanhPhanHoSo = "<MaTTHC>.<position>"). */
  MaThanhPhanHoSo: required(64),
  DuongDanTaiTepTin: z.url(),
});

export const filedDossierSchema = z.object({
  MaHoSo: required(50),
  MaTTHC: required(50),
  /** The unit's identifier (our AdministrativeUnit.code). */
  MaDonVi: required(50),
  ChuHoSo: required(255),
  LoaiDoiTuong: code(LISTS.LoaiDoiTuong),
  SoGiayToChuHoSo: required(50),
  SoDienThoai: required(20),
  Email: text(254),
  DiaChi: required(500),
  NgayNopHoSo: portalTime,
  HinhThuc: code(LISTS.HinhThuc),
  TaiLieuNop: z.array(filedDocumentSchema),
});
export type FiledDossier = z.infer<typeof filedDossierSchema>;

export const filedListRequestSchema = z.object({
  service: z.literal(PORTAL_SERVICES.filed),
  MaDonVi: z.array(required(50)).min(1),
});

export const filedListAnswerSchema = portalAnswerSchema.extend({ data: z.array(z.unknown()).default([]) });
