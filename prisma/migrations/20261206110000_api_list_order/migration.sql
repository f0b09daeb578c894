-- The REST API lists dossiers newest submission first with a keyset cursor (submittedAt, id): read in index order,
-- a wide scope stops after its page instead of sorting every match.
CREATE INDEX "Dossier_submittedAt_id_idx" ON "Dossier"("submittedAt", "id");
