// The standard questionnaires a province starts with (reference data, docs/satisfaction.md). The migration
// prisma/migrations/20261207120000_satisfaction_ratings inserts exactly these rows (a test compares them), and the
// demo world re-inserts them after emptying the database. Ids are fixed so both paths write the same rows.
//
// Factor codes F1–F5 mean the same five SIPAS factors in every questionnaire (QĐ 2640/QĐ-BNV, 2017), so indices of
// different questionnaires and versions line up by factor. Wording of the 2017 criteria follows the published
// framework's structure (4 + 5 + 6 + 3 + 4); the exact official wording is not confirmed [?] (../shared/SATISFACTION.md).

export type QuestionnaireKindCode = "SIPAS_2017" | "SERVICE_19" | "COUNTER_SHORT";

export type StandardCriterion = { code: string; text: string };
export type StandardFactor = { code: "F1" | "F2" | "F3" | "F4" | "F5"; name: string; criteria: StandardCriterion[] };
export type StandardQuestionnaire = {
  id: string;
  code: string;
  name: string;
  kind: QuestionnaireKindCode;
  description: string;
  version: {
    id: string;
    basis: string;
    /** yyyy-MM-dd, the first day in force. */
    effectiveFrom: string;
    asksOverall: boolean;
    reasons: string[];
    factors: StandardFactor[];
  };
};

/** The five SIPAS factors (QĐ 2640/QĐ-BNV). */
export const SIPAS_FACTORS = {
  F1: "Tiếp cận dịch vụ",
  F2: "Thủ tục hành chính",
  F3: "Công chức trực tiếp giải quyết công việc",
  F4: "Kết quả giải quyết thủ tục hành chính",
  F5: "Tiếp nhận, xử lý phản ánh, kiến nghị",
} as const;

