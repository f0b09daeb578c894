-- Worklist search in a province-scale unit (issue 13, item 1; docs/worklists.md "Search"). At 2,000,000 dossiers a
-- name searched in the busiest unit read every match in the province through the folded name's trigram index and
-- threw away the other units' rows at the heap; a code prefix ("PST-2610") was read through a trigram index on
-- "code" whose trigrams ("pst", "261") match most of the table. Now:
-- - one GIN index holds the folded name's trigrams and the worklist scopes' columns (btree_gin): a search in a unit
--   (received OR deciding: two scans of this index), an office or an officer's list reads that scope's matches only;
--   it replaces the name's plain trigram index (a GIN index answers any subset of its columns). The id columns use
--   btree_gin's varchar_ops (its operators are text's, binary-compatible with a text column): Prisma refuses a GIN
--   index on a String without an operator class and reads the default text_ops back as none, a drift on every diff;
-- - a code prefix is a range on the unique B-tree of "code" (prefix <= code < prefix || 'Z', written by
--   src/server/data/worklist-sql.ts next to the LIKE), so the trigram index on "code" goes.
-- Declared in prisma/schema.prisma (no drift); the extension is created here.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "Dossier_applicantNameFolded_idx";

-- DropIndex
DROP INDEX "Dossier_code_idx";

-- CreateIndex
CREATE INDEX "Dossier_worklist_name_search_idx" ON "Dossier" USING GIN ("receivedUnitId" varchar_ops, "decidingUnitId" varchar_ops, "handlingOfficeId" varchar_ops, "assigneeId" varchar_ops, "applicantNameFolded" gin_trgm_ops);
