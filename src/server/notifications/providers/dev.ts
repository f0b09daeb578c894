// Development provider: "sends" into the DevOutboxMessage table, which the admin area shows as a mailbox. One row per
// notification (unique notificationId), so a redelivered job writes nothing more and still succeeds.
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { sqlOf, UTC_NOW, type SqlClient } from "../sql";
import type { NotificationProvider, OutgoingMessage } from "./types";

export function createDevProvider(client: SqlClient | PrismaClient): NotificationProvider {
  const sql = sqlOf(client);
  return {
    async send(message: OutgoingMessage) {
      const inserted = await sql.executeSql(
        `INSERT INTO "DevOutboxMessage" ("id", "notificationId", "channel", "recipient", "subject", "body", "deliveredAt")
         VALUES ($1, $2, $3::"NotificationChannel", $4, $5, $6, ${UTC_NOW})
         ON CONFLICT ("notificationId") DO NOTHING RETURNING "id"`,
        [
          crypto.randomUUID(),
          message.notificationId,
          message.channel,
          message.recipient,
          message.subject,
          message.body,
        ],
      );
      // Nothing inserted: delivered before (a redelivered job, or two racing), which is the same outcome.
      const row =
        inserted.rows[0] ??
        (
          await sql.executeSql(`SELECT "id" FROM "DevOutboxMessage" WHERE "notificationId" = $1`, [
            message.notificationId,
          ])
        ).rows[0];
      return { providerMessageId: `dev:${String(row.id)}` };
    },
  };
}