export const STANDARD_QUESTIONNAIRES: readonly StandardQuestionnaire[] = [
  {
    id: "qn-sipas-2017",
    code: "SIPAS-2017",
    name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS 2017)",
    kind: "SIPAS_2017",
    description: "Khung đo lường của Bộ Nội vụ: 5 yếu tố, 22 tiêu chí, thang 5 mức.",
    version: {
      id: "qv-sipas-2017-1",
      basis: "Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ trưởng Bộ Nội vụ",
      effectiveFrom: "2017-10-10",
      asksOverall: false,
      reasons: [],
      factors: [
        {
          code: "F1",
          name: SIPAS_FACTORS.F1,
          criteria: [
            { code: "1.1", text: "Nơi ngồi chờ tại bộ phận một cửa có đủ chỗ ngồi" },
            { code: "1.2", text: "Trang thiết bị phục vụ người dân, tổ chức đầy đủ" },
            { code: "1.3", text: "Trang thiết bị phục vụ người dân, tổ chức hiện đại" },
            { code: "1.4", text: "Trang thiết bị phục vụ người dân, tổ chức dễ sử dụng" },
          ],
        },
        {
          code: "F2",
          name: SIPAS_FACTORS.F2,
          criteria: [
            { code: "2.1", text: "Thủ tục hành chính được niêm yết công khai đầy đủ" },
            { code: "2.2", text: "Thủ tục hành chính được niêm yết công khai chính xác" },
            { code: "2.3", text: "Thành phần hồ sơ phải nộp đúng quy định" },
            { code: "2.4", text: "Phí, lệ phí phải nộp đúng quy định" },
            { code: "2.5", text: "Thời hạn giải quyết đúng quy định" },
          ],
        },
        {
          code: "F3",
          name: SIPAS_FACTORS.F3,
          criteria: [
            { code: "3.1", text: "Công chức có thái độ giao tiếp lịch sự" },
            { code: "3.2", text: "Công chức chú ý lắng nghe ý kiến của người dân, tổ chức" },
            { code: "3.3", text: "Công chức trả lời, giải thích đầy đủ các ý kiến của người dân, tổ chức" },
            { code: "3.4", text: "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo" },
            { code: "3.5", text: "Công chức hướng dẫn kê khai hồ sơ dễ hiểu" },
            { code: "3.6", text: "Công chức tuân thủ đúng quy định trong giải quyết công việc" },
          ],
        },
        {
          code: "F4",
          name: SIPAS_FACTORS.F4,
          criteria: [
            { code: "4.1", text: "Kết quả đúng quy định" },
            { code: "4.2", text: "Kết quả có thông tin đầy đủ" },
            { code: "4.3", text: "Kết quả có thông tin chính xác" },
          ],
        },
        {
          code: "F5",
          name: SIPAS_FACTORS.F5,
          criteria: [
            { code: "5.1", text: "Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị" },
            { code: "5.2", text: "Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị" },
            { code: "5.3", text: "Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị" },
            { code: "5.4", text: "Cơ quan thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời" },
          ],
        },
      ],
    },
  },
  {
    id: "qn-service-19",
    code: "DICH-VU-19",
    name: "Phiếu đánh giá mức độ hài lòng (19 tiêu chí)",
    kind: "SERVICE_19",
    description: "Phiếu 19 tiêu chí về dịch vụ hành chính công, thang 5 mức từ Rất không hài lòng đến Rất hài lòng.",
    version: {
      id: "qv-service-19-1",
      basis: "Mẫu phiếu khảo sát sự hài lòng đang áp dụng (bản sao mẫu phiếu, chưa đối chiếu văn bản gốc)",
      effectiveFrom: "2022-01-01",
      asksOverall: false,
      reasons: [],
      factors: [
        {
          code: "F1",
          name: SIPAS_FACTORS.F1,
          criteria: [
            { code: "1.1", text: "Thông tin về thủ tục được cung cấp bằng nhiều hình thức, dễ tiếp cận" },
            { code: "1.2", text: "Biển chỉ dẫn, hướng dẫn tại nơi làm thủ tục rõ ràng" },
            { code: "1.3", text: "Nơi làm thủ tục sạch sẽ, thoáng mát" },
            { code: "1.4", text: "Trang thiết bị phục vụ đầy đủ, hoạt động tốt" },
          ],
        },
        {
          code: "F2",
          name: SIPAS_FACTORS.F2,
          criteria: [
            { code: "2.1", text: "Thủ tục được niêm yết công khai, dễ thấy, dễ hiểu" },
            { code: "2.2", text: "Thành phần hồ sơ phải nộp đúng quy định" },
            { code: "2.3", text: "Phí, lệ phí phải nộp đúng quy định" },
            { code: "2.4", text: "Thời hạn giải quyết đúng quy định" },
          ],
        },
        {
          code: "F3",
          name: SIPAS_FACTORS.F3,
          criteria: [
            { code: "3.1", text: "Công chức lịch sự, tôn trọng người dân" },
            { code: "3.2", text: "Công chức trả lời, giải thích kịp thời, đầy đủ" },
            { code: "3.3", text: "Hướng dẫn của công chức giúp hoàn thiện hồ sơ trong một lần" },
            { code: "3.4", text: "Công chức tuân thủ đúng quy định" },
            { code: "3.5", text: "Công chức tận tụy, có trách nhiệm" },
          ],
        },
        {
          code: "F4",
          name: SIPAS_FACTORS.F4,
          criteria: [
            { code: "4.1", text: "Nhận kết quả đúng hẹn" },
            { code: "4.2", text: "Kết quả đầy đủ, chính xác" },
            { code: "4.3", text: "Kết quả công bằng, khách quan" },
          ],
        },
        {
          code: "F5",
          name: SIPAS_FACTORS.F5,
          criteria: [
            { code: "5.1", text: "Có kênh tiếp nhận phản ánh, kiến nghị, dễ sử dụng" },
            { code: "5.2", text: "Phản ánh, kiến nghị được xử lý đúng quy định" },
            { code: "5.3", text: "Kết quả xử lý phản ánh, kiến nghị được thông báo kịp thời" },
          ],
        },
      ],
    },
  },
  {
    id: "qn-counter-short",
    code: "NGAN-TAI-QUAY",
    name: "Phiếu đánh giá nhanh (tại quầy, mã QR)",
    kind: "COUNTER_SHORT",
    description: "Số sao chung và 4 tiêu chí; hỏi lý do khi chấm từ 3 sao trở xuống.",
    version: {
      id: "qv-counter-short-1",
      basis: "Do tỉnh ban hành để đánh giá nhanh tại quầy và qua mã QR trên giấy tiếp nhận",
      effectiveFrom: "2025-07-01",
      asksOverall: true,
      reasons: [
        "Phải chờ lâu",
        "Hướng dẫn chưa rõ, phải đi lại nhiều lần",
        "Thái độ chưa đúng mực",
        "Trả kết quả trễ hẹn",
        "Thu thêm giấy tờ hoặc phí ngoài quy định",
      ],
      factors: [
        {
          code: "F2",
          name: SIPAS_FACTORS.F2,
          criteria: [{ code: "2.1", text: "Giấy tờ và phí, lệ phí đúng như được niêm yết" }],
        },
        {
          code: "F3",
          name: SIPAS_FACTORS.F3,
          criteria: [
            { code: "3.1", text: "Công chức lịch sự, tôn trọng" },
            { code: "3.2", text: "Hướng dẫn rõ ràng, làm xong trong một lần" },
          ],
        },
        {
          code: "F4",
          name: SIPAS_FACTORS.F4,
          criteria: [{ code: "4.1", text: "Nhận kết quả đúng hẹn, đầy đủ, chính xác" }],
        },
      ],
    },
  },
];

/** The id a standard questionnaire's factor or criterion has in the database. */
export const standardFactorId = (versionId: string, factorCode: string) => `${versionId}-${factorCode}`;
export const standardCriterionId = (versionId: string, criterionCode: string) => `${versionId}-c${criterionCode}`;
