-- Worklist search at scale (issue 13, item 1; docs/rollups.md "Worklist search"). A name search was
-- lower(translate("applicantName", …)) LIKE '%words%' over every dossier of the scope; a code prefix LIKE 'X%' could
-- not use the unique index under a non-C collation. Now:
-- - "applicantNameFolded", the same folding stored (src/lib/vietnamese-text.ts FOLD_FROM/FOLD_TO, then lower), kept
--   by a BEFORE trigger on every insert and every change of the name, whatever code writes it; a pg_trgm GIN index
--   answers LIKE '%words%' (three characters or more) without reading the scope;
-- - a pg_trgm GIN index on "code" answers LIKE 'prefix%' in any collation (Prisma keeps a GIN index's operator class
--   in its schema; a B-tree's text_pattern_ops it would drop and re-create on every diff).
-- Both indexes are declared in prisma/schema.prisma (no drift); the extension is created here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Dossier" ADD COLUMN "applicantNameFolded" TEXT NOT NULL DEFAULT '';

-- Keep equal to FOLD_FROM / FOLD_TO of src/lib/vietnamese-text.ts (an integration test compares them).
CREATE FUNCTION motcua_fold_vietnamese(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(name, 'àÀáÁạẠảẢãÃâÂầẦấẤậẬẩẨẫẪăĂằẰắẮặẶẳẲẵẴèÈéÉẹẸẻẺẽẼêÊềỀếẾệỆểỂễỄìÌíÍịỊỉỈĩĨòÒóÓọỌỏỎõÕôÔồỒốỐộỘổỔỗỖơƠờỜớỚợỢởỞỡỠùÙúÚụỤủỦũŨưƯừỪứỨựỰửỬữỮỳỲýÝỵỴỷỶỹỸđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'))
$$;

CREATE FUNCTION motcua_fold_applicant_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."applicantNameFolded" := motcua_fold_vietnamese(NEW."applicantName");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Dossier_fold_name" BEFORE INSERT OR UPDATE OF "applicantName", "applicantNameFolded" ON "Dossier"
  FOR EACH ROW EXECUTE FUNCTION motcua_fold_applicant_name();

-- Existing dossiers (the rollup trigger sees no counted column change and does nothing).
UPDATE "Dossier" SET "applicantNameFolded" = motcua_fold_vietnamese("applicantName");

-- CreateIndex
CREATE INDEX "Dossier_applicantNameFolded_idx" ON "Dossier" USING GIN ("applicantNameFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Dossier_code_idx" ON "Dossier" USING GIN ("code" gin_trgm_ops);
