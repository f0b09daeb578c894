// The apology letter's forms on the dossier page (phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04): what each
// action accepts (the domain's zod schemas plus the dossier/letter and its optimistic version), which kinds the draft
// form offers, and the urgency banner's wording. Pure, shared by the client forms and the server actions.
import { z } from "zod";
import { apologyDraftSchema, apologyRejectionSchema, type ApologyKind, type ApologyUrgency } from "@/domain/apology";
import { formInt, idText } from "@/lib/text-input";
import { formatDateTime } from "@/lib/dates";

const VERSION_MESSAGE = "Phiên bản hồ sơ không hợp lệ; xin vui lòng tải lại trang.";
const id = (message: string) => idText(message);
const expectedVersion = formInt(VERSION_MESSAGE, { min: 1 });

/** Lập phiếu: the officer's inputs, for one dossier as the user saw it. */
export const apologyDraftActionInput = apologyDraftSchema.extend({ dossierId: id("Thiếu mã hồ sơ."), expectedVersion });
export type ApologyDraftActionInput = z.output<typeof apologyDraftActionInput>;

/** Ký phiếu: one letter, against the dossier version the head saw. */
export const apologyApproveActionInput = z.object({ apologyId: id("Thiếu mã phiếu xin lỗi."), expectedVersion });

/** Từ chối ký: the same, with the reason the officer will read. */
export const apologyRejectActionInput = apologyRejectionSchema.extend({
  apologyId: id("Thiếu mã phiếu xin lỗi."),
  expectedVersion,
});

/** The live preview of the new appointment while the officer types the number of extra working days. */
export const apologyPreviewInput = apologyDraftSchema
  .pick({ kind: true, extraWorkingDays: true })
  .extend({ dossierId: id("Thiếu mã hồ sơ.") });

export const APOLOGY_KINDS: readonly ApologyKind[] = ["LATE", "RESULT_ERROR"];

/**
 * Which kinds the draft form offers, from the domain's refusal of each kind. When none may be drafted, the refusal to
 * show is the one of the kind that fits the dossier: sai sót for a dossier that has its result, trễ hạn otherwise.
 */
export function draftChoice(
  refusals: Readonly<Record<ApologyKind, string | null>>,
  hasResult: boolean,
): { kinds: ApologyKind[]; refusal: string | null } {
  const kinds = APOLOGY_KINDS.filter((kind) => refusals[kind] === null);
  if (kinds.length > 0) return { kinds, refusal: null };
  return { kinds, refusal: refusals[hasResult ? "RESULT_ERROR" : "LATE"] };
}

/** The banner of a pending dossier without a signed letter; null when no apology is due yet. */
export function apologyBanner(
  urgency: ApologyUrgency,
  deadline: Date | null,
): { tone: "warning" | "danger"; text: string } | null {
  if (urgency === "DUE" && deadline)
    return { tone: "warning", text: `Cần lập phiếu xin lỗi trước ${formatDateTime(deadline)}` };
  if (urgency === "LATE") return { tone: "danger", text: "Đã quá hạn lập phiếu xin lỗi" };
  return null;
}
