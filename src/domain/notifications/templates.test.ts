import { describe, expect, it } from "vitest";
import {
  NOTIFICATION_TEMPLATES,
  SMS_MAX_UNITS,
  fitSms,
  renderNotification,
  smsSegments,
  smsUnits,
  trackingUrl,
  type NotificationLocale,
  type NotificationTemplate,
  type TemplateData,
} from "./index";

// 17:00 Thu 30/04/2026 in Hà Nội is 10:00 UTC; 23:30 UTC on 29/04 is already 30/04 in Hà Nội.
const appointmentAt = new Date("2026-04-30T10:00:00Z");
const lateEvening = new Date("2026-04-29T23:30:00Z");
const ID_NUMBER = "001190012345";
const ADDRESS = "Số 5 phố Quang Trung";

const applicant = {
  applicantKind: "CITIZEN" as const,
  applicantName: "Trần Thị Bình",
  code: "SONTAY-260423-0001",
  procedureName: "Đăng ký kết hôn",
  unitName: "Phường Trung Hưng",
  appUrl: "http://localhost:3000",
  trackingKey: "ABCD-EFGH",
};

const samples: { [T in NotificationTemplate]: TemplateData[T] } = {
  "dossier.received": { ...applicant, appointmentAt },
  "dossier.supplement_needed": {
    ...applicant,
    reason: "Thiếu bản sao giấy khai sinh",
    officeName: "Tư pháp - Hộ tịch",
  },
  "dossier.rescheduled": {
    ...applicant,
    previousAppointmentAt: appointmentAt,
    newAppointmentAt: new Date("2026-05-07T10:00:00Z"),
    reason: "Cần xác minh thêm",
  },
  "dossier.result_ready": { ...applicant, returnMethod: "DESK" },
  "dossier.registered_online": { ...applicant, intakeDueAt: appointmentAt },
  "contact.code": { code: "042719", ttlMinutes: 10, appUrl: applicant.appUrl },
  "dossier.payment_received": { ...applicant, amount: 150000, awaitingIntake: true },
  "dossier.intake_supplement": {
    ...applicant,
    noticeNumber: "W1-02-260423-0001",
    items: ["Giấy xác nhận tình trạng hôn nhân: quá 6 tháng", "Tờ khai: ảnh bị mờ"],
  },
  "dossier.intake_refused": {
    ...applicant,
    noticeNumber: "W1-03-260423-0001",
    reason: "Thủ tục không thuộc thẩm quyền của phường",
  },
  "dossier.supplement_answered": { ...applicant, intakeDueAt: appointmentAt },
  "feedback.info_needed": {
    code: "PAKN-2026-000123",
    unitName: applicant.unitName,
    appUrl: applicant.appUrl,
    request: "Xin cho biết ngày ông/bà đến Bộ phận Một cửa.",
  },
  "feedback.answered": {
    code: "PAKN-2026-000123",
    unitName: applicant.unitName,
    appUrl: applicant.appUrl,
    answer: "Phường đã kiểm tra và nhắc nhở cán bộ tiếp nhận.",
  },
  "staff.apology_due": {
    recipientName: "Nguyễn Văn Chính",
    officeName: "Tư pháp - Hộ tịch",
    code: applicant.code,
    procedureName: applicant.procedureName,
    appointmentAt,
    apologyDueBy: new Date("2026-04-29T10:00:00Z"),
    appUrl: applicant.appUrl,
  },
  "staff.daily_digest": {
    recipientName: "Nguyễn Văn Chính",
    officeName: "Tư pháp - Hộ tịch",
    date: lateEvening,
    dueSoon: { count: 3, codes: ["A-1", "A-2", "A-3"] },
    overdue: { count: 12, codes: Array.from({ length: 12 }, (_, i) => `B-${i + 1}`) },
    apologyDue: { count: 0, codes: [] },
    appUrl: applicant.appUrl,
  },
};

// A long production address and a long unit code: the worst case the SMS must still fit.
const longApp = { appUrl: "https://dichvucong.ubnd-thixa-sontay.hanoi.gov.vn/", code: "PHUONGTRUNGHUNG-260423-0001" };
const longSamples = Object.fromEntries(
  Object.entries(samples).map(([template, data]) => [
    template,
    { ...data, ...longApp, officeName: "Phòng Tài nguyên và Môi trường thị xã Sơn Tây" },
  ]),
) as unknown as typeof samples;

const render = <T extends NotificationTemplate>(template: T, locale: NotificationLocale = "vi", source = samples) =>
  renderNotification(template, source[template], locale);

