"use server";
// The electronic-result actions of the staff dossier page: attach the signed PDF with its metadata, or generate the
// PDF. Session, role and schema by defineAction (the file set aside by defineFileAction and checked by content by
// inspectUpload); seat, status and the one transaction in src/server/dossiers/results.ts.
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { defineFileAction } from "@/server/actions/define-file-action";
import { attachResultFile, generateResultFile } from "@/server/dossiers/results";
import { inspectUpload } from "@/server/files";
import { attachResultInput, generateResultInput, NO_RESULT_FILE, RESULT_FILE_FIELD } from "./form";

export const attachResultAction = defineFileAction({
  roles: ACTION_ROLES.issueElectronicResult,
  input: attachResultInput,
  fileFields: [RESULT_FILE_FIELD],
  run: async ({ dossierId, ...metadata }, user, files) => {
    const file = files.get(RESULT_FILE_FIELD);
    if (!file) throw new UserFacingError(NO_RESULT_FILE, { [RESULT_FILE_FIELD]: [NO_RESULT_FILE] });
    const inspection = await inspectUpload(file);
    if (!inspection.ok)
      throw new UserFacingError(inspection.problem.message, { [RESULT_FILE_FIELD]: [inspection.problem.message] });
    const issued = await attachResultFile(user, { dossierId, metadata, upload: inspection.upload });
    revalidatePath(`/ho-so/${issued.code}`);
    return { code: issued.code, fileId: issued.fileId };
  },
});

export const generateResultAction = defineAction({
  roles: ACTION_ROLES.issueElectronicResult,
  input: generateResultInput,
  run: async ({ dossierId, ...metadata }, user) => {
    const issued = await generateResultFile(user, { dossierId, metadata });
    revalidatePath(`/ho-so/${issued.code}`);
    return { code: issued.code, fileId: issued.fileId };
  },
});
