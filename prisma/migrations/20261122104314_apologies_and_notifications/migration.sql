-- CreateEnum
CREATE TYPE "ApologyKind" AS ENUM ('LATE', 'RESULT_ERROR');

-- CreateEnum
CREATE TYPE "ApologyStatus" AS ENUM ('DRAFT', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "originalAppointmentAt" TIMESTAMP(3),
ADD COLUMN     "rescheduleCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ApologyLetter" (
    "id" TEXT NOT NULL,
    "number" TEXT,
    "dossierId" TEXT NOT NULL,
    "kind" "ApologyKind" NOT NULL,
    "status" "ApologyStatus" NOT NULL DEFAULT 'DRAFT',
    "officeId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "extraWorkingDays" INTEGER NOT NULL,
    "previousAppointmentAt" TIMESTAMP(3) NOT NULL,
    "proposedAppointmentAt" TIMESTAMP(3) NOT NULL,
    "appointmentNote" TEXT NOT NULL,
    "calendarRevision" INTEGER NOT NULL,
    "draftedById" TEXT NOT NULL,
    "draftedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,

    CONSTRAINT "ApologyLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "dossierId" TEXT,
    "userId" TEXT,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "providerMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevOutboxMessage" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevOutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApologyLetter_number_key" ON "ApologyLetter"("number");

-- CreateIndex
CREATE INDEX "ApologyLetter_dossierId_idx" ON "ApologyLetter"("dossierId");

-- CreateIndex
CREATE INDEX "ApologyLetter_officeId_status_idx" ON "ApologyLetter"("officeId", "status");

-- CreateIndex
CREATE INDEX "ApologyLetter_decidedAt_idx" ON "ApologyLetter"("decidedAt");

-- CreateIndex
CREATE INDEX "Notification_status_createdAt_idx" ON "Notification"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_dossierId_idx" ON "Notification"("dossierId");

-- CreateIndex
CREATE UNIQUE INDEX "DevOutboxMessage_notificationId_key" ON "DevOutboxMessage"("notificationId");

-- CreateIndex
CREATE INDEX "DevOutboxMessage_deliveredAt_idx" ON "DevOutboxMessage"("deliveredAt");

-- AddForeignKey
ALTER TABLE "ApologyLetter" ADD CONSTRAINT "ApologyLetter_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApologyLetter" ADD CONSTRAINT "ApologyLetter_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApologyLetter" ADD CONSTRAINT "ApologyLetter_draftedById_fkey" FOREIGN KEY ("draftedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApologyLetter" ADD CONSTRAINT "ApologyLetter_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
