"use server";
// Questionnaire versions (administrator): a draft copied from a version with edited criterion texts, and a draft put
// in force. Each checks the role itself (defineAction), validates, runs in one transaction and is audited.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { idText, optionalText, safeString } from "@/lib/text-input";
import { defineAction } from "@/server/actions/define-action";
import {
  activateQuestionnaireVersion,
  createQuestionnaireVersion,
  CRITERION_TEXT_MAX,
} from "@/server/satisfaction/admin";

const TEXT_FIELD = /^text_([A-Za-z0-9._-]{1,100})$/;
const tooLong = `Nội dung tiêu chí dài quá ${CRITERION_TEXT_MAX} ký tự.`;

export const createQuestionnaireVersionAction = defineAction({
  roles: ACTION_ROLES.questionnaireAdmin,
  input: z.object({
    versionId: idText("Thiếu phiên bản gốc.", 100),
    note: optionalText(500, "Ghi chú dài quá 500 ký tự."),
    texts: z.record(
      z.string(),
      safeString(tooLong).pipe(
        z.string().trim().min(1, "Nội dung tiêu chí không được để trống.").max(CRITERION_TEXT_MAX, tooLong),
      ),
    ),
  }),
  fromForm: (formData) => {
    const texts: Record<string, FormDataEntryValue> = {};
    for (const [key, value] of formData.entries()) {
      const match = TEXT_FIELD.exec(key);
      if (match) texts[match[1]!] = value;
    }
    return { versionId: formData.get("versionId") ?? undefined, note: formData.get("note") ?? undefined, texts };
  },
  run: async ({ versionId, note, texts }, user) => {
    const created = await createQuestionnaireVersion(user, { sourceVersionId: versionId, texts, note: note ?? null });
    revalidatePath("/quan-tri/phieu-danh-gia");
    return created;
  },
});

export const activateQuestionnaireVersionAction = defineAction({
  roles: ACTION_ROLES.questionnaireAdmin,
  input: z.object({ versionId: idText("Thiếu phiên bản.", 100) }),
  run: async ({ versionId }, user) => {
    const result = await activateQuestionnaireVersion(user, versionId);
    revalidatePath("/quan-tri/phieu-danh-gia");
    return result;
  },
});
