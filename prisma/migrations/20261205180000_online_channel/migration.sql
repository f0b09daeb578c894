-- Issue 9, the online channel: verified contacts and one-time codes, dossier files and electronic results, payment
-- requests with their attempts and raw platform messages, postal waybills and shipments, per-component flags.

-- CreateEnum
CREATE TYPE "ResultDelivery" AS ENUM ('AT_DESK', 'POST', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "DocumentReuse" AS ENUM ('NONE', 'REUSED', 'REUSED_FROM_NATIONAL_PORTAL');

-- CreateEnum
CREATE TYPE "ComponentCheck" AS ENUM ('PENDING', 'VALID', 'INVALID');

-- CreateEnum
CREATE TYPE "FilePurpose" AS ENUM ('COMPONENT', 'RESULT', 'RECEIPT');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('EMAIL', 'PHONE');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('UNPAID', 'AWAITING', 'PAID', 'REFUNDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('ONLINE', 'CASH', 'TRANSFER');

-- CreateEnum
CREATE TYPE "PaymentAttemptStatus" AS ENUM ('INITIATED', 'SUCCESS', 'FAILED');

-- CreateEnum
CREATE TYPE "PostalDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "ShipmentStatus" AS ENUM ('ARRIVED', 'REQUESTED', 'ACCEPTED', 'HANDED_OVER', 'DELIVERED', 'FAILED', 'CANCELLED');
-- AlterTable
ALTER TABLE "AdministrativeUnit" ADD COLUMN     "openingHours" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "postalCustomerCode" TEXT;
-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "intakeDueAt" TIMESTAMP(3),
ADD COLUMN     "resultDelivery" "ResultDelivery" NOT NULL DEFAULT 'AT_DESK',
ADD COLUMN     "submittedContactId" TEXT;
-- AlterTable
ALTER TABLE "DossierDocument" ADD COLUMN     "check" "ComponentCheck" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "checkNote" TEXT,
ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "checkedById" TEXT,
ADD COLUMN     "digitised" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "fromNationalStore" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "required" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reuse" "DocumentReuse" NOT NULL DEFAULT 'NONE';
-- AlterTable
ALTER TABLE "IntakeNotice" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "dossierId" TEXT;
-- CreateTable
CREATE TABLE "DossierFile" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "purpose" "FilePurpose" NOT NULL,
    "documentPosition" INTEGER,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "uploadedById" TEXT,
    "uploadedByContactId" TEXT,
    "reusedFromId" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),
    "supersededById" TEXT,
    CONSTRAINT "DossierFile_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "DossierResultDocument" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT,
    "signedOn" DATE NOT NULL,
    "issuingAgency" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "generated" BOOLEAN NOT NULL DEFAULT false,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DossierResultDocument_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "VerifiedContact" (
    "id" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "value" TEXT NOT NULL,
    "firstVerifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VerifiedContact_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "ContactChallenge" (
    "id" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "value" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContactChallenge_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "PaymentRequest" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "feeAmount" INTEGER NOT NULL,
    "chargeAmount" INTEGER NOT NULL,
    "timing" "FeeTiming" NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'UNPAID',
    "method" "PaymentMethod",
    "paidAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "reference" TEXT,
    "refundedAt" TIMESTAMP(3),
    "refundAmount" INTEGER,
    "refundReason" TEXT,
    "refundedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "PaymentRequest_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "PaymentAttempt" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "PaymentAttemptStatus" NOT NULL DEFAULT 'INITIATED',
    "paymentUrl" TEXT,
    "platformTransactionId" TEXT,
    "bankCode" TEXT,
    "initiatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "lastQueriedAt" TIMESTAMP(3),
    "queryCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "PaymentAttempt_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "PaymentMessage" (
    "id" BIGSERIAL NOT NULL,
    "attemptId" TEXT,
    "reference" TEXT,
    "kind" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "signatureValid" BOOLEAN,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaymentMessage_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "PostalWaybill" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "shipmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostalWaybill_pkey" PRIMARY KEY ("id")
);
-- CreateTable
CREATE TABLE "PostalShipment" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "direction" "PostalDirection" NOT NULL,
    "waybill" TEXT NOT NULL,
    "status" "ShipmentStatus" NOT NULL,
    "personName" TEXT NOT NULL,
    "personPhone" TEXT,
    "personEmail" TEXT,
    "address" TEXT NOT NULL,
    "provinceCode" TEXT,
    "provinceName" TEXT,
    "communeCode" TEXT,
    "communeName" TEXT,
    "codAmount" INTEGER NOT NULL DEFAULT 0,
    "arrivedAt" TIMESTAMP(3),
    "receivedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "handedOverAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "requestMessage" JSONB,
    "responseMessage" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PostalShipment_pkey" PRIMARY KEY ("id")
);
-- CreateIndex
CREATE UNIQUE INDEX "DossierFile_storageKey_key" ON "DossierFile"("storageKey");
-- CreateIndex
CREATE INDEX "DossierFile_dossierId_purpose_idx" ON "DossierFile"("dossierId", "purpose");
-- CreateIndex
CREATE INDEX "DossierFile_uploadedByContactId_uploadedAt_idx" ON "DossierFile"("uploadedByContactId", "uploadedAt");
-- CreateIndex
CREATE UNIQUE INDEX "DossierResultDocument_fileId_key" ON "DossierResultDocument"("fileId");
-- CreateIndex
CREATE INDEX "DossierResultDocument_dossierId_idx" ON "DossierResultDocument"("dossierId");
-- CreateIndex
CREATE UNIQUE INDEX "VerifiedContact_kind_value_key" ON "VerifiedContact"("kind", "value");
-- CreateIndex
CREATE INDEX "ContactChallenge_kind_value_createdAt_idx" ON "ContactChallenge"("kind", "value", "createdAt");
-- CreateIndex
CREATE INDEX "PaymentRequest_dossierId_idx" ON "PaymentRequest"("dossierId");
-- CreateIndex
CREATE INDEX "PaymentRequest_status_idx" ON "PaymentRequest"("status");
-- CreateIndex
CREATE UNIQUE INDEX "PaymentAttempt_reference_key" ON "PaymentAttempt"("reference");
-- CreateIndex
CREATE INDEX "PaymentAttempt_status_initiatedAt_idx" ON "PaymentAttempt"("status", "initiatedAt");
-- CreateIndex
CREATE INDEX "PaymentMessage_attemptId_at_idx" ON "PaymentMessage"("attemptId", "at");
-- CreateIndex
CREATE INDEX "PaymentMessage_reference_idx" ON "PaymentMessage"("reference");
-- CreateIndex
CREATE UNIQUE INDEX "PostalWaybill_number_key" ON "PostalWaybill"("number");
-- CreateIndex
CREATE UNIQUE INDEX "PostalWaybill_shipmentId_key" ON "PostalWaybill"("shipmentId");
-- CreateIndex
CREATE INDEX "PostalWaybill_unitId_usedAt_idx" ON "PostalWaybill"("unitId", "usedAt");
-- CreateIndex
CREATE INDEX "PostalShipment_dossierId_idx" ON "PostalShipment"("dossierId");
-- CreateIndex
CREATE INDEX "PostalShipment_direction_status_idx" ON "PostalShipment"("direction", "status");
-- CreateIndex
CREATE INDEX "Dossier_submittedContactId_submittedAt_idx" ON "Dossier"("submittedContactId", "submittedAt");
-- CreateIndex
CREATE INDEX "Dossier_receivedUnitId_channel_submittedAt_idx" ON "Dossier"("receivedUnitId", "channel", "submittedAt");
-- CreateIndex
CREATE INDEX "IntakeNotice_dossierId_idx" ON "IntakeNotice"("dossierId");
-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_submittedContactId_fkey" FOREIGN KEY ("submittedContactId") REFERENCES "VerifiedContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DossierResultDocument" ADD CONSTRAINT "DossierResultDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DossierResultDocument" ADD CONSTRAINT "DossierResultDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "DossierFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "PaymentRequest" ADD CONSTRAINT "PaymentRequest_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "PaymentAttempt" ADD CONSTRAINT "PaymentAttempt_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PaymentRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "PaymentMessage" ADD CONSTRAINT "PaymentMessage_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PaymentAttempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "PostalWaybill" ADD CONSTRAINT "PostalWaybill_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "PostalShipment" ADD CONSTRAINT "PostalShipment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "IntakeNotice" ADD CONSTRAINT "IntakeNotice_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Archive rule: a dossier's files are never deleted once the dossier is received (replacing keeps the old row as
-- superseded). Before receipt (an online registration still at the desk) a file may be withdrawn.
CREATE FUNCTION motcua_refuse_received_file_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Dossier" d WHERE d.id = OLD."dossierId" AND d."receivedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'dossier files are archived once the dossier is received (DossierFile %)', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "DossierFile_archive" BEFORE DELETE ON "DossierFile"
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_received_file_delete();
CREATE TRIGGER "DossierFile_no_truncate" BEFORE TRUNCATE ON "DossierFile"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change();

-- Raw payment messages are evidence: append-only like the dossier history.
CREATE TRIGGER "PaymentMessage_append_only" BEFORE UPDATE OR DELETE ON "PaymentMessage"
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_history_change();
CREATE TRIGGER "PaymentMessage_no_truncate" BEFORE TRUNCATE ON "PaymentMessage"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change();
REVOKE UPDATE, DELETE, TRUNCATE ON "PaymentMessage" FROM motcua_app;
