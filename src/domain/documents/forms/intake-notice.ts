// An IntakeNotice prints as form 02 (supplement request) or form 03 (refusal), by its kind.
import type { IntakeNoticeDocument } from "../model";
import type { DocumentSpec } from "../spec";
import { refusalSpec } from "./refusal";
import { supplementRequestSpec } from "./supplement-request";

export const intakeNoticeSpec = (notice: IntakeNoticeDocument): DocumentSpec =>
  notice.kind === "REFUSAL" ? refusalSpec(notice.data) : supplementRequestSpec(notice.data);
