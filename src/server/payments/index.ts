import "server-only";
// What the web app calls: the payment services bound to the app's database, settings and file store.
import { db } from "@/server/db";
import { generatedUpload, saveDossierFile } from "@/server/files";
import type { PaymentContext, ReceiptSaver } from "./context";
import { paymentSettings } from "./settings";

const saveReceipt: ReceiptSaver = async (tx, { dossierId, bytes, fileName }) =>
  saveDossierFile(tx, {
    dossierId,
    purpose: "RECEIPT",
    source: "PLATFORM",
    upload: await generatedUpload(bytes, fileName),
  });

/** The web app's payment context. */
export function paymentContext(): PaymentContext {
  return { db, settings: paymentSettings(), saveReceipt };
}

export { openPaymentRequest, cancelPaymentRequest, type OpenPaymentRequestInput } from "./requests";
export { startOnlinePayment, type PaymentTarget, type StartPaymentResult } from "./online";
export { handlePlatformCallback } from "./callback";
export { queryAttempt, reconcilePendingPayments } from "./reconcile";
export { fetchReceipt } from "./receipt";
export { recordDeskPayment, refundPayment } from "./desk";
export type { PaymentContext } from "./context";
