-- Several DossierFile rows may point at one stored object (objects are write-once, so sharing is safe): the demo
-- world stores each distinct generated PDF once instead of tens of thousands of identical copies.
DROP INDEX "DossierFile_storageKey_key";
CREATE INDEX "DossierFile_storageKey_idx" ON "DossierFile"("storageKey");
