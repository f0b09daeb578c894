-- Trả kết quả (issue 11): how a result was returned and, at the desk, who collected it and the document checked.
-- CreateEnum
CREATE TYPE "ReturnMethod" AS ENUM ('DESK', 'POST', 'ONLINE');

-- CreateEnum
CREATE TYPE "CollectorKind" AS ENUM ('APPLICANT', 'AUTHORISED');

-- CreateEnum
CREATE TYPE "IdDocumentKind" AS ENUM ('CCCD', 'PASSPORT', 'OTHER');

-- CreateTable
CREATE TABLE "DossierResultReturn" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "method" "ReturnMethod" NOT NULL,
    "returnedAt" TIMESTAMP(3) NOT NULL,
    "returnedById" TEXT NOT NULL,
    "resultNumber" TEXT NOT NULL,
    "collectorKind" "CollectorKind",
    "collectorName" TEXT,
    "collectorRelation" TEXT,
    "authorisationPaper" TEXT,
    "idDocumentKind" "IdDocumentKind",
    "idDocumentNumber" TEXT,
    "note" TEXT,
    "postalShipmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierResultReturn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DossierResultReturn_dossierId_key" ON "DossierResultReturn"("dossierId");

-- CreateIndex
CREATE UNIQUE INDEX "DossierResultReturn_postalShipmentId_key" ON "DossierResultReturn"("postalShipmentId");

-- CreateIndex
CREATE INDEX "DossierResultReturn_returnedById_returnedAt_idx" ON "DossierResultReturn"("returnedById", "returnedAt");

-- AddForeignKey
ALTER TABLE "DossierResultReturn" ADD CONSTRAINT "DossierResultReturn_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierResultReturn" ADD CONSTRAINT "DossierResultReturn_returnedById_fkey" FOREIGN KEY ("returnedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierResultReturn" ADD CONSTRAINT "DossierResultReturn_postalShipmentId_fkey" FOREIGN KEY ("postalShipmentId") REFERENCES "PostalShipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- A return at the desk names who collected it and the identity document checked; an authorised person also the
-- relation and the authorisation paper (the rules of src/domain/dossier/result-return.ts, kept by the database too).
ALTER TABLE "DossierResultReturn" ADD CONSTRAINT "DossierResultReturn_desk_collector_check" CHECK (
    "method" <> 'DESK'
    OR ("collectorKind" IS NOT NULL AND "collectorName" IS NOT NULL AND "idDocumentKind" IS NOT NULL AND "idDocumentNumber" IS NOT NULL)
);
ALTER TABLE "DossierResultReturn" ADD CONSTRAINT "DossierResultReturn_authorised_check" CHECK (
    "collectorKind" IS DISTINCT FROM 'AUTHORISED'
    OR ("collectorRelation" IS NOT NULL AND "authorisationPaper" IS NOT NULL)
);
