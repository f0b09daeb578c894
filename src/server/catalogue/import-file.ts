import "server-only";
// Import of a catalogue file (.xlsx or .json; docs/catalogue.md): read, check every row (file, schemas, database,
// publishing rules), and only when no row is refused apply everything in one transaction. Returns every problem with
// its sheet, row and column, or what was created, published and updated.
import {
  catalogueFileSchema,
  parseCatalogueJson,
  parseSheets,
  planImport,
  sortErrors,
  type RowError,
} from "@/domain/catalogue";
import { db } from "@/server/db";
import { loadImportContext } from "./entries";
import { applyImport, type ImportOutcome } from "./commands";
import { readCatalogueWorkbook } from "./spreadsheet";

export type ImportResult = { ok: true; outcome: ImportOutcome } | { ok: false; errors: RowError[] };

const fileError = (message: string): ImportResult => ({
  ok: false,
  errors: [{ sheet: "JSON", row: 1, field: "(tệp)", message }],
});

export async function importCatalogueFile(
  file: { name: string; bytes: ArrayBuffer },
  actorId: string,
  now: Date = new Date(),
): Promise<ImportResult> {
  const name = file.name.toLowerCase();
  let parsed;
  if (name.endsWith(".json")) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(file.bytes));
    } catch {
      return fileError("Tệp JSON không đọc được (sai cú pháp hoặc không phải UTF-8).");
    }
    const envelope = catalogueFileSchema.safeParse(json);
    if (!envelope.success)
      return fileError('Tệp JSON không phải danh mục xuất từ MotCua ("format": "motcua-catalogue").');
    parsed = parseCatalogueJson(envelope.data.procedures);
  } else if (name.endsWith(".xlsx")) {
    const workbook = await readCatalogueWorkbook(file.bytes);
    if (!workbook.ok) return workbook;
    parsed = parseSheets(workbook.sheets);
  } else {
    return fileError("Xin vui lòng chọn tệp .xlsx hoặc .json.");
  }
  if (parsed.errors.length > 0) {
    // The rows that were read correctly are still checked against the database, so the list names every problem.
    const plan = planImport(
      parsed.entries,
      await loadImportContext(
        db,
        now,
        parsed.entries.map(({ entry }) => entry.code),
      ),
    );
    return { ok: false, errors: sortErrors([...parsed.errors, ...plan.errors]) };
  }
  return applyImport(parsed.entries, actorId, now, file.name);
}
