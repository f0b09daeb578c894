// What the payment services need, passed in: the web app binds its own database and settings (./index.ts), the
// worker and the tests theirs. No import of @/server/db here, so the worker can run these without the web app's env.
import type {
  AttemptStatus as DomainAttemptStatus,
  PaymentMethod as DomainPaymentMethod,
  PaymentStatus as DomainPaymentStatus,
} from "@/domain/payment";
import type { PrismaClient } from "@/generated/prisma/client";
import type {
  PaymentAttemptStatus as DbAttemptStatus,
  PaymentMethod as DbPaymentMethod,
  PaymentStatus as DbPaymentStatus,
} from "@/generated/prisma/enums";
import type { OutboxOptions } from "@/server/notifications/outbox";
import type { PaymentSettings } from "./settings";

export interface PaymentContext {
  db: PrismaClient;
  settings: PaymentSettings;
  /** The outbox's producer and settings (tests pass their own; the default is the process's). */
  outbox?: OutboxOptions;
  /**
   * Stores a platform receipt as the dossier's RECEIPT file (src/server/files). The web app passes it; without it
   * (the worker, which runs outside Next.js) GET_BILL is left for the web app to do.
   */
  saveReceipt?: ReceiptSaver;
}

export type ReceiptSaver = (
  tx: Tx,
  input: { dossierId: string; bytes: Uint8Array; fileName: string },
) => Promise<{ id: string }>;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// The domain's payment vocabulary (src/domain/payment) and the database's enums must name the same values: tsc fails
// here the day they drift apart.
type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameStatuses: SameUnion<DomainPaymentStatus, DbPaymentStatus> = true;
const _sameMethods: SameUnion<DomainPaymentMethod, DbPaymentMethod> = true;
const _sameAttemptStatuses: SameUnion<DomainAttemptStatus, DbAttemptStatus> = true;
