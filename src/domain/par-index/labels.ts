// Labels of the PAR Index's vocabulary, in every interface language. Records keyed by the full unions and by every
// locale, so a new value or language without its label is a compile error.
import type { Locale } from "@/lib/locale";
import type { ParMetricKey } from "./metrics";
import type {
  ParCriterionKind,
  ParDeclared,
  ParEvaluationStatus,
  ParLevel,
  ParSection,
  ParSetStatus,
  ParUnitStatus,
  ParValueKind,
} from "./types";
import type { ParUnitAction } from "./workflow";

/** The types of a unit evaluation's history (ParEvent.type), as the services and the demo world write them. */
export const PAR_EVENT_TYPES = [
  "open",
  "delegate",
  "declare",
  "attach",
  "remove_file",
  "refresh",
  "allow_late",
  "submit",
  "appraise",
  "return",
  "finalise",
  "reopen",
  "publish",
] as const;
export type ParEventType = (typeof PAR_EVENT_TYPES)[number];

export interface ParMetricLabel {
  /** The figure's name. */
  name: string;
  /** How MotCua measures it. */
  measure: string;
}

export interface ParVocabulary {
  kind: Readonly<Record<ParCriterionKind, string>>;
  section: Readonly<Record<ParSection, string>>;
  valueKind: Readonly<Record<ParValueKind, string>>;
  level: Readonly<Record<ParLevel, string>>;
  setStatus: Readonly<Record<ParSetStatus, string>>;
  unitStatus: Readonly<Record<ParUnitStatus, string>>;
  evaluationStatus: Readonly<Record<ParEvaluationStatus, string>>;
  declared: Readonly<Record<ParDeclared, string>>;
  action: Readonly<Record<ParUnitAction, string>>;
  metric: Readonly<Record<ParMetricKey, ParMetricLabel>>;
  event: Readonly<Record<ParEventType, string>>;
}

