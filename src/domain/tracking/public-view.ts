// What the public tracking page may show (docs/domain.md "Public tracking"): a masked name and a plain, polite
// explanation of where the dossier is and what the applicant should do, in the spirit of "4 xin, 4 luôn".
// No other personal data ever leaves through here (Nghị định 13/2023).
import type { DossierStatus, PauseKind, ProcessingStep } from "@/domain/dossier/types";

const WORD_HEAD_RE = /^\P{M}\p{M}*/u;

/** First letter (with its combining marks) + one "*" per remaining letter, at least one "*". */
function maskWord(word: string): string {
  const head = WORD_HEAD_RE.exec(word)?.[0] ?? "";
  const rest = Array.from(word.slice(head.length).replace(/\p{M}/gu, "")).length;
  return head + "*".repeat(Math.max(1, rest));
}

function words(name: string): string[] {
  return name
    .normalize("NFC")
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

/**
 * "Nguyễn Văn An" → "Nguyễn V** A*": the family name stays (it says little on its own), every other word keeps
 * only its first letter. NFC first, so a name typed with combining accents masks the same way.
 */
export function maskPersonName(name: string): string {
  const [family, ...others] = words(name);
  if (family === undefined) return "";
  if (others.length === 0) return maskWord(family);
  return [family, ...others.map(maskWord)].join(" ");
}

/** Legal-form prefixes kept as they are; longest first so "Công ty TNHH" wins over "Công ty". */
const ORGANISATION_FORMS = [
  "Công ty trách nhiệm hữu hạn một thành viên",
  "Công ty trách nhiệm hữu hạn hai thành viên trở lên",
  "Công ty trách nhiệm hữu hạn",
  "Công ty TNHH một thành viên",
  "Công ty TNHH MTV",
  "Công ty TNHH",
  "Công ty cổ phần",
  "Công ty CP",
  "Công ty hợp danh",
  "Công ty",
  "Doanh nghiệp tư nhân",
  "DNTN",
  "Liên hiệp hợp tác xã",
  "Hợp tác xã",
  "HTX",
  "Tổ hợp tác",
  "Hộ kinh doanh",
  "Chi nhánh",
  "Văn phòng đại diện",
]
  .map((form) => form.normalize("NFC"))
  .sort((a, b) => b.length - a.length);

/**
 * "Công ty TNHH Thương mại Hoàng Long" → "Công ty TNHH T***** m** H**** L***": the legal form stays, every other
 * word is masked, because names like "Doanh nghiệp tư nhân Nguyễn Văn An" carry a person's name.
 */
export function maskOrganisationName(name: string): string {
  const all = words(name);
  const joined = all.join(" ");
  const lower = joined.toLocaleLowerCase("vi");
  const form = ORGANISATION_FORMS.find((f) => {
    const fl = f.toLocaleLowerCase("vi");
    return lower === fl || lower.startsWith(`${fl} `);
  });
  const keptCount = form === undefined ? 0 : words(form).length;
  return [...all.slice(0, keptCount), ...all.slice(keptCount).map(maskWord)].join(" ");
}

export function maskApplicantName(kind: "CITIZEN" | "ORGANISATION", name: string): string {
  return kind === "ORGANISATION" ? maskOrganisationName(name) : maskPersonName(name);
}

export interface CitizenStatus {
  /** Short headline, e.g. "Đang xử lý". */
  title: string;
  /** What is happening and what to do, in plain polite Vietnamese. */
  text: string;
  /** The applicant has something to do now (supplement, pay, collect the result). */
  actionNeeded: boolean;
}

export interface CitizenStatusOptions {
  openPauseKind?: PauseKind | null;
  /** False for an online registration the desk has not received yet (its deadline has not started). */
  received?: boolean;
}

/** Citizen-facing status: title, explanation and whether the applicant must act. */
export function citizenStatus(
  status: DossierStatus,
  step: ProcessingStep | null,
  options: CitizenStatusOptions = {},
): CitizenStatus {
  switch (status) {
    case "REGISTERED_ONLINE":
      return {
        // The staff pages say "Mới đăng ký" (the national portal's term, src/domain/dossier/labels.ts): the same words here.
        title: "Mới đăng ký trực tuyến, chờ tiếp nhận",
        text: "Xin cảm ơn ông/bà đã nộp hồ sơ trực tuyến. Bộ phận Một cửa đang kiểm tra hồ sơ và sẽ thông báo kết quả tiếp nhận cho ông/bà. Xin ông/bà vui lòng theo dõi thông báo tiếp theo.",
        actionNeeded: false,
      };
    case "RECEIVED":
      return {
        title: "Đã tiếp nhận",
        text: "Hồ sơ của ông/bà đã được tiếp nhận và đang được chuyển đến phòng chuyên môn để giải quyết. Ông/bà chưa cần làm gì thêm. Xin cảm ơn ông/bà.",
        actionNeeded: false,
      };
    case "REFUSED":
      return {
        title: "Không được tiếp nhận",
        text: "Xin lỗi ông/bà, hồ sơ chưa được tiếp nhận. Lý do đã được ghi trong văn bản từ chối tiếp nhận gửi ông/bà. Nếu cần hỗ trợ, xin ông/bà vui lòng liên hệ Bộ phận Một cửa; chúng tôi luôn sẵn lòng hướng dẫn.",
        actionNeeded: false,
      };
    case "IN_PROCESSING":
      return inProcessing(step, options.openPauseKind ?? null);
    case "WAITING_SUPPLEMENT":
      // Asked at online intake: nothing is paused, the deadline starts only once the dossier is received.
      if (options.received === false)
        return {
          title: "Cần bổ sung, hoàn thiện hồ sơ",
          text: "Xin lỗi ông/bà, hồ sơ đăng ký trực tuyến cần bổ sung, hoàn thiện trước khi được tiếp nhận. Xin ông/bà vui lòng tải lên giấy tờ theo phiếu yêu cầu bổ sung ngay trên trang này. Thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận. Xin cảm ơn ông/bà.",
          actionNeeded: true,
        };
      return {
        title: "Cần bổ sung giấy tờ",
        text: "Hồ sơ cần bổ sung giấy tờ. Xin ông/bà vui lòng bổ sung theo phiếu yêu cầu bổ sung hồ sơ đã gửi ông/bà, tại Bộ phận Một cửa. Thời hạn giải quyết tạm dừng trong thời gian chờ bổ sung và được tính tiếp khi nhận đủ giấy tờ. Xin cảm ơn ông/bà.",
        actionNeeded: true,
      };
    case "WAITING_FINANCIAL":
      return {
        title: "Chờ thực hiện nghĩa vụ tài chính",
        text: "Hồ sơ đang chờ ông/bà thực hiện nghĩa vụ tài chính (nộp thuế, phí, lệ phí). Xin ông/bà vui lòng nộp theo thông báo đã nhận; thời hạn giải quyết tạm dừng trong thời gian này và được tính tiếp khi ông/bà đã nộp xong. Xin cảm ơn ông/bà.",
        actionNeeded: true,
      };
    case "WITHDRAWN":
      return {
        title: "Đã rút hồ sơ",
        text: "Hồ sơ đã được rút theo đề nghị của ông/bà. Xin cảm ơn ông/bà đã liên hệ; khi cần, ông/bà có thể nộp lại hồ sơ bất cứ lúc nào.",
        actionNeeded: false,
      };
    case "STOPPED":
      return {
        title: "Dừng xử lý",
        text: "Xin lỗi ông/bà, hồ sơ đã dừng giải quyết. Lý do đã được ghi trong văn bản thông báo gửi ông/bà. Nếu cần hỗ trợ, xin ông/bà vui lòng liên hệ Bộ phận Một cửa.",
        actionNeeded: false,
      };
    case "RESULT_READY":
      return {
        title: "Đã có kết quả",
        text: "Hồ sơ đã có kết quả. Xin mời ông/bà đến Bộ phận Một cửa nhận kết quả và vui lòng mang theo phiếu hẹn; nếu ông/bà đã đăng ký nhận qua bưu chính hoặc trực tuyến, kết quả sẽ được gửi đến ông/bà. Xin cảm ơn ông/bà.",
        actionNeeded: true,
      };
    case "RETURNED":
      return {
        title: "Đã trả kết quả",
        text: "Kết quả đã được trả cho ông/bà. Xin cảm ơn ông/bà đã tin tưởng sử dụng dịch vụ của Bộ phận Một cửa.",
        actionNeeded: false,
      };
  }
}

function inProcessing(step: ProcessingStep | null, openPauseKind: PauseKind | null): CitizenStatus {
  const title = "Đang xử lý";
  if (openPauseKind === "VERIFICATION") {
    return {
      title,
      text: "Hồ sơ đang được xác minh thêm thông tin theo quy định. Ông/bà chưa cần làm gì thêm; nếu cần, cán bộ sẽ liên hệ với ông/bà. Xin cảm ơn ông/bà đã kiên nhẫn chờ.",
      actionNeeded: false,
    };
  }
  switch (step) {
    case "AWAITING_HEAD_APPROVAL":
    case "AWAITING_LEADER_APPROVAL":
      return {
        title,
        text: "Hồ sơ đã được xem xét xong và đang chờ lãnh đạo ký duyệt kết quả. Ông/bà chưa cần làm gì thêm. Xin cảm ơn ông/bà.",
        actionNeeded: false,
      };
    case "AWAITING_ASSIGNMENT":
    case "HANDLING":
    case null:
      return {
        title,
        text: "Hồ sơ đang được phòng chuyên môn xem xét, giải quyết. Ông/bà chưa cần làm gì thêm; kết quả sẽ được trả theo ngày hẹn. Xin cảm ơn ông/bà.",
        actionNeeded: false,
      };
  }
}

/** Plain text of citizenStatus. */
export function citizenStatusText(
  status: DossierStatus,
  step: ProcessingStep | null,
  options: CitizenStatusOptions = {},
): string {
  return citizenStatus(status, step, options).text;
}
