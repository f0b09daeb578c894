import "server-only";
// The procedure catalogue as managed data (docs/catalogue.md): commands, import and export.
export { applyImport, createProcedure, publishVersion, setProcedureActive, type ImportOutcome } from "./commands";
export { loadCatalogueEntries, versionEntry, versionSelect, type VersionRow } from "./entries";
export { importCatalogueFile, type ImportResult } from "./import-file";
export { buildCatalogueWorkbook, readCatalogueWorkbook, XLSX_TYPE } from "./spreadsheet";

/** The JSON export: the same entries as the workbook, in an envelope the import recognises. */
export const catalogueJson = (entries: readonly unknown[], exportedAt: Date) => ({
  format: "motcua-catalogue" as const,
  formatVersion: 1 as const,
  exportedAt: exportedAt.toISOString(),
  procedures: entries,
});
