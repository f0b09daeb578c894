import "server-only";
// Proving a phone or an e-mail address with a one-time code (no passwords for citizens). The code goes through the
// notification outbox (SMS or e-mail, in the same transaction as the challenge row; the development mailbox shows it
// in the demo); only an HMAC of it is kept. Wrong tries are counted on the challenge (5) and per address; sending is
// limited per contact and per address, with a pause between two codes to the same contact.
import { createHmac, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { renderNotification } from "@/domain/notifications";
import {
  attemptsLeft,
  challengeState,
  CODE_MESSAGES,
  expiresAtFor,
  formatCode,
  maskContact,
  ONE_TIME_CODE,
  resendWaitSeconds,
  type CodePurpose,
  type Contact,
} from "@/domain/online-submission";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { enqueueNotifications } from "@/server/notifications";
import { notificationSettings } from "@/server/notifications/settings";
import {
  contactCodeFailuresByAddress,
  contactCodesByAddress,
  contactCodesByContact,
  minutesToWait,
  recordFailure,
  secondsBlocked,
} from "@/server/rate-limit";

function secret(): string {
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is needed to hash one-time codes");
  return env.AUTH_SECRET;
}

/** HMAC of the code bound to its challenge: a leaked table gives neither the codes nor a way to test them offline. */
const codeHash = (challengeId: string, code: string) =>
  createHmac("sha256", secret()).update(`motcua-contact-code\n${challengeId}\n${code}`).digest("hex");

const contactKey = (contact: Contact) => `${contact.kind}:${contact.value}`;

export type SendCodeResult =
  { ok: true; masked: string; expiresAt: Date } | { ok: false; message: string; retryAfterSeconds?: number };

/** Sends a new code to the contact, unless a limit says wait. */
export async function sendContactCode(
  contact: Contact,
  purpose: CodePurpose,
  address: string,
  now: Date = new Date(),
): Promise<SendCodeResult> {
  const blocked = Math.max(
    await secondsBlocked(contactCodesByAddress, address),
    await secondsBlocked(contactCodesByContact, contactKey(contact)),
  );
  if (blocked > 0)
    return { ok: false, message: CODE_MESSAGES.tooMany(minutesToWait(blocked)), retryAfterSeconds: blocked };
  const last = await db.contactChallenge.findFirst({
    where: { kind: contact.kind, value: contact.value },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const wait = resendWaitSeconds(last?.createdAt ?? null, now);
  if (wait > 0) return { ok: false, message: CODE_MESSAGES.cooldown(wait), retryAfterSeconds: wait };

  const settings = notificationSettings();
  const channel = contact.kind === "PHONE" ? "SMS" : "EMAIL";
  if (!settings.NOTIFY_CHANNELS.includes(channel))
    return {
      ok: false,
      message:
        contact.kind === "PHONE"
          ? "Hiện cổng chưa gửi được tin nhắn SMS. Xin vui lòng dùng địa chỉ thư điện tử."
          : "Hiện cổng chưa gửi được thư điện tử. Xin vui lòng dùng số điện thoại di động.",
    };

  await recordFailure(contactCodesByAddress, address);
  await recordFailure(contactCodesByContact, contactKey(contact));
  const code = formatCode(randomInt(0, 10 ** ONE_TIME_CODE.digits));
  const id = randomUUID();
  const expiresAt = expiresAtFor(now);
  const rendered = renderNotification(
    "contact.code",
    { code, ttlMinutes: ONE_TIME_CODE.ttlMinutes, appUrl: settings.APP_URL },
    "vi",
  );
  await db.$transaction(async (tx) => {
    await tx.contactChallenge.create({
      data: {
        id,
        kind: contact.kind,
        value: contact.value,
        purpose,
        codeHash: codeHash(id, code),
        expiresAt,
        createdAt: now,
      },
    });
    await enqueueNotifications(tx, [
      {
        channel,
        recipient: contact.value,
        template: "contact.code",
        subject: rendered.subject,
        body: channel === "SMS" ? rendered.sms : rendered.body,
      },
    ]);
  });
  return { ok: true, masked: maskContact(contact), expiresAt };
}

export type VerifyCodeResult =
  | { ok: true; contactId: string }
  | { ok: false; message: string; reason: "wrong" | "expired" | "exhausted" | "missing" | "throttled" };

/** Checks a typed code against the contact's latest challenge; on success the contact is verified (created once). */
export async function verifyContactCode(
  contact: Contact,
  code: string,
  address: string,
  now: Date = new Date(),
): Promise<VerifyCodeResult> {
  const blocked = await secondsBlocked(contactCodeFailuresByAddress, address);
  if (blocked > 0) return { ok: false, reason: "throttled", message: CODE_MESSAGES.tooMany(minutesToWait(blocked)) };
  const challenge = await db.contactChallenge.findFirst({
    where: { kind: contact.kind, value: contact.value },
    orderBy: { createdAt: "desc" },
  });
  if (!challenge) return { ok: false, reason: "missing", message: CODE_MESSAGES.missing };
  const state = challengeState(challenge, now);
  if (state === "consumed") return { ok: false, reason: "missing", message: CODE_MESSAGES.missing };
  if (state === "expired") return { ok: false, reason: "expired", message: CODE_MESSAGES.expired };
  if (state === "exhausted") return { ok: false, reason: "exhausted", message: CODE_MESSAGES.exhausted };

  const expected = Buffer.from(challenge.codeHash, "hex");
  const given = Buffer.from(codeHash(challenge.id, code), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    // Counted in the database (never more than the maximum, whatever runs at once), and per address.
    const counted = await db.contactChallenge.updateManyAndReturn({
      where: { id: challenge.id, consumedAt: null, attempts: { lt: ONE_TIME_CODE.maxAttempts } },
      data: { attempts: { increment: 1 } },
      select: { attempts: true },
    });
    await recordFailure(contactCodeFailuresByAddress, address);
    const attempts = counted[0]?.attempts ?? ONE_TIME_CODE.maxAttempts;
    const left = attemptsLeft(attempts);
    return { ok: false, reason: left > 0 ? "wrong" : "exhausted", message: CODE_MESSAGES.wrong(left) };
  }

  return db.$transaction(async (tx) => {
    const consumed = await tx.contactChallenge.updateMany({
      where: { id: challenge.id, consumedAt: null, attempts: { lt: ONE_TIME_CODE.maxAttempts } },
      data: { consumedAt: now },
    });
    // Used by a concurrent request a moment ago: one code opens one session.
    if (consumed.count !== 1) return { ok: false as const, reason: "missing" as const, message: CODE_MESSAGES.missing };
    const verified = await tx.verifiedContact.upsert({
      where: { kind_value: { kind: contact.kind, value: contact.value } },
      create: { kind: contact.kind, value: contact.value, firstVerifiedAt: now, lastVerifiedAt: now },
      update: { lastVerifiedAt: now },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: null,
        action: "citizen.verify_contact",
        entity: "VerifiedContact",
        entityId: verified.id,
        detail: { kind: contact.kind, purpose: challenge.purpose },
        ip: address,
      },
      tx,
    );
    return { ok: true as const, contactId: verified.id };
  });
}
