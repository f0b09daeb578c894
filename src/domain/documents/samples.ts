// Sample data for the printed forms: unit tests and the visual check script use the same realistic dossier.
import type {
  ApologyLetterData,
  ControlSlipData,
  Issuer,
  ReceiptData,
  RefusalData,
  SupplementRequestData,
  TrackingBookData,
} from "./model";

export const SAMPLE_ISSUER: Issuer = {
  agency: "UBND PHƯỜNG LÊ LỢI",
  division: "Bộ phận Tiếp nhận và Trả kết quả",
  unitName: "Phường Lê Lợi",
  unitInSentence: "phường Lê Lợi",
  address: "Trụ sở UBND phường Lê Lợi, thị xã Sơn Tây, Hà Nội",
  place: "Sơn Tây",
};

const applicant = {
  name: "Nguyễn Thị Hồng Nhung",
  address: "Số 12 phố Phó Đức Chính, phường Lê Lợi, thị xã Sơn Tây, Hà Nội",
  phone: "0912 345 678",
  email: "nhung.nguyen@example.vn",
};

export const SAMPLE_RECEIPT: ReceiptData = {
  issuer: SAMPLE_ISSUER,
  code: "LLO-260423-0007",
  trackingKey: "K7Q2-M9XD",
  applicant,
  procedure: { code: "1.001193", name: "Đăng ký kết hôn trong nước", durationValue: 5, durationUnit: "WORKING_DAYS" },
  documents: [
    { name: "Tờ khai đăng ký kết hôn (theo mẫu)", form: "ORIGINAL", count: 1 },
    { name: "Giấy xác nhận tình trạng hôn nhân", form: "ORIGINAL", count: 1 },
    { name: "Căn cước công dân của hai bên nam, nữ", form: "CERTIFIED_COPY", count: 2 },
  ],
  sets: 1,
  feeAmount: 30000,
  feeNote: null,
  receivedAt: new Date("2026-04-23T02:30:00Z"),
  appointmentAt: new Date("2026-05-04T10:00:00Z"),
  appointmentNote: "5 ngày làm việc kể từ ngày tiếp nhận, không tính ngày tiếp nhận; nghỉ lễ 30/4 và 1/5 không tính.",
  postalReturn: false,
  electronicResult: false,
  receivedBy: "Trần Văn Đức",
};

export const SAMPLE_SUPPLEMENT: SupplementRequestData = {
  issuer: SAMPLE_ISSUER,
  source: "intake",
  reference: "LLO-02-260423-0003",
  issuedAt: new Date("2026-04-23T03:15:00Z"),
  applicant,
  procedureName: "Đăng ký khai sinh",
  missingDocuments: [
    "Giấy chứng sinh (bản chính)",
    "Văn bản ủy quyền có chứng thực (nếu người đi đăng ký không phải cha, mẹ)",
  ],
  reason: "Xin ông/bà bổ sung đủ giấy tờ trên và nộp lại tại Bộ phận Một cửa.",
  requestingOffice: null,
  resolvedAt: null,
  signer: "Trần Văn Đức",
};

export const SAMPLE_REFUSAL: RefusalData = {
  issuer: SAMPLE_ISSUER,
  number: "LLO-03-260423-0001",
  issuedAt: new Date("2026-04-23T04:00:00Z"),
  applicant,
  procedureName: "Cấp giấy phép xây dựng nhà ở riêng lẻ",
  reason:
    "Thủ tục thuộc thẩm quyền giải quyết của UBND thị xã Sơn Tây; đề nghị ông/bà nộp hồ sơ tại Trung tâm Phục vụ hành chính công thị xã.",
  signer: "Trần Văn Đức",
};

