// The national payment platform's messages (ONLINE-SERVICES.md, "Online payment"): which fields each message carries,
// which of them are signed and in what order, and the zod schemas that read them. Pure: the SHA-256 itself is done by
// the caller (src/server/payments/signature.ts), which hashes `signingInput(...)`.
//
// MaXacThuc = lower-case hex SHA-256 of the signed fields joined by "|", followed by "|" and the shared secret, e.g.
// QUERY: sha256("QUERY|1.0.6|<MaDoiTac>|<MaThamChieu>|<ThoiGianGD>|<secret>").
// Marked [V] where a source shows it, [?] where the source does not say and this is our reading (docs/payment.md).
import { z } from "zod";

/** PhienBan seen in the provincial integration [V]. */
export const PROTOCOL_VERSION = "1.0.6";

/** LoaiBanTin of each message. The callback's own value is not in the source [?]: the platform echoes "PAY". */
export const MESSAGE_TYPE = { INIT: "INIT", CALLBACK: "PAY", QUERY: "QUERY", GET_BILL: "GET_BILL" } as const;

/** MaLoi "00" = success [V]; the platform's other codes are kept as received. */
export const PLATFORM_OK = "00";

/**
 * Our answer to a confirmation callback (MaLoi). The platform retries until our answer verifies; any code other
 * than "00" tells it the confirmation was not taken [?: our codes, documented in docs/payment.md].
 */
export const CALLBACK_REPLY_CODES = {
  ACCEPTED: "00",
  UNKNOWN_REFERENCE: "01",
  ALREADY_PROCESSED: "02",
  WRONG_AMOUNT: "03",
  WRONG_SIGNATURE: "04",
  INVALID_MESSAGE: "05",
  INTERNAL_ERROR: "99",
} as const;
export type CallbackReplyCode = (typeof CALLBACK_REPLY_CODES)[keyof typeof CALLBACK_REPLY_CODES];

/** TrangThaiGD of a QUERY answer [V]: 1 success, 3 pending (the platform does not know yet), 4 failed. */
export const TRANSACTION_STATE = { SUCCESS: "1", PENDING: "3", FAILED: "4" } as const;
export type TransactionState = (typeof TRANSACTION_STATE)[keyof typeof TRANSACTION_STATE];

/** The signed fields of every message, in signing order. */
export const SIGNED_FIELDS = {
  /** [V] */
  INIT: [
    "LoaiBanTin",
    "PhienBan",
    "MaDoiTac",
    "MaThamChieu",
    "SoTien",
    "LoaiHinhThanhToan",
    "MaKenhThanhToan",
    "MaThietBi",
    "NgonNgu",
    "MaTienTe",
    "MaNganHang",
    "ThongTinGiaoDich",
    "ThoiGianGD",
    "Ip",
  ],
  /** [?] the INIT answer: what the platform returns with UrlThanhToan. */
  INIT_ANSWER: ["MaLoi", "MaDoiTac", "MaThamChieu", "UrlThanhToan", "ThoiGianGD"],
  /** [V] */
  CALLBACK: [
    "LoaiBanTin",
    "MaLoi",
    "MaDoiTac",
    "MaThamChieu",
    "SoTien",
    "MaTienTe",
    "MaGiaoDich",
    "MaNganHang",
    "ThoiGianGD",
    "ThongTinGiaoDich",
  ],
  /** [V] fields; signing them in this order is our reading. */
  CALLBACK_REPLY: ["MaLoi", "MaDoiTac", "ThoiGianGD"],
  /** [V] */
  QUERY: ["LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD"],
  /** [?] */
  QUERY_ANSWER: ["LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu", "TrangThaiGD", "SoTien", "MaGiaoDich", "ThoiGianGD"],
  /** [V] */
  GET_BILL: ["LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD"],
  /** [?] the receipt comes as base64 in DuLieu, signed with it, so a changed byte fails the check. */
  GET_BILL_ANSWER: ["MaLoi", "MaDoiTac", "MaThamChieu", "ThoiGianGD", "TenTep", "DuLieu"],
} as const;

export type SignedMessageKind = keyof typeof SIGNED_FIELDS;
export type SignedFields<K extends SignedMessageKind> = { [F in (typeof SIGNED_FIELDS)[K][number]]: string };

/** The text whose SHA-256 is MaXacThuc: the signed fields in order, then the secret, joined by "|". */
export function signingInput<K extends SignedMessageKind>(
  kind: K,
  message: Readonly<Record<string, unknown>>,
  secret: string,
): string {
  const values = SIGNED_FIELDS[kind].map((field) => fieldText(message[field]));
  return [...values, secret].join("|");
}

/** How a field is written in the signed text: numbers in decimal, absent fields as empty. */
function fieldText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toString();
  return String(value);
}

// ─── Schemas ─────────────────────────────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().max(max);
/** A whole amount of VND, as the platform writes it (a number or its decimal digits). */
const amount = z
  .union([z.number(), z.string().regex(/^\d{1,15}$/)])
  .transform(Number)
  .pipe(z.number().int().min(0));
