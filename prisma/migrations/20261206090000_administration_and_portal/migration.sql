-- Administration and interoperability (issue 10): units with effective dates and successors, desk counters, forced
-- password change, catalogue versions with their announcing decision and per-unit handling offices, API clients, and
-- the outbox toward the national public-service portal.

-- CreateEnum
CREATE TYPE "PortalSyncKind" AS ENUM ('DOSSIER', 'PROGRESS');

-- CreateEnum
CREATE TYPE "PortalSyncStatus" AS ENUM ('PENDING', 'SYNCED', 'FAILED');

-- AlterTable
ALTER TABLE "AdministrativeUnit" ADD COLUMN     "changeBasis" TEXT,
ADD COLUMN     "effectiveFrom" DATE,
ADD COLUMN     "effectiveTo" DATE,
ADD COLUMN     "successorId" TEXT;

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "portalCode" TEXT;

-- AlterTable
-- The old free-text decision becomes the decision number; its date and issuer are filled in by the administrator.
ALTER TABLE "ProcedureVersion" RENAME COLUMN "announcementDecision" TO "announcementNumber";
ALTER TABLE "ProcedureVersion" ADD COLUMN     "announcementDate" DATE,
ADD COLUMN     "announcementIssuer" TEXT,
ADD COLUMN     "changeNote" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "publishedById" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Counter" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "fieldCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureUnitOffice" (
    "procedureVersionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeCode" TEXT NOT NULL,

    CONSTRAINT "ProcedureUnitOffice_pkey" PRIMARY KEY ("procedureVersionId","unitId")
);

-- CreateTable
CREATE TABLE "ApiClient" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitId" TEXT,
    "permissions" TEXT[],
    "keyPrefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalSyncMessage" (
    "id" BIGSERIAL NOT NULL,
    "kind" "PortalSyncKind" NOT NULL,
    "dossierId" TEXT NOT NULL,
    "eventId" BIGINT,
    "payload" JSONB,
    "status" "PortalSyncStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "answer" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" TIMESTAMP(3),

    CONSTRAINT "PortalSyncMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Counter_officeId_number_key" ON "Counter"("officeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_keyPrefix_key" ON "ApiClient"("keyPrefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_keyHash_key" ON "ApiClient"("keyHash");

-- CreateIndex
CREATE INDEX "ApiClient_unitId_idx" ON "ApiClient"("unitId");

-- CreateIndex
CREATE INDEX "PortalSyncMessage_status_nextAttemptAt_idx" ON "PortalSyncMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "PortalSyncMessage_dossierId_id_idx" ON "PortalSyncMessage"("dossierId", "id");

-- CreateIndex
CREATE INDEX "PortalSyncMessage_createdAt_idx" ON "PortalSyncMessage"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PortalSyncMessage_kind_eventId_key" ON "PortalSyncMessage"("kind", "eventId");

-- CreateIndex
CREATE INDEX "AdministrativeUnit_successorId_idx" ON "AdministrativeUnit"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_portalCode_key" ON "Dossier"("portalCode");

-- AddForeignKey
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Counter" ADD CONSTRAINT "Counter_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureUnitOffice" ADD CONSTRAINT "ProcedureUnitOffice_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureUnitOffice" ADD CONSTRAINT "ProcedureUnitOffice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalSyncMessage" ADD CONSTRAINT "PortalSyncMessage_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