export const PAR_LABELS: Readonly<Record<Locale, ParVocabulary>> = {
  vi: {
    kind: {
      GROUP: "Nhóm tiêu chí",
      MANUAL: "Tự đánh giá (có tài liệu kiểm chứng)",
      AUTOMATIC: "Tự động từ số liệu MotCua",
      SEMI_AUTOMATIC: "Bán tự động (MotCua đề xuất, cán bộ xác nhận)",
      SURVEY: "Điều tra xã hội học",
    },
    section: { MAIN: "Điểm đánh giá", BONUS: "Điểm thưởng", PENALTY: "Điểm trừ" },
    valueKind: { YES_NO: "Có / Không", NUMBER: "Số liệu", NONE: "Không kê khai" },
    level: { COMMUNE: "Cấp xã (xã, phường, đặc khu)", DEPARTMENT: "Cơ quan chuyên môn (sở, ban, ngành)" },
    setStatus: { DRAFT: "Đang soạn thảo", LOCKED: "Đã khóa (đã mở đợt đánh giá)" },
    unitStatus: {
      DRAFT: "Đang tự đánh giá",
      SUBMITTED: "Đã nộp, chờ thẩm định",
      RETURNED: "Được yêu cầu giải trình",
      FINALISED: "Đã chốt kết quả",
    },
    evaluationStatus: { OPEN: "Đang đánh giá", PUBLISHED: "Đã công bố kết quả" },
    declared: { YES: "Có", NO: "Không", NOT_APPLICABLE: "Không áp dụng" },
    action: {
      declare: "Kê khai",
      attach: "Đính kèm tài liệu kiểm chứng",
      submit: "Nộp kết quả tự đánh giá",
      return: "Yêu cầu giải trình",
      appraise: "Thẩm định",
      finalise: "Chốt kết quả",
      reopen: "Mở lại để điều chỉnh",
      publish: "Công bố kết quả",
    },
    event: {
      open: "Mở đợt đánh giá",
      delegate: "Giao người kê khai",
      declare: "Kê khai",
      attach: "Đính kèm tài liệu",
      remove_file: "Gỡ tài liệu",
      refresh: "Cập nhật số liệu MotCua",
      allow_late: "Cho phép nộp muộn",
      submit: "Nộp tự đánh giá",
      appraise: "Thẩm định",
      return: "Yêu cầu giải trình",
      finalise: "Chốt kết quả",
      reopen: "Mở lại",
      publish: "Công bố",
    },
    metric: {
      onTimeRate: {
        name: "Tỷ lệ hồ sơ giải quyết đúng hạn",
        measure:
          "Theo chỉ số 2.1 của QĐ 766: hồ sơ giải quyết đúng hoặc trước hạn trên hồ sơ đã giải quyết cộng hồ sơ đang giải quyết đã quá hạn vào cuối kỳ (%).",
      },
      apologyCompliance: {
        name: "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi",
        measure: "Số hồ sơ trễ hạn đã gửi thư xin lỗi đúng hạn trên tổng số hồ sơ trễ hạn trong kỳ (%).",
      },
      onlineShare: {
        name: "Tỷ lệ hồ sơ trực tuyến",
        measure: "Số hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận trong kỳ (%).",
      },
      fullOnlineShare: {
        name: "Tỷ lệ hồ sơ trực tuyến toàn trình",
        measure: "Số hồ sơ nộp trực tuyến toàn trình trên tổng số hồ sơ tiếp nhận trong kỳ (%).",
      },
      onlinePaymentShare: {
        name: "Tỷ lệ thanh toán trực tuyến",
        measure: "Số hồ sơ có phí, lệ phí được thanh toán trực tuyến trên tổng số hồ sơ có phí, lệ phí (%).",
      },
      digitisationShare: {
        name: "Tỷ lệ số hóa hồ sơ",
        measure: "Số hồ sơ được số hóa thành phần khi tiếp nhận trên tổng số hồ sơ tiếp nhận (%).",
      },
      eResultShare: {
        name: "Tỷ lệ cấp kết quả điện tử",
        measure: "Số hồ sơ có kết quả giải quyết điện tử trên tổng số hồ sơ đã có kết quả (%).",
      },
      feedbackOnTime: {
        name: "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn",
        measure: "Số phản ánh, kiến nghị về thủ tục hành chính được xử lý đúng hạn trên tổng số đã xử lý (%).",
      },
      decision766Score: {
        name: "Điểm Bộ chỉ số theo Quyết định 766",
        measure: "Điểm của đơn vị trên thang 100 theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ.",
      },
      sipas: {
        name: "Chỉ số hài lòng (SIPAS)",
        measure: "Tỷ lệ đánh giá hài lòng và rất hài lòng của người dân, tổ chức trên MotCua trong kỳ (%).",
      },
    },
  },
  en: {
    kind: {
      GROUP: "Group of criteria",
      MANUAL: "Self-assessed (with evidence)",
      AUTOMATIC: "Automatic from MotCua figures",
      SEMI_AUTOMATIC: "Semi-automatic (MotCua proposes, an officer confirms)",
      SURVEY: "Satisfaction survey",
    },
    section: { MAIN: "Assessment points", BONUS: "Bonus points", PENALTY: "Penalty points" },
    valueKind: { YES_NO: "Yes / No", NUMBER: "Number", NONE: "Nothing to declare" },
    level: { COMMUNE: "Communes and wards", DEPARTMENT: "Departments" },
    setStatus: { DRAFT: "Draft", LOCKED: "Locked (an evaluation is open)" },
    unitStatus: {
      DRAFT: "Self-assessment in progress",
      SUBMITTED: "Submitted, awaiting appraisal",
      RETURNED: "Asked for clarification",
      FINALISED: "Result finalised",
    },
    evaluationStatus: { OPEN: "Evaluation open", PUBLISHED: "Results published" },
    declared: { YES: "Yes", NO: "No", NOT_APPLICABLE: "Not applicable" },
    action: {
      declare: "Declare",
      attach: "Attach evidence",
      submit: "Submit the self-assessment",
      return: "Ask for clarification",
      appraise: "Appraise",
      finalise: "Finalise the result",
      reopen: "Reopen for correction",
      publish: "Publish the results",
    },
    event: {
      open: "Evaluation opened",
      delegate: "Delegate named",
      declare: "Declared",
      attach: "Evidence attached",
      remove_file: "Evidence removed",
      refresh: "MotCua figures refreshed",
      allow_late: "Late submission allowed",
      submit: "Self-assessment submitted",
      appraise: "Appraised",
      return: "Sent back for clarification",
      finalise: "Finalised",
      reopen: "Reopened",
      publish: "Published",
    },
    metric: {
      onTimeRate: {
        name: "Dossiers resolved on time",
        measure:
          "As Decision 766 indicator 2.1: dossiers resolved on or before their appointment over those resolved plus those still pending past their appointment at the end of the period (%).",
      },
      apologyCompliance: {
        name: "Late dossiers with an apology letter",
        measure: "Late dossiers whose apology letter was sent in time over all late dossiers in the period (%).",
      },
      onlineShare: {
        name: "Online dossiers",
        measure: "Dossiers received online over all dossiers received in the period (%).",
      },
      fullOnlineShare: {
        name: "Fully online dossiers",
        measure: "Dossiers submitted fully online over all dossiers received in the period (%).",
      },
      onlinePaymentShare: {
        name: "Online payments",
        measure: "Fee-bearing dossiers paid online over all fee-bearing dossiers (%).",
      },
      digitisationShare: {
        name: "Digitised dossiers",
        measure: "Dossiers whose components were digitised at intake over all dossiers received (%).",
      },
      eResultShare: {
        name: "Electronic results",
        measure: "Dossiers with an electronic result over all dossiers with a result (%).",
      },
      feedbackOnTime: {
        name: "Feedback handled on time",
        measure: "Feedback about procedures handled on time over all feedback handled (%).",
      },
      decision766Score: {
        name: "Decision 766 score",
        measure: "The unit's score out of 100 on the Decision 766 service-quality scorecard.",
      },
      sipas: {
        name: "Satisfaction index (SIPAS)",
        measure: "Share of satisfied and very satisfied ratings by citizens and organisations on MotCua (%).",
      },
    },
  },
};

export function parLabelsFor(locale: Locale): ParVocabulary {
  return PAR_LABELS[locale];
}

/** The label of a history row's type; null for a type this code does not know. */
export function parEventLabel(type: string, locale: Locale): string | null {
  return (PAR_EVENT_TYPES as readonly string[]).includes(type) ? PAR_LABELS[locale].event[type as ParEventType] : null;
}
