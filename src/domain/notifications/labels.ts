// What each notification template is, in words (the outbox's "Loại" column), Vietnamese and English side by side.
// Keyed by NOTIFICATION_TEMPLATES, so a new template without a label does not compile.
import type { Locale } from "@/lib/locale";
import type { NotificationTemplate } from "./templates";

const TEMPLATE_LABELS: Readonly<Record<Locale, Readonly<Record<NotificationTemplate, string>>>> = {
  vi: {
    "dossier.received": "Đã tiếp nhận hồ sơ",
    "dossier.supplement_needed": "Cần bổ sung hồ sơ",
    "dossier.rescheduled": "Xin lỗi, hẹn lại",
    "dossier.result_ready": "Đã có kết quả",
    "dossier.registered_online": "Đã đăng ký hồ sơ trực tuyến",
    "contact.code": "Mã xác thực liên hệ",
    "dossier.payment_received": "Đã nhận thanh toán",
    "dossier.intake_supplement": "Đề nghị bổ sung trước khi tiếp nhận",
    "dossier.intake_refused": "Từ chối tiếp nhận hồ sơ",
    "dossier.supplement_answered": "Đã nhận hồ sơ bổ sung",
    "staff.apology_due": "Cảnh báo cần xin lỗi",
    "staff.daily_digest": "Tổng hợp hằng ngày",
    "feedback.info_needed": "Đề nghị bổ sung thông tin phản ánh",
    "feedback.answered": "Trả lời phản ánh, kiến nghị",
  },
  en: {
    "dossier.received": "Dossier received",
    "dossier.supplement_needed": "Supplement needed",
    "dossier.rescheduled": "Apology, new date",
    "dossier.result_ready": "Result ready",
    "dossier.registered_online": "Registered online",
    "contact.code": "Contact verification code",
    "dossier.payment_received": "Payment received",
    "dossier.intake_supplement": "Supplement requested before intake",
    "dossier.intake_refused": "Intake refused",
    "dossier.supplement_answered": "Supplement received",
    "staff.apology_due": "Apology due alert",
    "staff.daily_digest": "Daily digest",
    "feedback.info_needed": "Feedback: more information needed",
    "feedback.answered": "Feedback answered",
  },
};

const isTemplate = (value: string, locale: Locale): value is NotificationTemplate => value in TEMPLATE_LABELS[locale];

/** The template's name in words; a template no longer known (an old row) shows as stored. */
export const notificationTemplateLabel = (template: string, locale: Locale): string =>
  isTemplate(template, locale) ? TEMPLATE_LABELS[locale][template] : template;
