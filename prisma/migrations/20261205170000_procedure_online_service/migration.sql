-- Procedure versions know their online service: eligibility for toàn trình, fees split into phí and lệ phí with
-- a payment timing, postal intake and postal return (postalAllowed, which meant both, is renamed to the return and copied to the intake); documents know whether they may be uploaded.

-- CreateEnum
CREATE TYPE "FeeTiming" AS ENUM ('BEFORE_INTAKE', 'AFTER_RESULT', 'EXEMPT');

-- AlterTable
ALTER TABLE "ProcedureVersion" ADD COLUMN     "chargeAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "feeTiming" "FeeTiming" NOT NULL DEFAULT 'EXEMPT',
ADD COLUMN     "fullOnlineEligible" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "postalIntakeAllowed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProcedureVersion" RENAME COLUMN "postalAllowed" TO "postalReturnAllowed";

-- AlterTable
ALTER TABLE "ProcedureDocument" ADD COLUMN     "uploadable" BOOLEAN NOT NULL DEFAULT true;

-- Existing versions stay consistent with the rules in docs/domain.md.
UPDATE "ProcedureVersion" SET "fullOnlineEligible" = true WHERE "onlineClass" = 'FULL';
UPDATE "ProcedureVersion" SET "feeTiming" = 'BEFORE_INTAKE' WHERE "feeAmount" > 0;
UPDATE "ProcedureVersion" SET "postalIntakeAllowed" = "postalReturnAllowed";
