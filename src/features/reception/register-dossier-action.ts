"use server";
// Tiếp nhận hồ sơ: the desk's form → registerDossier (one transaction: code, dossier, documents, transfer) → the
// success view with the code and the appointment slip. The form's idempotency key makes a retry (the answer was lost
// after the commit) land on the same dossier instead of registering a second one.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ACTION_ROLES } from "@/domain/access";
import { defineAction } from "@/server/actions/define-action";
import { registerDossier } from "@/server/dossiers/intake";
import { deskIntakeFromForm, deskIntakeSchema } from "./form-data";

export const registerDossierAction = defineAction({
  roles: ACTION_ROLES.registerDossier,
  input: deskIntakeSchema,
  fromForm: deskIntakeFromForm,
  run: async (input, user) => {
    const registered = await registerDossier(user, input);
    revalidatePath("/tiep-nhan");
    redirect(`/tiep-nhan/${encodeURIComponent(registered.code)}`);
  },
});