export const SAMPLE_APOLOGY: ApologyLetterData = {
  issuer: { ...SAMPLE_ISSUER, division: "Tư pháp - Hộ tịch" },
  number: "LLO-04-260504-001",
  final: true,
  kind: "LATE",
  code: "LLO-260423-0007",
  applicant,
  procedureName: "Đăng ký kết hôn",
  receivedAt: new Date("2026-04-23T02:30:00Z"),
  previousAppointmentAt: new Date("2026-05-04T10:00:00Z"),
  newAppointmentAt: new Date("2026-05-06T10:00:00Z"),
  reason: "Đang chờ kết quả xác minh tình trạng hôn nhân từ nơi cư trú trước đây của ông/bà.",
  issuedAt: new Date("2026-04-29T08:00:00Z"),
  officeName: "Tư pháp - Hộ tịch",
  officeKind: "DEPARTMENT",
  unitLevel: "COMMUNE",
  signer: "Nguyễn Văn Hải",
};

export const SAMPLE_CONTROL_SLIP: ControlSlipData = {
  issuer: SAMPLE_ISSUER,
  code: SAMPLE_RECEIPT.code,
  applicant,
  procedureName: SAMPLE_RECEIPT.procedure.name,
  receivedAt: SAMPLE_RECEIPT.receivedAt,
  appointmentAt: SAMPLE_RECEIPT.appointmentAt,
  printedAt: new Date("2026-04-27T08:00:00Z"),
  provisional: false,
  budgetOfProcedure: false,
  steps: [
    {
      step: "RECEPTION",
      fromOffice: "Bộ phận Một cửa",
      fromUser: "Trần Văn Đức",
      toOffice: "Tư pháp - Hộ tịch",
      toUser: "Lê Thị Mai",
      handedAt: new Date("2026-04-23T03:00:00Z"),
      dueAt: new Date("2026-04-23T06:15:00Z"),
      timeliness: "ON_TIME",
      note: null,
    },
    {
      step: "HANDLING",
      fromOffice: "Tư pháp - Hộ tịch",
      fromUser: "Lê Thị Mai",
      toOffice: "Lãnh đạo Tư pháp - Hộ tịch",
      toUser: "Nguyễn Văn Hải",
      handedAt: new Date("2026-04-24T09:00:00Z"),
      dueAt: new Date("2026-05-04T01:15:00Z"),
      timeliness: "EARLY",
      note: null,
    },
    {
      step: "REVIEW",
      fromOffice: "Lãnh đạo Tư pháp - Hộ tịch",
      fromUser: null,
      toOffice: "Lãnh đạo UBND phường Lê Lợi",
      toUser: null,
      handedAt: null,
      dueAt: new Date("2026-05-04T08:30:00Z"),
      timeliness: null,
      note: "Đang thực hiện",
    },
  ],
};

export const SAMPLE_BOOK: TrackingBookData = {
  issuer: SAMPLE_ISSUER,
  from: "2026-04-01",
  to: "2026-04-30",
  printedAt: new Date("2026-04-30T09:00:00Z"),
  dossiers: Array.from({ length: 15 }, (_, index) => ({
    code: `LLO-2604${String(10 + (index % 18)).padStart(2, "0")}-${String(index + 1).padStart(4, "0")}`,
    procedureName: index % 2 === 0 ? "Đăng ký kết hôn trong nước" : "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
    sets: 1,
    applicantName: index % 3 === 0 ? "Nguyễn Thị Hồng Nhung" : "Phùng Văn Quý",
    applicantAddress: "Số 12 phố Phó Đức Chính, phường Lê Lợi",
    applicantPhone: "0912345678",
    leadOffice: "Tư pháp - Hộ tịch",
    receivedAt: new Date(Date.UTC(2026, 3, 10 + (index % 18), 2)),
    appointmentAt: new Date(Date.UTC(2026, 3, 15 + (index % 12), 10)),
    transferredAt: new Date(Date.UTC(2026, 3, 10 + (index % 18), 4)),
    finishedAt: index % 4 === 0 ? null : new Date(Date.UTC(2026, 3, 14 + (index % 12), 8)),
    returnedAt: index % 3 === 0 ? null : new Date(Date.UTC(2026, 3, 15 + (index % 12), 9)),
    status: index % 4 === 0 ? "IN_PROCESSING" : index % 3 === 0 ? "RESULT_READY" : "RETURNED",
  })),
};
