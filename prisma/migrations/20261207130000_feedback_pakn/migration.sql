-- Feedback and complaints (phản ánh, kiến nghị; issue 12): the items and their append-only history.

-- CreateEnum
CREATE TYPE "FeedbackChannel" AS ENUM ('WEB', 'DESK', 'HOTLINE');

-- CreateEnum
CREATE TYPE "FeedbackCategory" AS ENUM ('REGULATION', 'PROCEDURE', 'STAFF_CONDUCT', 'OTHER');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('RECEIVED', 'REFUSED', 'NEEDS_INFO', 'ANSWERED', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "FeedbackVerdict" AS ENUM ('SATISFIED', 'DISSATISFIED');

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "channel" "FeedbackChannel" NOT NULL,
    "category" "FeedbackCategory",
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "dossierId" TEXT,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT,
    "citizenName" TEXT NOT NULL,
    "contactId" TEXT,
    "contactText" TEXT,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'RECEIVED',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "calendarRevision" INTEGER NOT NULL,
    "refuseDueAt" TIMESTAMP(3) NOT NULL,
    "infoDueAt" TIMESTAMP(3) NOT NULL,
    "answerDueAt" TIMESTAMP(3) NOT NULL,
    "publishDueAt" TIMESTAMP(3),
    "refusedAt" TIMESTAMP(3),
    "refusalReason" TEXT,
    "infoRequestedAt" TIMESTAMP(3),
    "infoRequest" TEXT,
    "infoSuppliedAt" TIMESTAMP(3),
    "infoSupplied" TEXT,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "verdict" "FeedbackVerdict",
    "verdictAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackEvent" (
    "id" BIGSERIAL NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "type" TEXT NOT NULL,
    "fromStatus" "FeedbackStatus",
    "toStatus" "FeedbackStatus",
    "note" TEXT,
    "payload" JSONB,

CONSTRAINT "FeedbackEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_code_key" ON "Feedback"("code");

-- CreateIndex
CREATE INDEX "Feedback_unitId_receivedAt_idx" ON "Feedback"("unitId", "receivedAt");

-- CreateIndex
CREATE INDEX "Feedback_officeId_status_answerDueAt_idx" ON "Feedback"("officeId", "status", "answerDueAt");

-- CreateIndex
CREATE INDEX "Feedback_unitId_status_answerDueAt_idx" ON "Feedback"("unitId", "status", "answerDueAt");

-- CreateIndex
CREATE INDEX "Feedback_contactId_receivedAt_idx" ON "Feedback"("contactId", "receivedAt");

-- CreateIndex
CREATE INDEX "Feedback_dossierId_idx" ON "Feedback"("dossierId");

-- CreateIndex
CREATE INDEX "Feedback_unitId_publishedAt_idx" ON "Feedback"("unitId", "publishedAt");

-- CreateIndex
CREATE INDEX "FeedbackEvent_feedbackId_at_idx" ON "FeedbackEvent"("feedbackId", "at");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "VerifiedContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackEvent" ADD CONSTRAINT "FeedbackEvent_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackEvent" ADD CONSTRAINT "FeedbackEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The history is append-only, as DossierEvent (the same function from the first migration).
CREATE TRIGGER "FeedbackEvent_append_only" BEFORE UPDATE OR DELETE ON "FeedbackEvent"
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_history_change();
CREATE TRIGGER "FeedbackEvent_no_truncate" BEFORE TRUNCATE ON "FeedbackEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change();
