// One-time codes (mã xác thực) that prove a citizen controls a phone or an e-mail address: 6 digits, valid 10 minutes,
// 5 wrong tries, and a pause before another code is sent to the same contact. The numbers are policy, kept here.
import { z } from "zod";

export const ONE_TIME_CODE = {
  digits: 6,
  ttlMinutes: 10,
  maxAttempts: 5,
  /** Between two codes to the same contact. */
  resendCooldownSeconds: 60,
  /** Codes sent to one contact within an hour, whatever the address asking. */
  perContactPerHour: 5,
  /** Codes requested from one address within an hour, whatever the contact. */
  perAddressPerHour: 20,
  /** How long a verified contact's session lasts (the citizen proves it again afterwards). */
  sessionMinutes: 30,
} as const;

/** What a code unlocks (ContactChallenge.purpose). */
export const CODE_PURPOSES = ["submit", "my_dossiers", "feedback"] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

export const CODE_MESSAGES = {
  shape: "Mã xác thực gồm đúng 6 chữ số. Xin vui lòng kiểm tra lại tin nhắn hoặc thư.",
  wrong: (left: number) =>
    left > 0
      ? `Mã xác thực chưa đúng. Ông/bà còn ${left} lần thử.`
      : "Mã xác thực chưa đúng và đã hết số lần thử. Xin vui lòng yêu cầu gửi mã mới.",
  exhausted: "Mã này đã hết số lần thử. Xin vui lòng yêu cầu gửi mã mới.",
  expired: "Mã xác thực đã hết hạn (mã có hiệu lực 10 phút). Xin vui lòng yêu cầu gửi mã mới.",
  missing: "Chưa có mã xác thực nào đang hiệu lực cho liên hệ này. Xin vui lòng yêu cầu gửi mã.",
  cooldown: (seconds: number) =>
    `Mã vừa được gửi. Xin vui lòng chờ ${seconds} giây rồi yêu cầu gửi lại, hoặc kiểm tra tin nhắn hoặc thư vừa nhận.`,
  tooMany: (minutes: number) =>
    `Ông/bà đã yêu cầu quá nhiều mã trong thời gian ngắn. Xin vui lòng thử lại sau ${minutes} phút.`,
} as const;

/** The code as typed: spaces and dashes removed ("123 456" is fine), then exactly 6 ASCII digits. */
export const codeField = z
  .string({ error: CODE_MESSAGES.shape })
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: CODE_MESSAGES.shape }));

/** A random 6-digit code from uniform random bytes (the caller passes a CSPRNG's output, e.g. crypto.randomInt). */
export function formatCode(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10 ** ONE_TIME_CODE.digits) throw new Error("code out of range");
  return String(n).padStart(ONE_TIME_CODE.digits, "0");
}

export interface ChallengeFacts {
  attempts: number;
  expiresAt: Date;
  consumedAt: Date | null;
}

export type ChallengeState = "open" | "expired" | "exhausted" | "consumed";

/** Whether a code may still be tried: not used, not expired, tries left. */
export function challengeState(challenge: ChallengeFacts, now: Date): ChallengeState {
  if (challenge.consumedAt) return "consumed";
  if (challenge.attempts >= ONE_TIME_CODE.maxAttempts) return "exhausted";
  if (now.getTime() >= challenge.expiresAt.getTime()) return "expired";
  return "open";
}

export const expiresAtFor = (now: Date) => new Date(now.getTime() + ONE_TIME_CODE.ttlMinutes * 60_000);

/** Seconds to wait before another code to the same contact; 0 when one may be sent now. */
export function resendWaitSeconds(lastSentAt: Date | null, now: Date): number {
  if (!lastSentAt) return 0;
  const elapsed = (now.getTime() - lastSentAt.getTime()) / 1000;
  return elapsed >= ONE_TIME_CODE.resendCooldownSeconds ? 0 : Math.ceil(ONE_TIME_CODE.resendCooldownSeconds - elapsed);
}

/** Tries left after `attempts` wrong ones. */
export const attemptsLeft = (attempts: number) => Math.max(0, ONE_TIME_CODE.maxAttempts - attempts);