const stamp = z.string().regex(/^\d{14}$/, "ThoiGianGD phải có dạng yyyyMMddHHmmss");
const signature = z.string().regex(/^[0-9a-fA-F]{64}$/, "MaXacThuc phải là SHA-256 dạng hex");
/** MaThamChieu: our reference; letters, digits, dash and underscore. */
export const referenceSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "MaThamChieu không hợp lệ");

/** Phí, lệ phí lines of the receipt data [V]. LoaiPhiLePhi: 1 phí, 2 lệ phí [?]. */
export const feeLineSchema = z.object({
  LoaiPhiLePhi: z.enum(["1", "2"]),
  MaPhiLePhi: text(50),
  TenPhiLePhi: text(500),
  SoTien: amount,
});
export type FeeLine = z.output<typeof feeLineSchema>;

export const initRequestSchema = z.object({
  LoaiBanTin: z.literal(MESSAGE_TYPE.INIT),
  PhienBan: text(20),
  MaDoiTac: text(50),
  MaThamChieu: referenceSchema,
  SoTien: amount,
  LoaiHinhThanhToan: z.literal("PAY"),
  MaKenhThanhToan: text(20),
  MaThietBi: text(20),
  NgonNgu: text(10),
  MaTienTe: z.literal("VND"),
  MaNganHang: text(20),
  ThongTinGiaoDich: text(500),
  ThoiGianGD: stamp,
  Ip: text(64),
  // Receipt data [V]: not signed.
  MaThuTucHanhChinh: text(100).optional(),
  MaDonVi: text(100).optional(),
  MaHoSo: text(100).optional(),
  TaiKhoanThuHuong: text(100).optional(),
  HoTenNguoiNop: text(200).optional(),
  SoCMNDNguoiNop: text(20).optional(),
  DiaChiNguoiNop: text(500).optional(),
  PhiLePhi: z.array(feeLineSchema).max(20).default([]),
  /** Where the platform POSTs the confirmation and where it sends the browser back [?]. */
  UrlXacNhan: z.url().optional(),
  UrlQuayLai: z.url().optional(),
  MaXacThuc: signature,
});
export type InitRequest = z.input<typeof initRequestSchema>;

export const initAnswerSchema = z.object({
  MaLoi: text(10),
  MoTaLoi: text(500).optional(),
  MaDoiTac: text(50),
  MaThamChieu: text(64),
  UrlThanhToan: z.string().max(2000).default(""),
  ThoiGianGD: stamp,
  MaXacThuc: signature,
});
export type InitAnswer = z.output<typeof initAnswerSchema>;

export const callbackSchema = z.object({
  LoaiBanTin: text(20),
  MaLoi: text(10),
  MaDoiTac: text(50),
  MaThamChieu: referenceSchema,
  SoTien: amount,
  MaTienTe: text(10),
  MaGiaoDich: text(100),
  MaNganHang: text(20),
  ThoiGianGD: stamp,
  ThongTinGiaoDich: text(500),
  MaXacThuc: signature,
});
export type Callback = z.output<typeof callbackSchema>;

export const callbackReplySchema = z.object({
  MaLoi: text(10),
  MaDoiTac: text(50),
  ThoiGianGD: stamp,
  MaXacThuc: signature,
});
export type CallbackReply = z.output<typeof callbackReplySchema>;

export const queryRequestSchema = z.object({
  LoaiBanTin: z.enum([MESSAGE_TYPE.QUERY, MESSAGE_TYPE.GET_BILL]),
  PhienBan: text(20),
  MaDoiTac: text(50),
  MaThamChieu: referenceSchema,
  ThoiGianGD: stamp,
  MaXacThuc: signature,
});
export type QueryRequest = z.output<typeof queryRequestSchema>;

export const queryAnswerSchema = z.object({
  LoaiBanTin: text(20),
  MaLoi: text(10),
  MaDoiTac: text(50),
  MaThamChieu: text(64),
  TrangThaiGD: z.enum([TRANSACTION_STATE.SUCCESS, TRANSACTION_STATE.PENDING, TRANSACTION_STATE.FAILED]),
  SoTien: amount,
  MaTienTe: text(10).default("VND"),
  MaGiaoDich: text(100).default(""),
  MaNganHang: text(20).default(""),
  ThoiGianGD: stamp,
  ThongTinGiaoDich: text(500).default(""),
  MaXacThuc: signature,
});
export type QueryAnswer = z.output<typeof queryAnswerSchema>;

export const billAnswerSchema = z.object({
  MaLoi: text(10),
  MaDoiTac: text(50),
  MaThamChieu: text(64),
  ThoiGianGD: stamp,
  TenTep: text(200).default("bien-lai.pdf"),
  /** The PDF, base64. 5 MB of PDF at most. */
  DuLieu: z.string().max(7_000_000).default(""),
  MaXacThuc: signature,
});
export type BillAnswer = z.output<typeof billAnswerSchema>;
