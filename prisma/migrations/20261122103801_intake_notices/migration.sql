-- CreateEnum
CREATE TYPE "IntakeNoticeKind" AS ENUM ('SUPPLEMENT_REQUEST', 'REFUSAL');

-- CreateTable
CREATE TABLE "IntakeNotice" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "IntakeNoticeKind" NOT NULL,
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT,
    "applicantAddress" TEXT,
    "missingDocuments" JSONB,
    "reason" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntakeNotice_number_key" ON "IntakeNotice"("number");

-- CreateIndex
CREATE INDEX "IntakeNotice_unitId_issuedAt_idx" ON "IntakeNotice"("unitId", "issuedAt");

-- AddForeignKey
ALTER TABLE "IntakeNotice" ADD CONSTRAINT "IntakeNotice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeNotice" ADD CONSTRAINT "IntakeNotice_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeNotice" ADD CONSTRAINT "IntakeNotice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
