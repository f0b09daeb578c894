"use server";
// The payment forms' server actions. Paying online is open to anyone who proves the dossier (code + the tracking
// page's second factor, checked again here); recording a desk payment or a refund is the receiving unit's desk's.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { formInt, idText, optionalText, requiredText } from "@/lib/text-input";
import type { ActionState } from "@/lib/action-state";
import { defineAction, screenFormData } from "@/server/actions/define-action";
import { db } from "@/server/db";
import { clientAddress } from "@/server/rate-limit";
import { paymentContext, recordDeskPayment, refundPayment, startOnlinePayment } from "@/server/payments";
import { proveCitizenDossier } from "@/server/payments/citizen";

const payInput = z.object({
  code: requiredText(1, 40, { required: "Xin nhập mã hồ sơ.", min: "Xin nhập mã hồ sơ.", max: "Mã hồ sơ quá dài." }),
  factor: requiredText(1, 40, {
    required: "Xin nhập mã tra cứu hoặc 4 số cuối số điện thoại.",
    min: "Xin nhập mã tra cứu hoặc 4 số cuối số điện thoại.",
    max: "Thông tin xác thực quá dài.",
  }),
});

/** "Thanh toán trực tuyến": INIT at the platform, then the browser goes to its pay page. */
export async function startOnlinePaymentAction(
  _previous: ActionState | undefined,
  formData: FormData,
): Promise<ActionState> {
  const refused = screenFormData(formData);
  if (refused) return refused;
  const parsed = payInput.safeParse({ code: formData.get("code"), factor: formData.get("factor") });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Thông tin chưa hợp lệ." };
  const requestHeaders = await headers();
  const proven = await proveCitizenDossier(parsed.data, requestHeaders);
  if (!proven.ok) return { ok: false, message: proven.message };
  let paymentUrl: string;
  try {
    const started = await startOnlinePayment(
      { dossierId: proven.dossierId },
      { clientIp: clientAddress(requestHeaders) },
      paymentContext(),
    );
    if (!started.ok) return { ok: false, message: started.message };
    paymentUrl = started.paymentUrl;
  } catch (error) {
    console.error("[payments] start failed", error);
    return {
      ok: false,
      message: "Đã có lỗi ngoài dự kiến, chưa có khoản tiền nào bị trừ. Xin ông/bà vui lòng thử lại sau ít phút.",
    };
  }
  redirect(paymentUrl);
}

const dossierId = idText("Hồ sơ không hợp lệ.");

export const recordDeskPaymentAction = defineAction({
  roles: ACTION_ROLES.recordDeskPayment,
  input: z.object({
    dossierId,
    method: z.enum(["CASH", "TRANSFER"], { error: "Xin chọn hình thức thu." }),
    reference: optionalText(100, "Số biên lai hoặc mã giao dịch tối đa 100 ký tự."),
  }),
  run: async (input, user) => {
    const recorded = await recordDeskPayment(db, user, input);
    revalidatePath("/ho-so/[code]", "page");
    return recorded;
  },
});

export const refundPaymentAction = defineAction({
  roles: ACTION_ROLES.refundPayment,
  input: z.object({
    dossierId,
    amount: formInt(
      { invalid: "Xin nhập số tiền hoàn trả (số nguyên, đồng).", min: "Số tiền hoàn trả phải lớn hơn 0." },
      { min: 1, max: 1_000_000_000 },
    ),
    reason: requiredText(3, 500, {
      required: "Xin ghi lý do hoàn trả.",
      min: "Xin ghi lý do hoàn trả.",
      max: "Lý do hoàn trả tối đa 500 ký tự.",
    }),
  }),
  run: async (input, user) => {
    const refunded = await refundPayment(db, user, input);
    revalidatePath("/ho-so/[code]", "page");
    return refunded;
  },
});
