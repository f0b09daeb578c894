"use server";
// Nộp hồ sơ trực tuyến and "hồ sơ của tôi": the citizen's actions. Each is a plain form post that works without
// JavaScript (redirects to the next step), written with defineCitizenAction (screened input, zod, Vietnamese messages).
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  applicantStepSchema,
  CODE_PURPOSES,
  codeField,
  contactField,
  deliveryStepSchema,
  reuseFieldName,
  uploadFieldName,
} from "@/domain/online-submission";
import { idText } from "@/lib/text-input";
import { sendContactCode, verifyContactCode } from "@/server/citizen/contact-challenge";
import { defineCitizenAction } from "@/server/citizen/define-citizen-action";
import { endCitizenSession, startCitizenSession } from "@/server/citizen/session";
import { onlineProcedure } from "@/server/online-intake/context";
import { clearDraft, readDraft, writeDraft } from "@/server/online-intake/draft";
import { submitOnline } from "@/server/online-intake/submit";
import { UserFacingError } from "@/server/user-facing-error";
import { formPath, MY_DOSSIERS_PATH, safeNext, stepPath } from "./paths";

const procedureCode = idText("Thủ tục không hợp lệ. Xin vui lòng mở lại trang thủ tục.", 40);

async function procedureOf(code: string) {
  const procedure = await onlineProcedure(code);
  if (!procedure)
    throw new UserFacingError("Thủ tục này hiện không nhận hồ sơ trực tuyến. Xin vui lòng nộp tại Bộ phận Một cửa.");
  return procedure;
}

/** Bước 1: send a one-time code to the phone or e-mail address. */
export const sendCodeAction = defineCitizenAction({
  sessionRequired: false,
  input: z.object({
    contact: contactField,
    purpose: z.enum(CODE_PURPOSES, { error: "Yêu cầu không hợp lệ. Xin vui lòng tải lại trang." }),
  }),
  run: async (input, { address }) => {
    const sent = await sendContactCode(input.contact, input.purpose, address);
    if (!sent.ok) throw new UserFacingError(sent.message, { contact: [sent.message] });
    return { contact: input.contact.value, masked: sent.masked };
  },
});

/** Bước 1: the code typed back; on success the session cookie is set and the citizen goes on. */
export const verifyCodeAction = defineCitizenAction({
  sessionRequired: false,
  input: z.object({
    contact: contactField,
    code: codeField,
    next: z.string({ error: "Yêu cầu không hợp lệ. Xin vui lòng tải lại trang." }),
  }),
  run: async (input, { address }) => {
    const verified = await verifyContactCode(input.contact, input.code, address);
    if (!verified.ok) throw new UserFacingError(verified.message, { code: [verified.message] });
    await startCitizenSession(verified.contactId);
    redirect(safeNext(input.next));
  },
});

/** Bước 2: the applicant, checked as at the desk. */
export const saveApplicantAction = defineCitizenAction({
  sessionRequired: true,
  input: z.object({ procedureCode }).and(applicantStepSchema),
  run: async (input, { session }) => {
    const { procedureCode: code, ...applicant } = input;
    const procedure = await procedureOf(code);
    const draft = await readDraft(session.contactId, procedure.version.procedureId);
    await writeDraft({ ...draft, applicant });
    redirect(stepPath(code, "nhan-ket-qua"));
  },
});

/** Bước 3: the receiving unit and how the result is returned. */
export const saveDeliveryAction = defineCitizenAction({
  sessionRequired: true,
  input: z.object({ procedureCode }).and(deliveryStepSchema),
  run: async (input, { session }) => {
    const { procedureCode: code, ...delivery } = input;
    const procedure = await procedureOf(code);
    if (!procedure.units.some((unit) => unit.id === delivery.unitId))
      throw new UserFacingError("Xin vui lòng chọn nơi tiếp nhận trong danh sách.", {
        unitId: ["Xin vui lòng chọn nơi tiếp nhận trong danh sách."],
      });
    if (delivery.resultDelivery === "POST" && !procedure.version.postalReturnAllowed)
      throw new UserFacingError("Thủ tục này không trả kết quả qua bưu chính. Xin vui lòng chọn cách nhận khác.", {
        resultDelivery: ["Thủ tục này không trả kết quả qua bưu chính."],
      });
    const draft = await readDraft(session.contactId, procedure.version.procedureId);
    await writeDraft({ ...draft, delivery });
    redirect(stepPath(code, "giay-to"));
  },
});

const positions = (formData: FormData) =>
  [...formData.keys()].flatMap((key) => {
    const match = /^(?:tep|dung-lai)-(\d{1,3})$/.exec(key);
    return match ? [Number(match[1])] : [];
  });

/** Bước 4: the documents (uploaded now, or reused) and the confirmation of the review; one submission, one transaction. */
export const submitOnlineAction = defineCitizenAction({
  sessionRequired: true,
  input: z.object({
    procedureCode,
    confirm: z.literal("on", { error: "Xin vui lòng xác nhận thông tin đã kê khai là đúng sự thật." }),
    reuse: z.array(z.object({ position: z.number(), ids: z.array(idText("Tệp dùng lại không hợp lệ.")) })),
  }),
  fromForm: (formData) => ({
    procedureCode: formData.get("procedureCode"),
    confirm: formData.get("confirm") ?? undefined,
    reuse: [...new Set(positions(formData))].map((position) => ({
      position,
      ids: formData.getAll(reuseFieldName(position)),
    })),
  }),
  fileFields: (name) => /^tep-\d{1,3}$/.test(name),
  run: async (input, { session, files }) => {
    const procedure = await procedureOf(input.procedureCode);
    const draft = await readDraft(session.contactId, procedure.version.procedureId);
    if (!draft.applicant || !draft.delivery)
      throw new UserFacingError(
        "Thông tin các bước trước chưa đủ hoặc đã hết hạn. Xin vui lòng kê khai lại từ bước 2.",
      );
    const registered = await submitOnline({
      contactId: session.contactId,
      procedureId: procedure.version.procedureId,
      applicant: draft.applicant,
      delivery: draft.delivery,
      components: procedure.version.documents.map((document) => ({
        position: document.position,
        files: files.get(uploadFieldName(document.position)) ?? [],
        reuseIds: input.reuse.find((entry) => entry.position === document.position)?.ids ?? [],
      })),
    });
    await clearDraft();
    redirect(`${formPath(input.procedureCode)}/da-nop?ma=${encodeURIComponent(registered.code)}`);
  },
});

/** "Thoát": ends the verified contact's session. */
export const endCitizenSessionAction = defineCitizenAction({
  sessionRequired: false,
  input: z.object({ next: z.string({ error: "Yêu cầu không hợp lệ. Xin vui lòng tải lại trang." }) }),
  run: async (input) => {
    await endCitizenSession();
    await clearDraft();
    redirect(safeNext(input.next) === MY_DOSSIERS_PATH ? MY_DOSSIERS_PATH : "/");
  },
});
