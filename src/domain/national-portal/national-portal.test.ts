import { describe, expect, it } from "vitest";
import { DOSSIER_STATUSES, type DossierStatus } from "@/domain/dossier";
import {
  chunk,
  CURRENT_CODE_LISTS,
  dossierRequestSchema,
  identifiersOf,
  interpretAnswer,
  MAX_ATTEMPTS,
  nextAttemptDelay,
  PORTAL_CHANNEL_CODE,
  PORTAL_PROGRESS_EVENT_TYPES,
  PORTAL_STATUS_CODE,
  portalDossierSchema,
  progressRowSchema,
  returnCodeOf,
  toPortalDossier,
  toProgressRow,
  type PortalDossierSource,
} from "./index";

const source = (over: Partial<PortalDossierSource> = {}): PortalDossierSource => ({
  code: "STY-261205-0001",
  portalCode: null,
  procedure: { code: "1.001234", name: "Đăng ký khai sinh" },
  field: { code: "HT", name: "Hộ tịch" },
  channel: "DIRECT",
  applicant: {
    kind: "CITIZEN",
    name: "Nguyễn Văn An",
    idNumber: "001090012345",
    phone: "0912345678",
    email: null,
    address: "Sơn Tây, Hà Nội",
  },
  status: "RECEIVED",
  // 07:30:05 UTC = 14:30:05 in Hà Nội
  submittedAt: new Date("2026-12-05T07:30:05Z"),
  receivedAt: new Date("2026-12-05T07:30:05Z"),
  appointmentAt: new Date("2026-12-08T10:00:00Z"),
  finishedAt: null,
  returnedAt: null,
  refusedAt: null,
  resultDelivery: "AT_DESK",
  receivingUnitCode: "STY",
  decidingUnitCode: "STY",
  digitised: true,
  paidOnline: false,
  note: null,
  documents: [
    {
      position: 1,
      digitised: true,
      reuse: "REUSED_FROM_NATIONAL_PORTAL",
      fromNationalStore: true,
      files: [{ id: "f1", fileName: "to-khai.pdf", superseded: false, url: "http://x/f1" }],
    },
  ],
  fees: [
    { kind: "FEE", amount: 0, online: false },
    { kind: "CHARGE", amount: 8000, online: true },
  ],
  supplements: [],
  results: [],
  ...over,
});

