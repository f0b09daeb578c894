// Labels of the feedback vocabulary in every interface language (no enum name reaches a screen).
import type { Locale } from "@/lib/locale";
import type { StageVerdict } from "./deadlines";
import type { FeedbackAction, FeedbackCategory, FeedbackChannel, FeedbackStatus, FeedbackVerdict } from "./types";

export interface FeedbackVocabulary {
  status: Readonly<Record<FeedbackStatus, string>>;
  category: Readonly<Record<FeedbackCategory, string>>;
  channel: Readonly<Record<FeedbackChannel, string>>;
  verdict: Readonly<Record<FeedbackVerdict, string>>;
  /** History rows. */
  event: Readonly<Record<FeedbackAction, string>>;
  stage: Readonly<Record<StageVerdict, string>>;
}

const vi: FeedbackVocabulary = {
  status: {
    RECEIVED: "Đã tiếp nhận",
    REFUSED: "Từ chối tiếp nhận",
    NEEDS_INFO: "Cần bổ sung thông tin",
    ANSWERED: "Đã có câu trả lời",
    PUBLISHED: "Đã công khai câu trả lời",
    CLOSED: "Đã kết thúc",
  },
  category: {
    REGULATION: "Quy định hành chính",
    PROCEDURE: "Thủ tục hành chính",
    STAFF_CONDUCT: "Hành vi, thái độ của cán bộ",
    OTHER: "Nội dung khác",
  },
  channel: { WEB: "Cổng dịch vụ công", DESK: "Trực tiếp tại Bộ phận Một cửa", HOTLINE: "Đường dây nóng" },
  verdict: { SATISFIED: "Hài lòng", DISSATISFIED: "Không hài lòng" },
  event: {
    submit: "Gửi phản ánh, kiến nghị",
    classify: "Phân loại",
    assign_office: "Giao phòng, ban chịu trách nhiệm",
    refuse: "Từ chối tiếp nhận",
    request_info: "Đề nghị bổ sung thông tin",
    supply_info: "Bổ sung thông tin",
    answer: "Trả lời",
    publish: "Công khai câu trả lời",
    close: "Kết thúc",
    verdict: "Đánh giá của người phản ánh",
  },
  stage: {
    on_time: "Đúng hạn",
    late: "Trễ hạn",
    pending: "Trong hạn",
    overdue: "Quá hạn",
    not_applicable: "—",
  },
};

const en: FeedbackVocabulary = {
  status: {
    RECEIVED: "Received",
    REFUSED: "Refused",
    NEEDS_INFO: "More information needed",
    ANSWERED: "Answered",
    PUBLISHED: "Answer published",
    CLOSED: "Closed",
  },
  category: {
    REGULATION: "Administrative regulation",
    PROCEDURE: "Administrative procedure",
    STAFF_CONDUCT: "Staff conduct",
    OTHER: "Other",
  },
  channel: { WEB: "Public portal", DESK: "At the one-stop desk", HOTLINE: "Hotline" },
  verdict: { SATISFIED: "Satisfied", DISSATISFIED: "Not satisfied" },
  event: {
    submit: "Feedback sent",
    classify: "Classified",
    assign_office: "Responsible office assigned",
    refuse: "Refused",
    request_info: "More information requested",
    supply_info: "Information supplied",
    answer: "Answered",
    publish: "Answer published",
    close: "Closed",
    verdict: "Sender's verdict",
  },
  stage: { on_time: "On time", late: "Late", pending: "Within deadline", overdue: "Overdue", not_applicable: "—" },
};

const VOCABULARIES: Readonly<Record<Locale, FeedbackVocabulary>> = { vi, en };

export const feedbackLabelsFor = (locale: Locale): FeedbackVocabulary => VOCABULARIES[locale];
export const FEEDBACK_LABELS_VI = vi;
