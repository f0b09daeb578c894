-- The PAR Index (chỉ số cải cách hành chính; issue 14): criteria trees per year and level, evaluations, answers,
-- evidence files and the append-only history.
-- CreateEnum
CREATE TYPE "ParLevel" AS ENUM ('COMMUNE', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "ParSetStatus" AS ENUM ('DRAFT', 'LOCKED');

-- CreateEnum
CREATE TYPE "ParCriterionKind" AS ENUM ('GROUP', 'MANUAL', 'AUTOMATIC', 'SEMI_AUTOMATIC', 'SURVEY');

-- CreateEnum
CREATE TYPE "ParSection" AS ENUM ('MAIN', 'BONUS', 'PENALTY');

-- CreateEnum
CREATE TYPE "ParValueKind" AS ENUM ('YES_NO', 'NUMBER', 'NONE');

-- CreateEnum
CREATE TYPE "ParEvaluationStatus" AS ENUM ('OPEN', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ParUnitStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'FINALISED');

-- CreateEnum
CREATE TYPE "ParDeclared" AS ENUM ('YES', 'NO', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "ParCriteriaSet" (
    "id" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "ParLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "basis" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "status" "ParSetStatus" NOT NULL DEFAULT 'DRAFT',
    "gradeBands" JSONB NOT NULL,
    "rescaleToHundred" BOOLEAN NOT NULL DEFAULT true,
    "copiedFromId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lockedAt" TIMESTAMP(3),

    CONSTRAINT "ParCriteriaSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParCriterion" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "maxPoints" DECIMAL(6,2) NOT NULL,
    "kind" "ParCriterionKind" NOT NULL,
    "section" "ParSection" NOT NULL DEFAULT 'MAIN',
    "valueKind" "ParValueKind" NOT NULL DEFAULT 'NONE',
    "allowNotApplicable" BOOLEAN NOT NULL DEFAULT false,
    "guidance" TEXT,
    "scoringNote" TEXT,
    "metric" TEXT,
    "ladder" JSONB,

    CONSTRAINT "ParCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParEvaluation" (
    "id" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "status" "ParEvaluationStatus" NOT NULL DEFAULT 'OPEN',
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "submitDeadline" DATE NOT NULL,
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,

    CONSTRAINT "ParEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParUnitEvaluation" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT,
    "status" "ParUnitStatus" NOT NULL DEFAULT 'DRAFT',
    "delegateId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "finalisedAt" TIMESTAMP(3),
    "finalisedById" TEXT,
    "result" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParUnitEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParAnswer" (
    "id" TEXT NOT NULL,
    "unitEvaluationId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "declared" "ParDeclared",
    "numberValue" DECIMAL(14,4),
    "evidenceText" TEXT,
    "selfScore" DECIMAL(6,2),
    "metricInput" JSONB,
    "appraisedScore" DECIMAL(6,2),
    "appraisalNote" TEXT,
    "appraisedById" TEXT,
    "appraisedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "returnNote" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParEvidenceFile" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "ParEvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParEvent" (
    "id" BIGSERIAL NOT NULL,
    "unitEvaluationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "criterionId" TEXT,
    "fromStatus" "ParUnitStatus",
    "toStatus" "ParUnitStatus",
    "note" TEXT,
    "payload" JSONB,

    CONSTRAINT "ParEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ParCriteriaSet_ownerUnitId_year_level_key" ON "ParCriteriaSet"("ownerUnitId", "year", "level");

-- CreateIndex
CREATE INDEX "ParCriterion_setId_parentId_position_idx" ON "ParCriterion"("setId", "parentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ParCriterion_setId_code_key" ON "ParCriterion"("setId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ParEvaluation_setId_key" ON "ParEvaluation"("setId");

-- CreateIndex
CREATE INDEX "ParUnitEvaluation_unitId_idx" ON "ParUnitEvaluation"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ParUnitEvaluation_evaluationId_unitId_officeId_key" ON "ParUnitEvaluation"("evaluationId", "unitId", "officeId");

-- CreateIndex
CREATE UNIQUE INDEX "ParAnswer_unitEvaluationId_criterionId_key" ON "ParAnswer"("unitEvaluationId", "criterionId");

-- CreateIndex
CREATE INDEX "ParEvidenceFile_answerId_idx" ON "ParEvidenceFile"("answerId");

-- CreateIndex
CREATE INDEX "ParEvent_unitEvaluationId_at_idx" ON "ParEvent"("unitEvaluationId", "at");

-- AddForeignKey
ALTER TABLE "ParCriteriaSet" ADD CONSTRAINT "ParCriteriaSet_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParCriteriaSet" ADD CONSTRAINT "ParCriteriaSet_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "ParCriteriaSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParCriterion" ADD CONSTRAINT "ParCriterion_setId_fkey" FOREIGN KEY ("setId") REFERENCES "ParCriteriaSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParCriterion" ADD CONSTRAINT "ParCriterion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ParCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParEvaluation" ADD CONSTRAINT "ParEvaluation_setId_fkey" FOREIGN KEY ("setId") REFERENCES "ParCriteriaSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParUnitEvaluation" ADD CONSTRAINT "ParUnitEvaluation_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "ParEvaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParUnitEvaluation" ADD CONSTRAINT "ParUnitEvaluation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParUnitEvaluation" ADD CONSTRAINT "ParUnitEvaluation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParAnswer" ADD CONSTRAINT "ParAnswer_unitEvaluationId_fkey" FOREIGN KEY ("unitEvaluationId") REFERENCES "ParUnitEvaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParAnswer" ADD CONSTRAINT "ParAnswer_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ParCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParEvidenceFile" ADD CONSTRAINT "ParEvidenceFile_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "ParAnswer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParEvent" ADD CONSTRAINT "ParEvent_unitEvaluationId_fkey" FOREIGN KEY ("unitEvaluationId") REFERENCES "ParUnitEvaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- The history is append-only, as DossierEvent (the same function from the first migration).
CREATE TRIGGER "ParEvent_append_only" BEFORE UPDATE OR DELETE ON "ParEvent"
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_history_change();
CREATE TRIGGER "ParEvent_no_truncate" BEFORE TRUNCATE ON "ParEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change();
