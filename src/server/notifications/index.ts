import "server-only";
// What the web app calls. The outbox functions take the caller's transaction client; call them inside the
// dossier service's transaction, after the transition is written.
import { db } from "@/server/db";
import { retryFailedNotification } from "./outbox";

export {
  enqueueNotifications,
  notifyDossierReceived,
  notifyPaymentReceived,
  notifyRegisteredOnline,
  notifyRescheduled,
  notifyResultReady,
  notifySupplementNeeded,
  startNotificationProducer,
  type OutboxMessage,
} from "./outbox";
export { notifyIntakeRefused, notifyIntakeSupplementAnswered, notifyIntakeSupplementNeeded } from "./online-intake";

/** "Thử gửi lại" (admin dead-letter view): re-enqueues a FAILED notification. False if it is not FAILED. */
export function retryNotification(id: string): Promise<boolean> {
  return retryFailedNotification(db, id);
}
