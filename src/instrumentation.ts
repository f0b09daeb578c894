// Runs once when the Next.js server starts. The notification producer (pg-boss) connects here rather than inside the
// first dossier transaction that enqueues a message: on the embedded database no other connection gets in while a
// transaction is open, so a lazy start there would wait for itself.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startNotificationProducer } = await import("@/server/notifications");
    await startNotificationProducer();
  }
}
