"use server";
// The desk's digitisation actions on the staff dossier page: scan and attach a component, or reuse a file from the
// same applicant's earlier dossier. Session, role and schema by defineAction (the file set aside by defineFileAction
// and checked by content by inspectUpload); seat, status, ownership of the reused file and the one transaction in
// src/server/dossiers/digitisation.ts.
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { defineFileAction } from "@/server/actions/define-file-action";
import { reuseComponent, scanComponent } from "@/server/dossiers/digitisation";
import { inspectUpload } from "@/server/files";
import { NO_SCAN_FILE, reuseComponentInput, SCAN_FILE_FIELD, scanComponentInput } from "./form";

export const scanComponentAction = defineFileAction({
  roles: ACTION_ROLES.digitiseComponent,
  input: scanComponentInput,
  fileFields: [SCAN_FILE_FIELD],
  run: async (input, user, files) => {
    const file = files.get(SCAN_FILE_FIELD);
    if (!file) throw new UserFacingError(NO_SCAN_FILE, { [SCAN_FILE_FIELD]: [NO_SCAN_FILE] });
    const inspection = await inspectUpload(file);
    if (!inspection.ok)
      throw new UserFacingError(inspection.problem.message, { [SCAN_FILE_FIELD]: [inspection.problem.message] });
    const done = await scanComponent(user, { ...input, upload: inspection.upload });
    revalidatePath(`/ho-so/${done.code}`);
    return { position: done.position, digitised: done.digitised, dataReused: done.dataReused };
  },
});

export const reuseComponentAction = defineAction({
  roles: ACTION_ROLES.digitiseComponent,
  input: reuseComponentInput,
  run: async (input, user) => {
    const done = await reuseComponent(user, input);
    revalidatePath(`/ho-so/${done.code}`);
    return { position: done.position, digitised: done.digitised, dataReused: done.dataReused };
  },
});