describe("status codes (TrangThaiHoSo): one-to-one, never 5/6/8 rewritten as 9", () => {
  const expected: Record<DossierStatus, string> = {
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
  for (const status of DOSSIER_STATUSES)
    it(`${status} → ${expected[status]} (${CURRENT_CODE_LISTS.TrangThaiHoSo[expected[status]]})`, () => {
      expect(PORTAL_STATUS_CODE[status]).toBe(expected[status]);
      const dossier = toPortalDossier(source({ status }));
      expect(dossier.TrangThaiHoSo).toBe(expected[status]);
      expect(portalDossierSchema.safeParse(dossier).success).toBe(true);
    });
  it("uses every code of the list exactly once", () => {
    expect(new Set(Object.values(PORTAL_STATUS_CODE)).size).toBe(10);
    expect(Object.values(PORTAL_STATUS_CODE).sort()).toEqual(Object.keys(CURRENT_CODE_LISTS.TrangThaiHoSo).sort());
  });
});

describe("dossier object (DongBoHoSoMC)", () => {
  it("writes dates as yyyyMMddHHmmss in Vietnam time", () => {
    const dossier = toPortalDossier(source());
    expect(dossier.NgayNopHoSo).toBe("20261205143005");
    expect(dossier.NgayHenTra).toBe("20261208170000");
    expect(dossier.NgayTra).toBeNull();
  });
  it("maps channel, return, applicant and payment codes", () => {
    expect(PORTAL_CHANNEL_CODE).toEqual({ DIRECT: "1", ONLINE: "2", POSTAL: "3" });
    expect(returnCodeOf("AT_DESK")).toBe("0");
    expect(returnCodeOf("POST")).toBe("1");
    expect(returnCodeOf("ELECTRONIC")).toBe("0");
    expect(identifiersOf("CITIZEN", "001090012345")).toEqual([{ LoaiDinhDanh: "1", SoDinhDanh: "001090012345" }]);
    expect(identifiersOf("CITIZEN", "012345678")).toEqual([{ LoaiDinhDanh: "2", SoDinhDanh: "012345678" }]);
    expect(identifiersOf("ORGANISATION", "0101234567")).toEqual([]);
    const organisation = toPortalDossier(
      source({ applicant: { ...source().applicant, kind: "ORGANISATION", idNumber: "0101234567" } }),
    );
    expect(organisation.LoaiDoiTuong).toBe("2");
    expect(organisation.MaDoiTuong).toBe("0101234567");
    expect(toPortalDossier(source()).DuocThanhToanTrucTuyen).toBeUndefined();
    expect(toPortalDossier(source({ paidOnline: true })).DuocThanhToanTrucTuyen).toBe("1");
    const postal = toPortalDossier(source({ channel: "POSTAL", resultDelivery: "POST" }));
    expect([postal.KenhThucHien, postal.HinhThuc]).toEqual(["3", "1"]);
  });
  it("carries documents, fees (no zero lines), supplements and results, and validates", () => {
    const dossier = toPortalDossier(
      source({
        status: "WAITING_SUPPLEMENT",
        supplements: [
          {
            id: "p1",
            requestedBy: "Phòng Tư pháp",
            reason: "Thiếu tờ khai",
            requestedAt: new Date("2026-12-06T02:00:00Z"),
            answeredAt: null,
            receivedBy: "",
          },
        ],
        results: [{ id: "r1", kind: "Giấy khai sinh", number: "12/2026", url: "http://x/r1" }],
      }),
    );
    expect(dossier.TaiLieuNop[0]).toMatchObject({
      MaThanhPhanHoSo: "1.001234.1",
      DuocTaiSuDung: "2",
      DuocLayTuKhoDMQG: "1",
    });
    expect(dossier.DanhSachLePhi).toEqual([
      { TenPhiLePhi: "Lệ phí", MaPhiLePhi: "1.001234.LEPHI", HinhThucThu: "1", Gia: 8000, LoaiPhiLePhi: "2" },
    ]);
    expect(dossier.DanhSachHoSoBoSung[0]).toMatchObject({ NgayBoSung: "20261206090000", TrangThaiBoSung: "0" });
    expect(dossier.DanhSachGiayToKetQua[0]).toMatchObject({ GiayToId: "r1", MaGiayToKetQua: "12/2026" });
    expect(
      dossierRequestSchema.safeParse({ service: "DongBoHoSoMC", isUpdating: false, data: [dossier] }).success,
    ).toBe(true);
  });
  it("sends a dossier filed on the portal under the portal's code, and the refusal date only when refused", () => {
    expect(toPortalDossier(source({ portalCode: "G22.99-261205-0007" })).MaHoSo).toBe("G22.99-261205-0007");
    const refused = toPortalDossier(source({ status: "REFUSED", refusedAt: new Date("2026-12-05T08:00:00Z") }));
    expect(refused.NgayTuChoi).toBe("20261205150000");
    expect(toPortalDossier(source()).NgayTuChoi).toBeNull();
  });
  it("is refused by the field list when a code is outside its list or a date is malformed", () => {
    const dossier = toPortalDossier(source());
    expect(portalDossierSchema.safeParse({ ...dossier, TrangThaiHoSo: "11" }).success).toBe(false);
    expect(portalDossierSchema.safeParse({ ...dossier, NgayNopHoSo: "2026-12-05 14:30" }).success).toBe(false);
    const { MaTTHC: _missing, ...withoutProcedure } = dossier;
    expect(portalDossierSchema.safeParse(withoutProcedure).success).toBe(false);
  });
});

describe("progress row (CapNhatTienDoHoSoMC)", () => {
  it("reports the step with its status after the event, actor and deadline", () => {
    const row = toProgressRow({
      dossierCode: "STY-261205-0001",
      portalCode: null,
      event: {
        type: "request_supplement",
        at: new Date("2026-12-06T02:00:00Z"),
        fromStatus: "IN_PROCESSING",
        toStatus: "WAITING_SUPPLEMENT",
        reason: "Thiếu tờ khai",
      },
      actor: { name: "Trần Bình", title: null, role: "OFFICER", office: "Phòng Tư pháp", unit: "UBND phường Sơn Tây" },
      appointmentAt: null,
      label: "Yêu cầu bổ sung",
    });
    expect(row).toMatchObject({
      TrangThai: "5",
      NguoiXuLy: "Trần Bình",
      ChucDanh: "Chuyên viên xử lý",
      PhongBanXuLy: "Phòng Tư pháp",
      ThoiDiemXuLy: "20261206090000",
      NoiDungXuLy: "Yêu cầu bổ sung: Thiếu tờ khai",
      NgayKetThucTheoQuyDinh: null,
    });
    expect(progressRowSchema.safeParse(row).success).toBe(true);
  });
  it("names the applicant for an online registration", () => {
    const row = toProgressRow({
      dossierCode: "X",
      portalCode: null,
      event: { type: "register", at: new Date(), fromStatus: null, toStatus: "REGISTERED_ONLINE", reason: null },
      actor: null,
      appointmentAt: null,
      label: "Đăng ký",
    });
    expect([row.NguoiXuLy, row.TrangThai]).toEqual(["Người nộp hồ sơ", "1"]);
  });
  it("counts every state-machine command and the registration as steps, not internal notes", () => {
    expect(PORTAL_PROGRESS_EVENT_TYPES).toContain("register");
    expect(PORTAL_PROGRESS_EVENT_TYPES).toContain("request_supplement");
    expect(PORTAL_PROGRESS_EVENT_TYPES).not.toContain("draft_apology");
    expect(PORTAL_PROGRESS_EVENT_TYPES).not.toContain("postal_failed");
  });
});

describe("chunks, retries and answers", () => {
  it("cuts lists into chunks of at most n, in order", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
  it("retries for longer than an hour's outage, then stops", () => {
    let waited = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) waited += nextAttemptDelay(attempts)!;
    expect(waited).toBeGreaterThan(60 * 60_000);
    expect(nextAttemptDelay(1)).toBe(30_000);
    expect(nextAttemptDelay(MAX_ATTEMPTS)).toBeNull();
  });
  it('reads "0" as OK, "đã tồn tại" as resend-as-update, anything else as a reasoned refusal', () => {
    expect(interpretAnswer({ error_code: "0", message: "Thành công" }).kind).toBe("ok");
    expect(interpretAnswer({ error_code: 0 }).kind).toBe("ok");
    expect(interpretAnswer({ error_code: "-1", message: "Hồ sơ STY-1 đã tồn tại trên hệ thống" }).kind).toBe("exists");
    expect(interpretAnswer({ error_code: "-1", message: "Hồ sơ STY-1 ĐÃ TỒN TẠI" }).kind).toBe("exists");
    expect(interpretAnswer({ error_code: "2", message: "Sai trường TrangThaiHoSo" })).toEqual({
      kind: "rejected",
      code: "2",
      message: "Sai trường TrangThaiHoSo",
    });
    expect(interpretAnswer("<html>").kind).toBe("garbled");
  });
});

describe("progress labels", () => {
  it("names every progress step in Vietnamese, never by its code", async () => {
    const { progressLabel } = await import("./mapping");
    for (const type of PORTAL_PROGRESS_EVENT_TYPES) expect(progressLabel(type)).not.toBe(type);
  });
});