describe("renderNotification", () => {
  for (const template of NOTIFICATION_TEMPLATES) {
    for (const locale of ["vi", "en"] as const) {
      it(`${template} (${locale}): SMS fits two UCS-2 segments, even with a long address and code`, () => {
        for (const source of [samples, longSamples]) {
          const { sms } = render(template, locale, source);
          expect(smsUnits(sms), sms).toBeLessThanOrEqual(SMS_MAX_UNITS);
          expect(smsSegments(sms)).toBeLessThanOrEqual(2);
          expect(sms).not.toMatch(/…$/u); // a real candidate fitted, nothing was cut
        }
      });

      it(`${template} (${locale}): has a subject and a body, and no ID number or address`, () => {
        const rendered = render(template, locale);
        expect(rendered.subject.length).toBeGreaterThan(5);
        expect(rendered.body.length).toBeGreaterThan(rendered.sms.length);
        for (const text of [rendered.subject, rendered.body, rendered.sms]) {
          expect(text).not.toContain(ID_NUMBER);
          expect(text).not.toContain(ADDRESS);
          expect(text).not.toContain("Thị Bình"); // only the masked name
        }
      });
    }
  }

  it("greets politely with the masked name and thanks the applicant (4 xin)", () => {
    const { body } = render("dossier.received");
    expect(body).toMatch(/^Xin chào ông\/bà Trần T\*\* B\*\*\*,/u);
    expect(body).toContain("Xin cảm ơn ông/bà.");
    expect(body).toContain("mã hồ sơ SONTAY-260423-0001");
    expect(body).toContain("Đăng ký kết hôn");
  });

  it("greets an organisation as such, with its masked name", () => {
    const { body } = renderNotification("dossier.received", {
      ...samples["dossier.received"],
      applicantKind: "ORGANISATION",
      applicantName: "Công ty TNHH Hoàng Long",
    });
    expect(body).toMatch(/^Xin chào Quý tổ chức Công ty TNHH H\*\*\*\* L\*\*\*,/u);
  });

  it("shows dates as dd/MM/yyyy in Asia/Ho_Chi_Minh, whatever the server zone", () => {
    expect(render("dossier.received").body).toContain("Ngày hẹn trả kết quả: 17:00 ngày 30/04/2026.");
    expect(render("dossier.received").sms).toContain("hẹn trả 30/04/2026");
    // 23:30 UTC on 29/04 is 06:30 on 30/04 in Hà Nội
    expect(render("staff.daily_digest").subject).toBe("Tư pháp - Hộ tịch: hồ sơ cần chú ý ngày 30/04/2026");
  });

  it("links to the tracking page with both factors", () => {
    const link = "http://localhost:3000/tra-cuu?ma=SONTAY-260423-0001&xac-thuc=ABCD-EFGH";
    expect(trackingUrl("http://localhost:3000/", applicant.code, applicant.trackingKey)).toBe(link);
    expect(render("dossier.received").body).toContain(link);
    expect(render("dossier.received").sms).toContain(link);
    expect(render("dossier.rescheduled").body).toContain(`${link}#xin-loi`);
  });

  it("falls back to the tracking key when a long address leaves no room for the link", () => {
    const { sms } = render("dossier.received", "vi", longSamples);
    expect(sms).toContain("Mã tra cứu: ABCD-EFGH");
  });

  it("explains the supplement with its reason, the paused clock and an apology", () => {
    const { body, subject } = render("dossier.supplement_needed");
    expect(subject).toBe("Hồ sơ SONTAY-260423-0001: xin ông/bà vui lòng bổ sung giấy tờ");
    expect(body).toContain("Nội dung cần bổ sung: Thiếu bản sao giấy khai sinh");
    expect(body).toContain("Xin lỗi ông/bà");
    expect(body).toContain("tạm dừng");
  });

  it("apologises for a rescheduled dossier and gives the new appointment", () => {
    const { body, sms } = render("dossier.rescheduled");
    expect(body).toContain("thành thật xin lỗi");
    expect(body).toContain("đúng hẹn ngày 30/04/2026");
    expect(body).toContain("Ngày hẹn trả kết quả mới: 17:00 ngày 07/05/2026.");
    expect(sms).toContain("07/05/2026");
  });

  it("says where to collect the result for each return method", () => {
    const text = (returnMethod: "DESK" | "POST" | "ONLINE") =>
      renderNotification("dossier.result_ready", { ...applicant, returnMethod }).body;
    expect(text("DESK")).toContain("đến Bộ phận Một cửa Phường Trung Hưng nhận kết quả");
    expect(text("POST")).toContain("bưu chính");
    expect(text("ONLINE")).toContain("kết quả điện tử");
  });

  it("tells staff the deadline of the apology letter", () => {
    const { body, sms } = render("staff.apology_due");
    expect(body).toContain("phải ban hành phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) trước 17:00 29/04/2026");
    expect(sms).toContain("phải ban hành phiếu xin lỗi trước 17:00 29/04/2026");
  });

  it("lists at most 10 codes per group in the digest, with the counts", () => {
    const { body, sms } = render("staff.daily_digest");
    expect(body).toContain("- Quá hạn: 12: B-1, B-2, B-3, B-4, B-5, B-6, B-7, B-8, B-9, B-10 và 2 hồ sơ khác");
    expect(body).not.toContain("B-11");
    expect(body).toContain("- Cần ban hành phiếu xin lỗi: 0\n");
    expect(body).toContain("- Sắp đến hạn: 3: A-1, A-2, A-3");
    expect(sms).toContain("12 hồ sơ quá hạn");
  });
});

describe("SMS length rules", () => {
  it("counts precomposed Vietnamese letters as one unit each", () => {
    expect(smsUnits("Hồ sơ")).toBe(5);
    expect(smsUnits("Ho\u0302\u0300 so\u031B")).toBe(5); // combining marks normalised to NFC
    expect(smsSegments("a".repeat(70))).toBe(1);
    expect(smsSegments("a".repeat(71))).toBe(2);
    expect(smsSegments("a".repeat(134))).toBe(2);
    expect(smsSegments("a".repeat(135))).toBe(3);
  });

  it("picks the first candidate that fits, and cuts only when none does", () => {
    expect(fitSms(["x".repeat(200), "ngắn"])).toBe("ngắn");
    const cut = fitSms(["y".repeat(300)]);
    expect(smsUnits(cut)).toBe(SMS_MAX_UNITS);
    expect(cut.endsWith("…")).toBe(true);
  });
});
