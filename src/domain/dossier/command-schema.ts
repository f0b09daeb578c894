// Input schemas of the dossier commands. The state machine validates every command with these, so a server
// action can pass form values straight through and get Vietnamese field messages back.
import { z } from "zod";
import { idText, optionalFormInt, optionalText, requiredText } from "@/lib/text-input";
import { returnResultCommandSchema } from "./result-return";
import { RESULT_KINDS, type DossierCommand } from "./types";

/** Lý do: the written reasons the rules require (refusal form 03, supplement request form 02, stop, withdrawal…). */
export const reasonSchema = requiredText(
  5,
  1000,
  {
    required: "Xin vui lòng nhập lý do.",
    min: "Lý do cần có ít nhất 5 ký tự; xin vui lòng ghi rõ hơn.",
    max: "Lý do không được dài quá 1000 ký tự.",
  },
  { multiline: true },
);

export const noteSchema = optionalText(1000, "Ghi chú không được dài quá 1000 ký tự.", { multiline: true });

const idSchema = (message: string) => idText(message);

const officeIdSchema = idSchema("Xin vui lòng chọn phòng chuyên môn nhận hồ sơ.");
const officerIdSchema = idSchema("Xin vui lòng chọn cán bộ được phân công.");

export const receiveCommandSchema = z.object({ type: z.literal("receive") });
export const refuseCommandSchema = z.object({ type: z.literal("refuse"), reason: reasonSchema });
export const transferCommandSchema = z.object({ type: z.literal("transfer"), toOfficeId: officeIdSchema });
export const assignCommandSchema = z.object({ type: z.literal("assign"), officerId: officerIdSchema });
export const forwardCommandSchema = z.object({
  type: z.literal("forward"),
  toOfficeId: officeIdSchema,
  note: noteSchema,
});
export const requestSupplementCommandSchema = z.object({
  type: z.literal("request_supplement"),
  reason: reasonSchema,
});
/** Online intake, before receipt: form 02 delivered online; no pause, the statutory clock has not started. */
export const requestIntakeSupplementCommandSchema = z.object({
  type: z.literal("request_intake_supplement"),
  reason: reasonSchema,
});
export const recordSupplementCommandSchema = z.object({ type: z.literal("record_supplement"), note: noteSchema });
export const requestFinancialCommandSchema = z.object({
  type: z.literal("request_financial"),
  reason: reasonSchema,
  /** Số tiền phải nộp, whole VND, when known. */
  amount: optionalFormInt("Số tiền phải là số nguyên không âm (đồng), chỉ gồm chữ số.", { min: 0 }),
});
export const recordFinancialCommandSchema = z.object({ type: z.literal("record_financial"), note: noteSchema });
export const startVerificationCommandSchema = z.object({
  type: z.literal("start_verification"),
  reason: reasonSchema,
});
export const endVerificationCommandSchema = z.object({ type: z.literal("end_verification"), reason: reasonSchema });
export const submitForApprovalCommandSchema = z.object({
  type: z.literal("submit_for_approval"),
  resultKind: z.enum(RESULT_KINDS, { error: "Xin vui lòng chọn đề xuất: giải quyết hoặc từ chối giải quyết." }),
  note: noteSchema,
});
export const approveCommandSchema = z.object({ type: z.literal("approve"), note: noteSchema });
export const sendBackCommandSchema = z.object({ type: z.literal("send_back"), reason: reasonSchema });
export const withdrawCommandSchema = z.object({ type: z.literal("withdraw"), reason: reasonSchema });
export const stopCommandSchema = z.object({ type: z.literal("stop"), reason: reasonSchema });
/** Trả kết quả, with who collected it and the document checked: src/domain/dossier/result-return.ts. */
export { returnResultCommandSchema };

export const dossierCommandSchema = z.discriminatedUnion(
  "type",
  [
    receiveCommandSchema,
    refuseCommandSchema,
    transferCommandSchema,
    assignCommandSchema,
    forwardCommandSchema,
    requestSupplementCommandSchema,
    requestIntakeSupplementCommandSchema,
    recordSupplementCommandSchema,
    requestFinancialCommandSchema,
    recordFinancialCommandSchema,
    startVerificationCommandSchema,
    endVerificationCommandSchema,
    submitForApprovalCommandSchema,
    approveCommandSchema,
    sendBackCommandSchema,
    withdrawCommandSchema,
    stopCommandSchema,
    returnResultCommandSchema,
  ],
  { error: "Thao tác không hợp lệ." },
);

// The schema's output must be exactly the DossierCommand union (checked at compile time).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const commandSchemaMatchesType: Equal<z.output<typeof dossierCommandSchema>, DossierCommand> = true;
void commandSchemaMatchesType;
