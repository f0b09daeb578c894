-- The audit-log screen (Quản trị → Nhật ký truy cập) lists the newest rows first and searches by object (dossier
-- code, notice number, unit code); every read of personal data now writes a row, so both need an index.
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

CREATE INDEX "AuditEntry_entityId_at_idx" ON "AuditEntry"("entityId", "at");
