import "server-only";
// Mã phản ánh PAKN-YYYY-NNNNNN: the next number of the year of receipt, taken under a transaction-scoped advisory lock
// so two submissions at once never get the same code (the unique index would refuse the second anyway).
import { formatFeedbackCode } from "@/domain/feedback";
import type { Prisma } from "@/generated/prisma/client";
import { localDateKey } from "@/lib/dates";

export async function nextFeedbackCode(tx: Prisma.TransactionClient, receivedAt: Date): Promise<string> {
  const year = Number(localDateKey(receivedAt).slice(0, 4));
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('motcua-feedback-code'), ${year})`;
  const prefix = `PAKN-${year}-`;
  const rows = await tx.$queryRaw<{ last: string | null }[]>`
    SELECT max(code) AS last FROM "Feedback" WHERE code LIKE ${`${prefix}%`}`;
  const last = rows[0]?.last;
  return formatFeedbackCode(year, last ? Number(last.slice(prefix.length)) + 1 : 1);
}
