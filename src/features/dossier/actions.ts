"use server";
// The one server action of the dossier page: every command button posts here. defineAction checks the session and the
// acting roles and validates `{ dossierId, expectedVersion, command }` mapped from the FormData; performCommand decides
// (the pure state machine, which also checks this user's scope on this dossier) and writes under optimistic
// concurrency. A version conflict is reported on the hidden expectedVersion field, so the form can offer "Tải lại".
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { isOnlineIntakeCommand } from "@/domain/online-intake";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { performCommand } from "@/server/dossiers/commands";
import { DossierConflictError } from "@/server/dossier-errors";
import { commandInputFromForm, CONFLICT_FIELD, dossierActionInput } from "./command-form";

export const dossierCommandAction = defineAction({
  roles: ACTION_ROLES.dossierCommand,
  input: dossierActionInput,
  fromForm: commandInputFromForm,
  run: async (input, user) => {
    if (isOnlineIntakeCommand(input.command.type))
      throw new UserFacingError(
        "Hồ sơ đăng ký trực tuyến được tiếp nhận, yêu cầu bổ sung hoặc từ chối tại trang «Hồ sơ trực tuyến chờ tiếp nhận», sau khi kiểm tra từng thành phần.",
      );
    try {
      const result = await performCommand(user, input);
      revalidatePath(`/ho-so/${result.code}`);
      return { code: result.code, version: result.version, status: result.status, command: input.command.type };
    } catch (error) {
      if (error instanceof DossierConflictError)
        throw new UserFacingError(error.message, { [CONFLICT_FIELD]: [error.message] });
      throw error;
    }
  },
});
