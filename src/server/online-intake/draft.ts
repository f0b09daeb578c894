import "server-only";
// The online form between its steps: what the citizen entered so far (applicant, receiving unit and delivery), in an
// encrypted, authenticated httpOnly cookie (AES-256-GCM, key derived from AUTH_SECRET). Nothing is written to the
// database before the final submission, and files travel once, with it: going back a step uploads nothing twice and
// an abandoned form leaves no row and no file. The cookie is bound to the verified contact and the procedure.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import {
  applicantStepSchema,
  deliveryStepSchema,
  receiverFormValues,
  type ApplicantStep,
  type DeliveryStep,
} from "@/domain/online-submission";
import type { PostalPerson } from "@/domain/postal";
import { env } from "@/server/env";

export const DRAFT_COOKIE = "motcua_ho_so_nhap";
const DRAFT_HOURS = 2;

export interface OnlineDraft {
  contactId: string;
  procedureId: string;
  applicant?: ApplicantStep;
  delivery?: DeliveryStep;
}

function key(): Buffer {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is needed to seal the online form's draft");
  return createHash("sha256").update(`motcua-online-draft\n${env.AUTH_SECRET}`).digest();
}

export function sealDraft(draft: OnlineDraft): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(draft), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** The draft a cookie holds, re-validated by the steps' schemas; null when absent, forged or malformed. */
export function openDraft(sealed: string): OnlineDraft | null {
  const [iv, tag, body, ...rest] = sealed.split(".");
  if (!iv || !tag || !body || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const json = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    const raw = JSON.parse(json) as Record<string, unknown>;
    if (typeof raw.contactId !== "string" || typeof raw.procedureId !== "string") return null;
    const applicant = raw.applicant ? applicantStepSchema.safeParse(raw.applicant) : null;
    const delivery = raw.delivery ? deliveryStepSchema.safeParse(flattenDelivery(raw.delivery)) : null;
    return {
      contactId: raw.contactId,
      procedureId: raw.procedureId,
      ...(applicant?.success ? { applicant: applicant.data } : {}),
      ...(delivery?.success ? { delivery: delivery.data } : {}),
    };
  } catch {
    return null;
  }
}

/** A stored delivery back into the shape its form sends (the schema reads the receiver's fields flat). */
function flattenDelivery(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const { receiver, ...rest } = value as { receiver?: PostalPerson };
  return { ...rest, ...(receiver ? receiverFormValues(receiver) : {}) };
}

/** The draft for this contact and procedure, or a fresh one. */
export async function readDraft(contactId: string, procedureId: string): Promise<OnlineDraft> {
  const sealed = (await cookies()).get(DRAFT_COOKIE)?.value;
  const draft = sealed ? openDraft(sealed) : null;
  return draft && draft.contactId === contactId && draft.procedureId === procedureId
    ? draft
    : { contactId, procedureId };
}

export async function writeDraft(draft: OnlineDraft): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, sealDraft(draft), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production" && env.APP_URL.startsWith("https:"),
    path: "/",
    maxAge: DRAFT_HOURS * 60 * 60,
  });
}

export async function clearDraft(): Promise<void> {
  (await cookies()).delete(DRAFT_COOKIE);
}
