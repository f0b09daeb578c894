// Thông báo gửi công dân và cán bộ: texts for e-mail and SMS, in polite plain Vietnamese ("4 xin, 4 luôn").
// Pure: the caller passes plain data; nothing here reads a database or the clock. Personal data rule (Nghị định
// 13/2023): a message names the applicant only by the masked name (the mask is applied here, so a caller cannot
// forget it) and never carries the ID number or the address — the data types below have no field for them.
import type { ApplicantKind } from "@/domain/dossier";
import { maskApplicantName } from "@/domain/tracking/public-view";
import { formatDate, formatDateTime, formatTime } from "@/lib/dates";
import { fitSms } from "./sms";

export type NotificationLocale = "vi" | "en";

/** Template keys, stored in Notification.template. */
export const NOTIFICATION_TEMPLATES = [
  "dossier.received",
  "dossier.supplement_needed",
  "dossier.rescheduled",
  "dossier.result_ready",
  "dossier.registered_online",
  "contact.code",
  "dossier.payment_received",
  "dossier.intake_supplement",
  "dossier.intake_refused",
  "dossier.supplement_answered",
  "staff.apology_due",
  "staff.daily_digest",
  "feedback.info_needed",
  "feedback.answered",
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/** What every applicant message needs to name the dossier and link to the public tracking page. */
export interface ApplicantDossierData {
  applicantKind: ApplicantKind;
  /** Full name; only its masked form reaches the text. */
  applicantName: string;
  code: string;
  procedureName: string;
  /** Receiving unit, for the signature, e.g. "Phường Trung Hưng". */
  unitName: string;
  /** Public address of the portal (APP_URL). */
  appUrl: string;
  /** Second factor printed on the receipt; the link carries it so one tap opens the dossier. */
  trackingKey: string;
}

/** hình thức trả kết quả */
export type ReturnMethod = "DESK" | "POST" | "ONLINE";

export interface DigestBucket {
  count: number;
  /** Dossier codes, most urgent first; at most DIGEST_MAX_CODES are shown. */
  codes: string[];
}

export interface TemplateData {
  "dossier.received": ApplicantDossierData & { appointmentAt: Date | null };
  "dossier.supplement_needed": ApplicantDossierData & { reason: string; officeName: string | null };
  "dossier.rescheduled": ApplicantDossierData & { previousAppointmentAt: Date; newAppointmentAt: Date; reason: string };
  /** ratingUrl: the signed rating page (/danh-gia/<token>, channel NOTIFICATION_LINK), usable once returned. */
  "dossier.result_ready": ApplicantDossierData & { returnMethod: ReturnMethod; ratingUrl?: string };
  /** Online registration: not received yet; the desk answers by intakeDueAt. */
  "dossier.registered_online": ApplicantDossierData & { intakeDueAt: Date | null };
  /** A one-time code proving a phone or an e-mail address (no dossier, no name). */
  "contact.code": { code: string; ttlMinutes: number; appUrl: string };
  /** Phí, lệ phí received (src/server/payments): the amount, and whether the desk receives the dossier next. */
  "dossier.payment_received": ApplicantDossierData & { amount: number; awaitingIntake: boolean };
  /** Online intake, before receipt: form 02 delivered online; the citizen uploads on the tracking page. */
  "dossier.intake_supplement": ApplicantDossierData & { noticeNumber: string; items: string[] };
  /** Online intake: form 03, not received, with the reasons. */
  "dossier.intake_refused": ApplicantDossierData & { noticeNumber: string; reason: string };
  /** The citizen's supplement arrived: back in the desk's queue, answered by intakeDueAt. */
  "dossier.supplement_answered": ApplicantDossierData & { intakeDueAt: Date | null };
  /** Phản ánh, kiến nghị (src/server/feedback): the office asks for more information; the answer, once published. */
  "feedback.info_needed": FeedbackMessageData & { request: string };
  "feedback.answered": FeedbackMessageData & { answer: string };
  "staff.apology_due": {
    recipientName: string;
    officeName: string;
    code: string;
    procedureName: string;
    appointmentAt: Date;
    /** Latest moment to issue form 04 (1 working day before the appointment). */
    apologyDueBy: Date;
    appUrl: string;
  };
  "staff.daily_digest": {
    recipientName: string;
    officeName: string;
    date: Date;
    dueSoon: DigestBucket;
    overdue: DigestBucket;
    apologyDue: DigestBucket;
    appUrl: string;
  };
}

/** A feedback item's message: no name, the code and the link to its tracking page (the verified contact opens it). */
export interface FeedbackMessageData {
  code: string;
  unitName: string;
  appUrl: string;
}

/** The public tracking page of a feedback item. */
export const feedbackTrackingUrl = (appUrl: string, code: string) =>
  `${trimSlash(appUrl)}/phan-anh-kien-nghi/tra-cuu?ma=${encodeURIComponent(code)}`;

export interface RenderedNotification {
  /** E-mail subject. */
  subject: string;
  /** E-mail body, plain text. */
  body: string;
  /** SMS text, at most SMS_MAX_UNITS UTF-16 units (two UCS-2 segments). */
  sms: string;
}

export const DIGEST_MAX_CODES = 10;

const trimSlash = (url: string) => url.replace(/\/+$/u, "");

/** Link to the public tracking page with both factors, as the receipt's QR code carries them. */
export function trackingUrl(appUrl: string, code: string, trackingKey: string): string {
  return `${trimSlash(appUrl)}/tra-cuu?ma=${encodeURIComponent(code)}&xac-thuc=${encodeURIComponent(trackingKey)}`;
}

/** The apology letters section of the tracking page. */
export const apologyUrl = (appUrl: string, code: string, trackingKey: string) =>
  `${trackingUrl(appUrl, code, trackingKey)}#xin-loi`;

const withoutScheme = (url: string) => url.replace(/^https?:\/\//u, "");

function greeting(data: ApplicantDossierData, locale: NotificationLocale): string {
  const masked = maskApplicantName(data.applicantKind, data.applicantName);
  if (locale === "en") return `Dear ${masked},`;
  return data.applicantKind === "ORGANISATION" ? `Xin chào Quý tổ chức ${masked},` : `Xin chào ông/bà ${masked},`;
}

function signature(data: { unitName: string }, locale: NotificationLocale): string {
  return locale === "en"
    ? `Thank you.\nOne-stop desk — ${data.unitName}\n\n(This is an automatic message; please do not reply.)`
    : `Xin cảm ơn ông/bà.\nBộ phận Một cửa — ${data.unitName}\n\n(Đây là thư tự động, xin ông/bà vui lòng không trả lời thư này.)`;
}

const lines = (...parts: (string | false | null | undefined)[]) =>
  parts.filter((part): part is string => typeof part === "string").join("\n");

type Renderer<T extends NotificationTemplate> = (
  data: TemplateData[T],
  locale: NotificationLocale,
) => RenderedNotification;

const renderers: { [T in NotificationTemplate]: Renderer<T> } = {
  "dossier.payment_received": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    const amount = data.amount.toLocaleString(locale === "en" ? "en-US" : "vi-VN");
    if (locale === "en") {
      return {
        subject: `Dossier ${data.code}: payment received`,
        body: lines(
          greeting(data, locale),
          "",
          `We have received your payment of ${amount} VND for dossier ${data.code} ("${data.procedureName}").`,
          data.awaitingIntake ? "The one-stop desk will now check and receive your dossier." : null,
          `Track it at: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Payment of ${amount} VND for dossier ${data.code} received. ${link}`,
          `Payment of ${amount} VND for dossier ${data.code} received. ${withoutScheme(link)}`,
          `Payment of ${amount} VND for dossier ${data.code} received.`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code}: đã nhận thanh toán phí, lệ phí`,
      body: lines(
        greeting(data, locale),
        "",
        `Bộ phận Một cửa xin thông báo: đã nhận khoản thanh toán ${amount} đồng phí, lệ phí của hồ sơ ${data.code} ("${data.procedureName}").`,
        data.awaitingIntake ? "Bộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ của ông/bà." : null,
        `Ông/bà có thể theo dõi hồ sơ tại: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Đã nhận thanh toán ${amount} đ cho hồ sơ ${data.code}. Tra cứu: ${link}`,
        `Đã nhận thanh toán ${amount} đ cho hồ sơ ${data.code}. Tra cứu: ${withoutScheme(link)}`,
        `Đã nhận thanh toán ${amount} đ cho hồ sơ ${data.code}. Xin cảm ơn!`,
      ]),
    };
  },

  "dossier.received": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    const day = data.appointmentAt ? formatDate(data.appointmentAt) : null;
    if (locale === "en") {
      return {
        subject: `Dossier ${data.code} has been received`,
        body: lines(
          greeting(data, locale),
          "",
          `Your dossier for "${data.procedureName}" has been received with code ${data.code}.`,
          data.appointmentAt
            ? `Result expected: ${formatTime(data.appointmentAt)} on ${formatDate(data.appointmentAt)}.`
            : null,
          `Track it at: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Dossier ${data.code} received${day ? `, result on ${day}` : ""}. Track: ${link}`,
          `Dossier ${data.code} received${day ? `, result on ${day}` : ""}. Track: ${withoutScheme(link)}`,
          `Dossier ${data.code} received${day ? `, result on ${day}` : ""}. Tracking key: ${data.trackingKey}`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code} đã được tiếp nhận`,
      body: lines(
        greeting(data, locale),
        "",
        `Bộ phận Một cửa xin thông báo: hồ sơ "${data.procedureName}" của ông/bà đã được tiếp nhận, mã hồ sơ ${data.code}.`,
        data.appointmentAt
          ? `Ngày hẹn trả kết quả: ${formatTime(data.appointmentAt)} ngày ${formatDate(data.appointmentAt)}.`
          : null,
        `Ông/bà có thể theo dõi tình hình giải quyết hồ sơ tại: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Hồ sơ ${data.code} đã được tiếp nhận${day ? `, hẹn trả ${day}` : ""}. Tra cứu: ${link}`,
        // the link already carries the code
        `Hồ sơ đã được tiếp nhận${day ? `, hẹn trả ${day}` : ""}. Xin cảm ơn! Tra cứu: ${link}`,
        `Hồ sơ đã được tiếp nhận${day ? `, hẹn trả ${day}` : ""}. Tra cứu: ${link}`,
        `Hồ sơ đã được tiếp nhận${day ? `, hẹn trả ${day}` : ""}. Tra cứu: ${withoutScheme(link)}`,
        `Hồ sơ ${data.code} đã được tiếp nhận${day ? `, hẹn trả ${day}` : ""}. Mã tra cứu: ${data.trackingKey}. Xin cảm ơn!`,
      ]),
    };
  },

  "dossier.supplement_needed": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    if (locale === "en") {
      return {
        subject: `Dossier ${data.code}: additional documents needed`,
        body: lines(
          greeting(data, locale),
          "",
          `We are sorry: to continue handling your dossier ${data.code} ("${data.procedureName}"), ${data.officeName ?? "the handling office"} needs additional documents.`,
          `Reason: ${data.reason}`,
          "The processing time is paused until the documents arrive; the time already spent still counts.",
          "Please bring them to the one-stop desk.",
          `Details: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Sorry, dossier ${data.code} needs additional documents. Details: ${link}`,
          `Sorry, dossier ${data.code} needs additional documents. Details: ${withoutScheme(link)}`,
          `Sorry, dossier ${data.code} needs additional documents. Please contact the one-stop desk.`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code}: xin ông/bà vui lòng bổ sung giấy tờ`,
      body: lines(
        greeting(data, locale),
        "",
        `Xin lỗi ông/bà vì sự bất tiện này: để tiếp tục giải quyết hồ sơ ${data.code} ("${data.procedureName}"), ${data.officeName ?? "phòng chuyên môn"} cần ông/bà bổ sung, hoàn thiện giấy tờ.`,
        `Nội dung cần bổ sung: ${data.reason}`,
        "Thời hạn giải quyết tạm dừng trong thời gian chờ bổ sung và được tính tiếp khi nhận đủ giấy tờ (thời gian đã giải quyết vẫn được giữ).",
        "Xin ông/bà vui lòng mang giấy tờ bổ sung đến Bộ phận Một cửa.",
        `Chi tiết: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Xin lỗi ông/bà, hồ sơ ${data.code} cần bổ sung giấy tờ. Xin vui lòng xem chi tiết: ${link}`,
        `Xin lỗi ông/bà, hồ sơ cần bổ sung giấy tờ. Xin vui lòng xem chi tiết: ${link}`,
        `Hồ sơ cần bổ sung giấy tờ. Chi tiết: ${link}`,
        `Hồ sơ cần bổ sung giấy tờ. Chi tiết: ${withoutScheme(link)}`,
        `Xin lỗi ông/bà, hồ sơ ${data.code} cần bổ sung giấy tờ. Xin vui lòng liên hệ Bộ phận Một cửa. Xin cảm ơn!`,
      ]),
    };
  },

  "dossier.rescheduled": (data, locale) => {
    const link = apologyUrl(data.appUrl, data.code, data.trackingKey);
    const newDay = formatDate(data.newAppointmentAt);
    if (locale === "en") {
      return {
        subject: `Dossier ${data.code}: our apology and a new appointment`,
        body: lines(
          greeting(data, locale),
          "",
          `We sincerely apologise: your dossier ${data.code} ("${data.procedureName}") cannot be completed by ${formatDate(data.previousAppointmentAt)} as promised.`,
          `Reason: ${data.reason}`,
          `New appointment: ${formatTime(data.newAppointmentAt)} on ${newDay}.`,
          `Read the apology letter: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `We apologise: dossier ${data.code} is delayed, new date ${newDay}. Letter: ${link}`,
          `We apologise: dossier ${data.code} is delayed, new date ${newDay}. Letter: ${withoutScheme(link)}`,
          `We apologise: dossier ${data.code} is delayed, new appointment ${newDay}.`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code}: thư xin lỗi và hẹn lại ngày trả kết quả`,
      body: lines(
        greeting(data, locale),
        "",
        `Chúng tôi thành thật xin lỗi ông/bà: hồ sơ ${data.code} ("${data.procedureName}") chưa thể trả kết quả đúng hẹn ngày ${formatDate(data.previousAppointmentAt)}.`,
        `Lý do: ${data.reason}`,
        `Ngày hẹn trả kết quả mới: ${formatTime(data.newAppointmentAt)} ngày ${newDay}.`,
        `Ông/bà có thể xem phiếu xin lỗi và hẹn lại ngày trả kết quả tại: ${link}`,
        "Rất mong ông/bà thông cảm.",
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Xin lỗi ông/bà, hồ sơ ${data.code} chậm trả kết quả, xin hẹn lại ngày ${newDay}. Phiếu xin lỗi: ${link}`,
        `Xin lỗi ông/bà, hồ sơ chậm trả kết quả, xin hẹn lại ngày ${newDay}. Phiếu xin lỗi: ${link}`,
        `Xin lỗi ông/bà, hồ sơ xin hẹn lại ngày ${newDay}. Chi tiết: ${link}`,
        `Xin lỗi ông/bà, hồ sơ xin hẹn lại ngày ${newDay}. Chi tiết: ${withoutScheme(link)}`,
        `Xin lỗi ông/bà, hồ sơ ${data.code} chậm trả kết quả, xin hẹn lại ngày ${newDay}. Rất mong ông/bà thông cảm.`,
      ]),
    };
  },

  "dossier.result_ready": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    if (locale === "en") {
      const how = {
        DESK: `Please collect it at the one-stop desk of ${data.unitName}, bringing your appointment slip.`,
        POST: "It will be sent to you by post.",
        ONLINE: "The electronic result is available on the tracking page.",
      }[data.returnMethod];
      return {
        subject: `Dossier ${data.code}: the result is ready`,
        body: lines(
          greeting(data, locale),
          "",
          `The result of your dossier ${data.code} ("${data.procedureName}") is ready.`,
          how,
          `Details: ${link}`,
          ...(data.ratingUrl
            ? ["", `After receiving the result, please tell us how satisfied you are: ${data.ratingUrl}`]
            : []),
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `The result of dossier ${data.code} is ready. ${how} ${link}`,
          `The result of dossier ${data.code} is ready. ${withoutScheme(link)}`,
          `The result of dossier ${data.code} is ready.`,
        ]),
      };
    }
    const how = {
      DESK: `Xin mời ông/bà đến Bộ phận Một cửa ${data.unitName} nhận kết quả, vui lòng mang theo phiếu hẹn.`,
      POST: "Kết quả sẽ được gửi đến ông/bà qua bưu chính công ích.",
      ONLINE: "Ông/bà có thể nhận kết quả điện tử trên trang tra cứu hồ sơ.",
    }[data.returnMethod];
    const shortHow = {
      DESK: "Xin mời ông/bà đến Bộ phận Một cửa nhận.",
      POST: "Kết quả sẽ gửi qua bưu chính.",
      ONLINE: "Xin mời nhận kết quả trực tuyến.",
    }[data.returnMethod];
    return {
      subject: `Hồ sơ ${data.code} đã có kết quả`,
      body: lines(
        greeting(data, locale),
        "",
        `Bộ phận Một cửa xin thông báo: hồ sơ ${data.code} ("${data.procedureName}") của ông/bà đã có kết quả.`,
        how,
        `Chi tiết: ${link}`,
        ...(data.ratingUrl
          ? ["", `Sau khi nhận kết quả, xin ông/bà dành ít phút đánh giá mức độ hài lòng: ${data.ratingUrl}`]
          : []),
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Hồ sơ ${data.code} đã có kết quả. ${shortHow} Chi tiết: ${link}`,
        `Hồ sơ đã có kết quả. ${shortHow} Chi tiết: ${link}`,
        `Hồ sơ đã có kết quả. ${shortHow} ${withoutScheme(link)}`,
        `Hồ sơ ${data.code} đã có kết quả. ${shortHow} Xin cảm ơn ông/bà!`,
      ]),
    };
  },

  "dossier.registered_online": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    const due = data.intakeDueAt ? formatDateTime(data.intakeDueAt) : null;
    if (locale === "en") {
      return {
        subject: `Online dossier ${data.code} has been registered`,
        body: lines(
          greeting(data, locale),
          "",
          `Your online dossier for "${data.procedureName}" has been registered with code ${data.code}.`,
          due ? `The one-stop desk will check it and answer by ${due}.` : null,
          `Track it at: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Online dossier ${data.code} registered. Track: ${link}`,
          `Online dossier ${data.code} registered. Track: ${withoutScheme(link)}`,
          `Online dossier ${data.code} registered. Tracking key: ${data.trackingKey}`,
        ]),
      };
    }
    return {
      subject: `Đã nhận hồ sơ đăng ký trực tuyến ${data.code}`,
      body: lines(
        greeting(data, locale),
        "",
        `Bộ phận Một cửa xin thông báo: đã nhận hồ sơ đăng ký trực tuyến "${data.procedureName}" của ông/bà, mã hồ sơ ${data.code}.`,
        due
          ? `Cán bộ sẽ kiểm tra và trả lời việc tiếp nhận trước ${due}. Thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận hợp lệ.`
          : null,
        `Ông/bà có thể theo dõi hồ sơ tại: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Đã nhận hồ sơ đăng ký trực tuyến ${data.code}. Tra cứu: ${link}`,
        `Đã nhận hồ sơ trực tuyến ${data.code}. Tra cứu: ${withoutScheme(link)}`,
        `Đã nhận hồ sơ trực tuyến ${data.code}. Mã tra cứu: ${data.trackingKey}. Xin cảm ơn!`,
      ]),
    };
  },

  "feedback.info_needed": (data, locale) => {
    const link = feedbackTrackingUrl(data.appUrl, data.code);
    if (locale === "en") {
      return {
        subject: `Feedback ${data.code}: more information needed`,
        body: lines(
          "Hello,",
          "",
          `${data.unitName} needs more information to handle your feedback ${data.code}:`,
          data.request,
          `Please add it on the feedback page: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Feedback ${data.code} needs more information. Please add it: ${link}`,
          `Feedback ${data.code} needs more information. ${withoutScheme(link)}`,
          `Feedback ${data.code} needs more information; please see the portal.`,
        ]),
      };
    }
    return {
      subject: `Phản ánh ${data.code}: đề nghị bổ sung thông tin`,
      body: lines(
        "Xin chào ông/bà,",
        "",
        `${data.unitName} xin ông/bà vui lòng bổ sung thông tin để xử lý phản ánh, kiến nghị ${data.code}:`,
        data.request,
        `Ông/bà bổ sung tại trang phản ánh: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Phản ánh ${data.code} cần bổ sung thông tin. Xin ông/bà bổ sung tại: ${link}`,
        `Phản ánh ${data.code} cần bổ sung thông tin: ${withoutScheme(link)}`,
        `Phản ánh ${data.code} cần bổ sung thông tin. Xin ông/bà xem trên cổng dịch vụ công.`,
      ]),
    };
  },

  "feedback.answered": (data, locale) => {
    const link = feedbackTrackingUrl(data.appUrl, data.code);
    if (locale === "en") {
      return {
        subject: `Feedback ${data.code}: the answer`,
        body: lines(
          "Hello,",
          "",
          `${data.unitName} has answered your feedback ${data.code}:`,
          "",
          data.answer,
          "",
          `Please tell us whether you are satisfied: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Feedback ${data.code} has been answered. Read it and rate it: ${link}`,
          `Feedback ${data.code} answered: ${withoutScheme(link)}`,
          `Feedback ${data.code} has been answered; please see the portal.`,
        ]),
      };
    }
    return {
      subject: `Phản ánh ${data.code}: câu trả lời của ${data.unitName}`,
      body: lines(
        "Xin chào ông/bà,",
        "",
        `${data.unitName} xin trả lời phản ánh, kiến nghị ${data.code} của ông/bà như sau:`,
        "",
        data.answer,
        "",
        `Xin ông/bà cho biết ông/bà có hài lòng với câu trả lời không: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Phản ánh ${data.code} đã có câu trả lời. Xin ông/bà xem và đánh giá tại: ${link}`,
        `Phản ánh ${data.code} đã có câu trả lời: ${withoutScheme(link)}`,
        `Phản ánh ${data.code} đã có câu trả lời. Xin ông/bà xem trên cổng dịch vụ công.`,
      ]),
    };
  },

  "contact.code": (data, locale) => {
    if (locale === "en") {
      return {
        subject: `Your verification code: ${data.code}`,
        body: lines(
          "Hello,",
          "",
          `Your verification code for the one-stop portal is ${data.code}. It is valid for ${data.ttlMinutes} minutes.`,
          "Never give this code to anyone, staff included. If you did not ask for it, please ignore this message.",
          "",
          `One-stop portal — ${withoutScheme(data.appUrl)}`,
        ),
        sms: fitSms([`Your one-stop portal code: ${data.code} (valid ${data.ttlMinutes} min). Never share it.`]),
      };
    }
    return {
      subject: `Mã xác thực của ông/bà: ${data.code}`,
      body: lines(
        "Xin chào ông/bà,",
        "",
        `Mã xác thực trên cổng dịch vụ công một cửa của ông/bà là ${data.code}, có hiệu lực trong ${data.ttlMinutes} phút.`,
        "Xin ông/bà không đưa mã này cho bất kỳ ai, kể cả cán bộ. Nếu ông/bà không yêu cầu mã, xin vui lòng bỏ qua thư này.",
        "",
        "Xin cảm ơn ông/bà.",
        `Cổng dịch vụ công một cửa — ${withoutScheme(data.appUrl)}`,
      ),
      sms: fitSms([
        `Mã xác thực cổng một cửa: ${data.code}, hiệu lực ${data.ttlMinutes} phút. Xin không đưa mã cho bất kỳ ai.`,
      ]),
    };
  },

  "dossier.intake_supplement": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    const items = data.items.map((item) => `- ${item}`);
    if (locale === "en") {
      return {
        subject: `Online dossier ${data.code}: please complete your documents`,
        body: lines(
          greeting(data, locale),
          "",
          `We are sorry: before your online dossier ${data.code} ("${data.procedureName}") can be received, the one-stop desk needs the following documents completed (notice ${data.noticeNumber}):`,
          ...items,
          "Please upload them on the tracking page; the dossier then returns to the desk for checking.",
          `Upload: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Sorry, online dossier ${data.code} needs documents completed before intake. Upload: ${link}`,
          `Sorry, dossier ${data.code} needs documents completed. Upload: ${withoutScheme(link)}`,
          `Sorry, dossier ${data.code} needs documents completed. Please check the tracking page.`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code}: xin ông/bà vui lòng bổ sung, hoàn thiện hồ sơ`,
      body: lines(
        greeting(data, locale),
        "",
        `Xin lỗi ông/bà vì sự bất tiện này: để tiếp nhận hồ sơ trực tuyến ${data.code} ("${data.procedureName}"), Bộ phận Một cửa cần ông/bà bổ sung, hoàn thiện các giấy tờ sau (phiếu yêu cầu bổ sung số ${data.noticeNumber}):`,
        ...items,
        "Xin ông/bà vui lòng tải lên các giấy tờ này tại trang tra cứu hồ sơ; hồ sơ sẽ được chuyển lại cho cán bộ kiểm tra ngay.",
        `Tải lên tại: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Xin lỗi ông/bà, hồ sơ ${data.code} cần bổ sung giấy tờ trước khi tiếp nhận. Xin tải lên tại: ${link}`,
        `Xin lỗi ông/bà, hồ sơ cần bổ sung giấy tờ. Xin tải lên tại: ${link}`,
        `Hồ sơ cần bổ sung giấy tờ. Tải lên: ${withoutScheme(link)}`,
        `Xin lỗi ông/bà, hồ sơ ${data.code} cần bổ sung giấy tờ. Xin vui lòng xem trang tra cứu hồ sơ. Xin cảm ơn!`,
      ]),
    };
  },

  "dossier.intake_refused": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    if (locale === "en") {
      return {
        subject: `Online dossier ${data.code} could not be received`,
        body: lines(
          greeting(data, locale),
          "",
          `We are sorry: your online dossier ${data.code} ("${data.procedureName}") could not be received (notice ${data.noticeNumber}).`,
          `Reason: ${data.reason}`,
          `Details: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Sorry, online dossier ${data.code} could not be received. Details: ${link}`,
          `Sorry, dossier ${data.code} could not be received. Details: ${withoutScheme(link)}`,
          `Sorry, dossier ${data.code} could not be received. Please contact the one-stop desk.`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code}: thông báo từ chối tiếp nhận`,
      body: lines(
        greeting(data, locale),
        "",
        `Bộ phận Một cửa rất tiếc phải thông báo: hồ sơ trực tuyến ${data.code} ("${data.procedureName}") của ông/bà chưa được tiếp nhận (phiếu từ chối tiếp nhận số ${data.noticeNumber}).`,
        `Lý do: ${data.reason}`,
        `Chi tiết: ${link}`,
        "Rất mong ông/bà thông cảm; ông/bà có thể liên hệ Bộ phận Một cửa để được hướng dẫn.",
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Xin lỗi ông/bà, hồ sơ ${data.code} không được tiếp nhận. Xin vui lòng xem lý do: ${link}`,
        `Xin lỗi ông/bà, hồ sơ không được tiếp nhận. Lý do: ${link}`,
        `Hồ sơ không được tiếp nhận. Lý do: ${withoutScheme(link)}`,
        `Xin lỗi ông/bà, hồ sơ ${data.code} không được tiếp nhận. Xin liên hệ Bộ phận Một cửa. Xin cảm ơn!`,
      ]),
    };
  },

  "dossier.supplement_answered": (data, locale) => {
    const link = trackingUrl(data.appUrl, data.code, data.trackingKey);
    const due = data.intakeDueAt ? formatDateTime(data.intakeDueAt) : null;
    if (locale === "en") {
      return {
        subject: `Online dossier ${data.code}: your documents have arrived`,
        body: lines(
          greeting(data, locale),
          "",
          `Thank you: the documents you uploaded for dossier ${data.code} ("${data.procedureName}") have arrived.`,
          due ? `The one-stop desk will check them and answer by ${due}.` : null,
          `Track it at: ${link}`,
          "",
          signature(data, locale),
        ),
        sms: fitSms([
          `Thank you, documents for dossier ${data.code} received. Track: ${link}`,
          `Thank you, documents for dossier ${data.code} received. Track: ${withoutScheme(link)}`,
          `Thank you, documents for dossier ${data.code} received.`,
        ]),
      };
    }
    return {
      subject: `Hồ sơ ${data.code}: đã nhận giấy tờ bổ sung`,
      body: lines(
        greeting(data, locale),
        "",
        `Xin cảm ơn ông/bà: Bộ phận Một cửa đã nhận các giấy tờ bổ sung của hồ sơ ${data.code} ("${data.procedureName}").`,
        due ? `Cán bộ sẽ kiểm tra và trả lời việc tiếp nhận trước ${due}.` : null,
        `Ông/bà có thể theo dõi hồ sơ tại: ${link}`,
        "",
        signature(data, locale),
      ),
      sms: fitSms([
        `Xin cảm ơn, đã nhận giấy tờ bổ sung của hồ sơ ${data.code}. Tra cứu: ${link}`,
        `Đã nhận giấy tờ bổ sung. Xin cảm ơn! Tra cứu: ${link}`,
        `Đã nhận giấy tờ bổ sung. Tra cứu: ${withoutScheme(link)}`,
        `Xin cảm ơn, đã nhận giấy tờ bổ sung của hồ sơ ${data.code}.`,
      ]),
    };
  },

  "staff.apology_due": (data, locale) => {
    const link = `${trimSlash(data.appUrl)}/ho-so?han=sap-den-han`;
    const dueBy = formatDateTime(data.apologyDueBy);
    if (locale === "en") {
      return {
        subject: `Apology letter due: dossier ${data.code}`,
        body: lines(
          `Hello ${data.recipientName},`,
          "",
          `Dossier ${data.code} ("${data.procedureName}", ${data.officeName}) is due on ${formatDateTime(data.appointmentAt)} and is not finished.`,
          `If it will be late, the apology letter (form 04) must be issued before ${dueBy}.`,
          `Dossiers due soon: ${link}`,
          "",
          "Thank you.",
        ),
        sms: fitSms([
          `Dossier ${data.code} (due ${formatDate(data.appointmentAt)}): apology letter must be issued before ${dueBy}.`,
        ]),
      };
    }
    return {
      subject: `Cần ban hành phiếu xin lỗi: hồ sơ ${data.code}`,
      body: lines(
        `Xin chào anh/chị ${data.recipientName},`,
        "",
        `Hồ sơ ${data.code} ("${data.procedureName}", ${data.officeName}) có ngày hẹn trả ${formatDateTime(data.appointmentAt)} nhưng chưa giải quyết xong.`,
        `Nếu hồ sơ sẽ trễ hạn, phải ban hành phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) trước ${dueBy} (chậm nhất 01 ngày làm việc trước ngày hẹn).`,
        `Danh sách hồ sơ sắp đến hạn: ${link}`,
        "",
        "Xin cảm ơn anh/chị.",
      ),
      sms: fitSms([
        `Hồ sơ ${data.code} hẹn trả ${formatDate(data.appointmentAt)} chưa xong: phải ban hành phiếu xin lỗi trước ${dueBy}. Xin cảm ơn!`,
        `Hồ sơ ${data.code} hẹn trả ${formatDate(data.appointmentAt)}: phải ban hành phiếu xin lỗi trước ${dueBy}.`,
      ]),
    };
  },

  "staff.daily_digest": (data, locale) => {
    const link = `${trimSlash(data.appUrl)}/ho-so?han=qua-han`;
    const day = formatDate(data.date);
    const codes = (bucket: DigestBucket) => {
      const shown = bucket.codes.slice(0, DIGEST_MAX_CODES);
      const more = bucket.count - shown.length;
      if (shown.length === 0) return "";
      return `: ${shown.join(", ")}${more > 0 ? (locale === "en" ? ` and ${more} more` : ` và ${more} hồ sơ khác`) : ""}`;
    };
    if (locale === "en") {
      return {
        subject: `${data.officeName}: dossiers to watch on ${day}`,
        body: lines(
          `Hello ${data.recipientName},`,
          "",
          `Dossiers of ${data.officeName} on ${day}:`,
          `- Overdue: ${data.overdue.count}${codes(data.overdue)}`,
          `- Apology letter due: ${data.apologyDue.count}${codes(data.apologyDue)}`,
          `- Due soon: ${data.dueSoon.count}${codes(data.dueSoon)}`,
          `Worklist: ${link}`,
          "",
          "Thank you.",
        ),
        sms: fitSms([
          `${day} ${data.officeName}: ${data.overdue.count} overdue, ${data.apologyDue.count} apology due, ${data.dueSoon.count} due soon. ${link}`,
          `${day}: ${data.overdue.count} overdue, ${data.apologyDue.count} apology due, ${data.dueSoon.count} due soon.`,
        ]),
      };
    }
    return {
      subject: `${data.officeName}: hồ sơ cần chú ý ngày ${day}`,
      body: lines(
        `Xin chào anh/chị ${data.recipientName},`,
        "",
        `Tình hình hồ sơ của ${data.officeName} ngày ${day}:`,
        `- Quá hạn: ${data.overdue.count}${codes(data.overdue)}`,
        `- Cần ban hành phiếu xin lỗi: ${data.apologyDue.count}${codes(data.apologyDue)}`,
        `- Sắp đến hạn: ${data.dueSoon.count}${codes(data.dueSoon)}`,
        `Danh sách hồ sơ: ${link}`,
        "",
        "Xin cảm ơn anh/chị.",
      ),
      sms: fitSms([
        `${day} ${data.officeName}: ${data.overdue.count} hồ sơ quá hạn, ${data.apologyDue.count} cần phiếu xin lỗi, ${data.dueSoon.count} sắp đến hạn. ${link}`,
        `${day} ${data.officeName}: ${data.overdue.count} HS quá hạn, ${data.apologyDue.count} cần phiếu xin lỗi, ${data.dueSoon.count} sắp đến hạn.`,
        `${day}: ${data.overdue.count} HS quá hạn, ${data.apologyDue.count} cần phiếu xin lỗi, ${data.dueSoon.count} sắp đến hạn.`,
      ]),
    };
  },
};

/** Renders a template: e-mail subject and body, and the SMS text. Dates are shown in Asia/Ho_Chi_Minh. */
export function renderNotification<T extends NotificationTemplate>(
  template: T,
  data: TemplateData[T],
  locale: NotificationLocale = "vi",
): RenderedNotification {
  const rendered = (renderers[template] as Renderer<T>)(data, locale);
  return { subject: rendered.subject.normalize("NFC"), body: rendered.body.normalize("NFC"), sms: rendered.sms };
}
