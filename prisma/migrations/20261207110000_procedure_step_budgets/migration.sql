-- Per-step time budget of form 05 (phiếu kiểm soát quá trình giải quyết hồ sơ) on a procedure version: whole
-- percentages per step summing to 100; null means the default split (src/domain/dossier/step-budget.ts).
ALTER TABLE "ProcedureVersion" ADD COLUMN     "stepShares" JSONB;

ALTER TABLE "ProcedureVersion" ADD CONSTRAINT "ProcedureVersion_stepShares_check" CHECK (
  "stepShares" IS NULL OR (
    jsonb_typeof("stepShares") = 'object'
    AND ("stepShares" ? 'RECEPTION') AND ("stepShares" ? 'HANDLING') AND ("stepShares" ? 'REVIEW')
    AND ("stepShares" ? 'SIGNING') AND ("stepShares" ? 'RETURN')
  )
);
