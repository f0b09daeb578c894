// Imported first by serve.ts, so it runs before any module reads the environment (src/server/env.ts parses it on
// import): each e2e server gets its own empty data folder for dossier files. The demo world writes its files there,
// so two servers side by side, or a second run after the first, never find each other's files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `motcua-e2e-${process.env.E2E_PORT ?? "3100"}-`));
process.env.MOTCUA_DATA_DIR = dataDir;
