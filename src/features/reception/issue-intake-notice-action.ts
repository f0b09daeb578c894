"use server";
// Hồ sơ chưa đầy đủ (mẫu 02) / không đủ điều kiện (mẫu 03): the desk's form → issueIntakeNotice → the printable form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { documentLinks } from "@/domain/documents/links";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction } from "@/server/actions/define-action";
import { issueIntakeNotice } from "@/server/dossiers/intake-notices";
import { intakeNoticeFromForm } from "./form-data";
import { intakeNoticeSchema } from "@/domain/dossier/intake-notice-schema";

export const issueIntakeNoticeAction = defineAction({
  roles: ACTION_ROLES.issueIntakeNotice,
  input: intakeNoticeSchema,
  fromForm: intakeNoticeFromForm,
  run: async (input, user) => {
    const notice = await issueIntakeNotice(user, input);
    revalidatePath("/tiep-nhan/moi");
    redirect(documentLinks.intakeNotice(notice.number));
  },
});
