-- Idempotent intake: the desk's submission carries a key (a UUID made once per form in the browser, kept across
-- retries); a retry whose response was lost finds the dossier registered under it instead of registering another.
-- The key is unique per receiving user; the fingerprint of the first content lets a changed retry be refused.
ALTER TABLE "Dossier" ADD COLUMN "intakeFingerprint" TEXT,
ADD COLUMN "intakeKey" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_receivedById_intakeKey_key" ON "Dossier"("receivedById", "intakeKey");
