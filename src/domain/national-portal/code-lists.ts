// The national public-service portal's code lists (Cổng DVCQG; ONLINE-SERVICES.md "National portal sync"), kept as
// versioned data: when the portal publishes a new list, add a version here and point CURRENT_CODE_LISTS at it. Both
// the mapping (mapping.ts) and the stand-in portal (src/tooling/national-portal-sandbox) read these tables, so what we
// send and what the stand-in accepts cannot drift apart.
import type { ApplicantKind, Channel, DossierStatus } from "@/domain/dossier";

export interface PortalCodeLists {
  /** When this edition of the lists took effect (yyyy-MM-dd). */
  version: string;
  TrangThaiHoSo: Readonly<Record<string, string>>;
  KenhThucHien: Readonly<Record<string, string>>;
  HinhThuc: Readonly<Record<string, string>>;
  LoaiDoiTuong: Readonly<Record<string, string>>;
  LoaiDinhDanh: Readonly<Record<string, string>>;
  DuocThanhToanTrucTuyen: Readonly<Record<string, string>>;
}

export const CODE_LISTS_2025_07: PortalCodeLists = {
  version: "2025-07-01",
  TrangThaiHoSo: {
    "1": "Mới đăng ký",
    "2": "Được tiếp nhận",
    "3": "Không được tiếp nhận",
    "4": "Đang xử lý",
    "5": "Yêu cầu bổ sung giấy tờ",
    "6": "Yêu cầu thực hiện nghĩa vụ tài chính",
    "7": "Công dân yêu cầu rút hồ sơ",
    "8": "Dừng xử lý",
    "9": "Đã xử lý xong",
    "10": "Đã trả kết quả",
  },
  KenhThucHien: { "1": "Trực tiếp", "2": "Trực tuyến", "3": "Qua bưu chính công ích" },
  HinhThuc: { "0": "Trả kết quả tại bộ phận một cửa", "1": "Trả kết quả qua bưu chính" },
  LoaiDoiTuong: { "1": "Công dân", "2": "Doanh nghiệp", "3": "Cơ quan nhà nước", "4": "Tổ chức khác" },
  LoaiDinhDanh: { "1": "Số định danh cá nhân (12 số)", "2": "Số chứng minh nhân dân (9 số)" },
  DuocThanhToanTrucTuyen: {
    "1": "Thanh toán trực tuyến trên Cổng DVCQG",
    "2": "Thanh toán qua cổng thanh toán của bộ, ngành, địa phương",
  },
};

export const CURRENT_CODE_LISTS: PortalCodeLists = CODE_LISTS_2025_07;

export const codesOf = (list: Readonly<Record<string, string>>): [string, ...string[]] =>
  Object.keys(list) as [string, ...string[]];

/**
 * TrangThaiHoSo: our statuses are the portal's list one-to-one (docs/domain.md). Never rewrite 5 (supplement), 6
 * (financial obligation) or 8 (stopped) as 9 (done): that vendor shortcut corrupts the national statistics.
 */
export const PORTAL_STATUS_CODE: Readonly<Record<DossierStatus, string>> = {
  REGISTERED_ONLINE: "1",
  RECEIVED: "2",
  REFUSED: "3",
  IN_PROCESSING: "4",
  WAITING_SUPPLEMENT: "5",
  WAITING_FINANCIAL: "6",
  WITHDRAWN: "7",
  STOPPED: "8",
  RESULT_READY: "9",
  RETURNED: "10",
};

/** KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
export const PORTAL_CHANNEL_CODE: Readonly<Record<Channel, string>> = { DIRECT: "1", ONLINE: "2", POSTAL: "3" };

/**
 * LoaiDoiTuong. Our intake knows a citizen or an organisation only; an organisation identified by a tax code is
 * sent as 2 (doanh nghiệp), the commonest case at a commune desk (docs/national-portal.md).
 */
export const PORTAL_APPLICANT_CODE: Readonly<Record<ApplicantKind, string>> = { CITIZEN: "1", ORGANISATION: "2" };

/** Reverse of PORTAL_STATUS_CODE, for the pull and the stand-in. */
export const STATUS_OF_PORTAL_CODE: Readonly<Record<string, DossierStatus>> = Object.fromEntries(
  Object.entries(PORTAL_STATUS_CODE).map(([status, code]) => [code, status as DossierStatus]),
);
