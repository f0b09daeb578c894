// The postal part of the desk's intake form. Intake by post (channel POSTAL): the parcel's waybill and when it
// reached the desk — valid receipt is that moment (ONLINE-SERVICES.md), so the deadline runs from it. Return by post:
// the receiver on the two-level map, required when the applicant asks for it. Raw form strings in, checked values out.
import { z } from "zod";
import { parseLocalDateTime } from "@/lib/dates/local-date-time";
import { optionalText } from "@/lib/text-input";
import { receiverSchema, type PostalPerson } from "./receiver";
import { inboundWaybillSchema } from "./waybill";

export const DESK_POSTAL_MESSAGES = {
  waybill: "Hồ sơ nhận qua bưu điện: xin vui lòng nhập số vận đơn ghi trên bưu gửi.",
  arrivedAt: "Thời điểm nhận bưu gửi chưa đúng. Xin vui lòng chọn ngày và giờ (ví dụ: 23/04/2026 14:30).",
  arrivedLater: "Thời điểm nhận bưu gửi không được sau thời điểm hiện tại.",
  intakeNotAllowed: "Thủ tục này không tiếp nhận hồ sơ qua bưu chính công ích.",
} as const;

const raw = (max: number) => optionalText(max, "Nội dung quá dài.");

/** The form's postal fields as they arrive (all optional strings). */
export const deskPostalShape = {
  postalWaybill: raw(40),
  postalArrivedAt: raw(20),
  receiverName: raw(400),
  receiverPhone: raw(40),
  receiverEmail: raw(300),
  receiverAddress: raw(600),
  receiverProvince: raw(10),
  receiverCommune: raw(200),
};

export const DESK_POSTAL_FIELDS = Object.keys(deskPostalShape) as (keyof typeof deskPostalShape)[];

export type DeskPostalRaw = { [K in keyof typeof deskPostalShape]?: string | undefined };

export interface DeskPostal {
  /** Channel POSTAL: the parcel. `arrivedAt` null = it arrives now. */
  intake: { waybill: string; arrivedAt: Date | null } | null;
  /** Return by post: where to. */
  receiver: PostalPerson | null;
}

const RECEIVER_FIELD: Record<string, keyof DeskPostalRaw> = {
  name: "receiverName",
  phone: "receiverPhone",
  email: "receiverEmail",
  address: "receiverAddress",
  province: "receiverProvince",
  commune: "receiverCommune",
};

/** Checks the postal fields against the channel and the return choice; issues go to the form's field names. */
export function resolveDeskPostal(
  value: DeskPostalRaw & { channel: string; postalReturn: boolean },
  ctx: z.core.$RefinementCtx,
): DeskPostal {
  let intake: DeskPostal["intake"] = null;
  if (value.channel === "POSTAL") {
    const waybill = inboundWaybillSchema.safeParse(value.postalWaybill ?? "");
    if (!value.postalWaybill)
      ctx.addIssue({ code: "custom", path: ["postalWaybill"], message: DESK_POSTAL_MESSAGES.waybill });
    else if (!waybill.success)
      ctx.addIssue({ code: "custom", path: ["postalWaybill"], message: waybill.error.issues[0]!.message });
    let arrivedAt: Date | null = null;
    if (value.postalArrivedAt) {
      arrivedAt = parseLocalDateTime(value.postalArrivedAt);
      if (!arrivedAt)
        ctx.addIssue({ code: "custom", path: ["postalArrivedAt"], message: DESK_POSTAL_MESSAGES.arrivedAt });
    }
    if (waybill.success) intake = { waybill: waybill.data, arrivedAt };
  }
  let receiver: PostalPerson | null = null;
  if (value.postalReturn) {
    const parsed = receiverSchema.safeParse({
      name: value.receiverName ?? "",
      phone: value.receiverPhone ?? "",
      email: value.receiverEmail,
      address: value.receiverAddress ?? "",
      province: value.receiverProvince ?? "",
      commune: value.receiverCommune,
    });
    if (parsed.success) receiver = parsed.data;
    else
      for (const issue of parsed.error.issues)
        ctx.addIssue({
          code: "custom",
          path: [RECEIVER_FIELD[String(issue.path[0])] ?? "receiverName"],
          message: issue.message,
        });
  }
  return { intake, receiver };
}
