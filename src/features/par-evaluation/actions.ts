"use server";
// The PAR Index evaluation's actions (docs/par-index.md "Evaluation workflow"): each through defineAction (session,
// role, zod) and a service of src/server/par-index (seat, state, one transaction, history, audit).
import { revalidatePath } from "next/cache";
import { ACTION_ROLES, PAR_EVALUATION_HREF } from "@/domain/access";
import { defineAction } from "@/server/actions/define-action";
import { defineFileAction } from "@/server/actions/define-file-action";
import {
  allowLateParSubmission,
  appraiseParAnswer,
  declareParAnswer,
  finaliseParUnit,
  nameParDelegate,
  openParEvaluation,
  publishParEvaluation,
  refreshParMetrics,
  reopenParUnit,
  returnParAnswer,
  submitParUnit,
} from "@/server/par-index/evaluations";
import { attachParEvidence, inspectEvidence, removeParEvidence } from "@/server/par-index/evidence";
import { UserFacingError } from "@/server/user-facing-error";
import {
  allowLateInput,
  appraiseInput,
  declareInput,
  delegateInput,
  evidenceInput,
  finaliseInput,
  openEvaluationInput,
  publishInput,
  removeEvidenceInput,
  reopenInput,
  returnInput,
  submitInput,
  unitStepInput,
} from "./schemas";

/** Every page showing evaluations reads them fresh after a change. */
function refresh() {
  revalidatePath(PAR_EVALUATION_HREF.homeAffairs, "layout");
  revalidatePath(PAR_EVALUATION_HREF.unit, "layout");
}

const HOME = ACTION_ROLES.parEvaluationHomeAffairs;
const UNIT = ACTION_ROLES.parEvaluationUnit;

export const openParEvaluationAction = defineAction({
  roles: HOME,
  input: openEvaluationInput,
  run: async (input, user) => {
    const result = await openParEvaluation(user, {
      setId: input.setId,
      targetIds: input["targetIds[]"],
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      submitDeadline: input.submitDeadline,
    });
    refresh();
    return result;
  },
});

export const nameParDelegateAction = defineAction({
  roles: UNIT,
  input: delegateInput,
  run: async (input, user) => {
    const result = await nameParDelegate(user, input);
    refresh();
    return result;
  },
});

export const declareParAnswerAction = defineAction({
  roles: UNIT,
  input: declareInput,
  run: async (input, user) => {
    const result = await declareParAnswer(user, input);
    refresh();
    return result;
  },
});

export const attachParEvidenceAction = defineFileAction({
  roles: UNIT,
  input: evidenceInput,
  fileFields: ["file"],
  run: async (input, user, files) => {
    const file = files.get("file");
    if (!file)
      throw new UserFacingError("Xin vui lòng chọn tệp tài liệu kiểm chứng.", { file: ["Xin vui lòng chọn tệp."] });
    const result = await attachParEvidence(user, input, await inspectEvidence(file));
    refresh();
    return result;
  },
});

export const removeParEvidenceAction = defineAction({
  roles: UNIT,
  input: removeEvidenceInput,
  run: async (input, user) => {
    const result = await removeParEvidence(user, input);
    refresh();
    return result;
  },
});

export const submitParUnitAction = defineAction({
  roles: UNIT,
  input: submitInput,
  run: async (input, user) => {
    const result = await submitParUnit(user, input);
    refresh();
    return result;
  },
});

/** Home affairs and the unit both refresh the figures while the unit is not finalised. */
export const refreshParMetricsAction = defineAction({
  roles: ACTION_ROLES.parEvaluationFigures,
  input: unitStepInput,
  run: async (input, user) => {
    const result = await refreshParMetrics(user, input);
    refresh();
    return result;
  },
});

export const allowLateParSubmissionAction = defineAction({
  roles: HOME,
  input: allowLateInput,
  run: async (input, user) => {
    const result = await allowLateParSubmission(user, input);
    refresh();
    return result;
  },
});

export const appraiseParAnswerAction = defineAction({
  roles: HOME,
  input: appraiseInput,
  run: async (input, user) => {
    const result = await appraiseParAnswer(user, input);
    refresh();
    return result;
  },
});

export const returnParAnswerAction = defineAction({
  roles: HOME,
  input: returnInput,
  run: async (input, user) => {
    const result = await returnParAnswer(user, input);
    refresh();
    return result;
  },
});

export const finaliseParUnitAction = defineAction({
  roles: HOME,
  input: finaliseInput,
  run: async (input, user) => {
    const result = await finaliseParUnit(user, input);
    refresh();
    return result;
  },
});

export const reopenParUnitAction = defineAction({
  roles: HOME,
  input: reopenInput,
  run: async (input, user) => {
    const result = await reopenParUnit(user, input);
    refresh();
    return result;
  },
});

export const publishParEvaluationAction = defineAction({
  roles: HOME,
  input: publishInput,
  run: async (input, user) => {
    const result = await publishParEvaluation(user, input);
    refresh();
    return result;
  },
});
