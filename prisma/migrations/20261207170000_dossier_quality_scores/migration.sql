-- CreateTable
CREATE TABLE "DossierQualityScore" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "computedPoints" JSONB NOT NULL,
    "selfPoints" JSONB NOT NULL,
    "selfEvidence" JSONB NOT NULL,
    "selfTotal" INTEGER NOT NULL,
    "selfScoredById" TEXT NOT NULL,
    "selfScoredAt" TIMESTAMP(3) NOT NULL,
    "appraisedPoints" JSONB,
    "appraisedReasons" JSONB,
    "appraisedTotal" INTEGER,
    "appraisedById" TEXT,
    "appraisedAt" TIMESTAMP(3),

    CONSTRAINT "DossierQualityScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DossierQualityScore_dossierId_key" ON "DossierQualityScore"("dossierId");

-- CreateIndex
CREATE INDEX "DossierQualityScore_selfScoredById_idx" ON "DossierQualityScore"("selfScoredById");

-- CreateIndex
CREATE INDEX "DossierQualityScore_appraisedById_idx" ON "DossierQualityScore"("appraisedById");

-- AddForeignKey
ALTER TABLE "DossierQualityScore" ADD CONSTRAINT "DossierQualityScore_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierQualityScore" ADD CONSTRAINT "DossierQualityScore_selfScoredById_fkey" FOREIGN KEY ("selfScoredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierQualityScore" ADD CONSTRAINT "DossierQualityScore_appraisedById_fkey" FOREIGN KEY ("appraisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


