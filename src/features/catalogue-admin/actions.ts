"use server";
// Server actions of the catalogue screens (/quan-tri/thu-tuc). Each is a public POST endpoint: defineAction checks
// the ADMIN role and the zod schema (the catalogue's own schemas, src/domain/catalogue); the work is one audited
// transaction in src/server/catalogue. The import reads the uploaded file and returns every row error, or what it did.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { newProcedureSchema, publishableVersionSchema, PROCEDURE_CODE, type RowError } from "@/domain/catalogue";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { defineFileAction } from "@/server/actions/define-file-action";
import {
  createProcedure,
  importCatalogueFile,
  publishVersion,
  setProcedureActive,
  type ImportOutcome,
} from "@/server/catalogue";
import { publicDataChanged } from "@/server/data/public-cache";
import { newProcedureFromForm, publishFromForm } from "./form-data";

const LIST_PATH = "/quan-tri/thu-tuc";
const codeSchema = z.string().trim().regex(PROCEDURE_CODE, "Mã thủ tục không hợp lệ.");

const refresh = (code?: string) => {
  revalidatePath(LIST_PATH);
  if (code) revalidatePath(`${LIST_PATH}/${code}`);
  revalidatePath("/thu-tuc", "layout");
  publicDataChanged();
};

export const createProcedureAction = defineAction({
  roles: ACTION_ROLES.catalogueAdmin,
  input: newProcedureSchema,
  fromForm: newProcedureFromForm,
  run: async (input, user) => {
    const created = await createProcedure(input, user.id);
    refresh(created.code);
    return created;
  },
});

export const publishVersionAction = defineAction({
  roles: ACTION_ROLES.catalogueAdmin,
  input: z.object({ code: codeSchema, version: publishableVersionSchema }),
  fromForm: publishFromForm,
  run: async (input, user) => {
    const published = await publishVersion(input.code, input.version, user.id);
    refresh(input.code);
    return { code: input.code, ...published };
  },
});

export const setProcedureActiveAction = defineAction({
  roles: ACTION_ROLES.catalogueAdmin,
  input: z.object({ code: codeSchema, active: z.enum(["true", "false"]).transform((value) => value === "true") }),
  run: async (input, user) => {
    await setProcedureActive(input.code, input.active, user.id);
    refresh(input.code);
    return { active: input.active };
  },
});

/** The largest catalogue file accepted (a whole province's catalogue is well under 1 MB). */
const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

export type ImportAnswer = { ok: true; outcome: ImportOutcome } | { ok: false; errors: RowError[] };

export const importCatalogueAction = defineFileAction({
  roles: ACTION_ROLES.catalogueAdmin,
  input: z.object({}),
  fileFields: ["file"],
  run: async (_input, user, files): Promise<ImportAnswer> => {
    const file = files.get("file");
    if (!file || file.size === 0)
      throw new UserFacingError("Xin vui lòng chọn tệp danh mục (.xlsx hoặc .json).", {
        file: ["Xin vui lòng chọn tệp danh mục (.xlsx hoặc .json)."],
      });
    if (file.size > IMPORT_LIMIT_BYTES) throw new UserFacingError("Tệp lớn quá 5 MB.", { file: ["Tệp lớn quá 5 MB."] });
    const result = await importCatalogueFile({ name: file.name, bytes: await file.arrayBuffer() }, user.id);
    if (result.ok) refresh();
    return result;
  },
});
