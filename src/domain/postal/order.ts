// The order the unit sends to the public postal service to collect a result and carry it to the receiver
// (ONLINE-SERVICES.md, "Public postal service"): CustomerCode, ItemCode (the waybill), OrderNumber (the dossier
// code), CODAmount, Sender…, Receiver…, Description; the answer is {Status, Message}, "100" meaning accepted. The
// stand-in server (src/tooling/postal-sandbox) validates with the same schema, so both ends speak one protocol.
import { z } from "zod";
import { fullAddress, type PostalPerson } from "./receiver";
import { isValidWaybill } from "./waybill";

export const ORDER_ACCEPTED = "100";

const text = (max: number) => z.string().trim().min(1).max(max);

export const postalOrderSchema = z.object({
  CustomerCode: text(50),
  ItemCode: z.string().refine(isValidWaybill, { error: "ItemCode is not a valid S10 waybill" }),
  OrderNumber: text(50),
  CODAmount: z.number().int().min(0),
  SenderName: text(200),
  SenderPhone: z.string().max(20),
  SenderAddress: text(500),
  ReceiverName: text(200),
  ReceiverPhone: z.string().regex(/^0\d{9,10}$/),
  ReceiverEmail: z.string().max(254),
  ReceiverAddress: text(500),
  ReceiverProvince: text(100),
  ReceiverCommune: text(120),
  Description: text(500),
});

export type PostalOrder = z.infer<typeof postalOrderSchema>;

export interface OrderInput {
  customerCode: string;
  waybill: string;
  dossierCode: string;
  /** Thu hộ: what the postman collects from the receiver (VND), 0 when the fee was paid. */
  codAmount: number;
  sender: { name: string; phone: string | null; address: string };
  receiver: PostalPerson;
  procedureName: string;
}

export function buildPostalOrder(input: OrderInput): PostalOrder {
  return {
    CustomerCode: input.customerCode,
    ItemCode: input.waybill,
    OrderNumber: input.dossierCode,
    CODAmount: input.codAmount,
    SenderName: input.sender.name,
    SenderPhone: input.sender.phone ?? "",
    SenderAddress: input.sender.address,
    ReceiverName: input.receiver.name,
    ReceiverPhone: input.receiver.phone,
    ReceiverEmail: input.receiver.email ?? "",
    ReceiverAddress: fullAddress(input.receiver),
    ReceiverProvince: input.receiver.provinceName,
    ReceiverCommune: input.receiver.communeName,
    // The description travels on the label: the procedure and the dossier code, never the result's content.
    Description: `Kết quả giải quyết TTHC: ${input.procedureName} (hồ sơ ${input.dossierCode})`.slice(0, 500),
  };
}

const answerSchema = z.object({ Status: z.union([z.string(), z.number()]), Message: z.string().optional() });

export type OrderAnswer =
  | { kind: "accepted"; message: string }
  /** The post refused this order (a field, the key, the waybill): retrying the same message cannot help. */
  | { kind: "refused"; status: string; message: string }
  /** Nothing usable came back (not JSON, no Status): worth another try. */
  | { kind: "garbled"; message: string };

/** Reads the post's answer body. */
export function readOrderAnswer(body: unknown): OrderAnswer {
  const parsed = answerSchema.safeParse(body);
  if (!parsed.success) return { kind: "garbled", message: "Câu trả lời của bưu điện không đúng định dạng." };
  const status = String(parsed.data.Status);
  const message = parsed.data.Message ?? "";
  return status === ORDER_ACCEPTED ? { kind: "accepted", message } : { kind: "refused", status, message };
}
