// Prisma's schema engine compiled to WebAssembly, connected to PostgreSQL through @prisma/adapter-pg.
// Prisma's CLI normally downloads a native engine binary at first use; that download is impossible on offline
// machines, while the same engine ships on npm as WebAssembly. Three defects of @prisma/adapter-pg 7.10.x are
// worked around here (each marked). Remove a workaround when the adapter release notes say it is fixed.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationDirectory, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";

export type { SchemaEngine };
export type EngineLog = (line: string) => void;

/** The subset of the adapter's (untyped, internal) query surface that the workarounds touch. */
interface PgResultLike {
  rows: unknown[];
  fields?: { dataTypeID: number }[];
}
interface RawResultLike {
  rows: unknown[];
  columnTypes: number[];
}
interface QueryableProto {
  performIO(this: unknown, query: unknown): Promise<PgResultLike>;
  queryRaw(this: unknown, query: unknown): Promise<RawResultLike>;
  motcuaCharPatched?: boolean;
}
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

const PG_INTERNAL_CHAR_OID = 18; // Postgres' one-byte "char", read by the engine from pg_catalog
const PG_TEXT_OID = 25;
const PRISMA_COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

// Workaround 1: adapter-pg cannot deserialise "char" ("Column type 'char' could not be deserialized"). Read it as
// text, then report it to the engine as Character, which is what its schema describer expects.
const charColumnsByRows = new WeakMap<unknown[], number[]>();
function patchCharType(adapter: Adapter): Adapter {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as QueryableProto; // shared by transactions
  if (proto.motcuaCharPatched) return adapter;
  const { performIO, queryRaw } = proto;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const charColumns: number[] = [];
    result.fields?.forEach((field, index) => {
      if (field.dataTypeID === PG_INTERNAL_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      }
    });
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumnsByRows.get(result.rows) ?? [])
      result.columnTypes[index] = PRISMA_COLUMN_TYPE_CHARACTER;
    return result;
  };
  proto.motcuaCharPatched = true;
  return adapter;
}

// Workaround 2: adapter-pg's executeScript() splits on ";" (breaking $$-quoted function bodies and literals) and
// runs the pieces one by one. Send the whole migration as one simple-protocol query: one implicit transaction.
function runScriptsWhole(adapter: Adapter): Adapter {
  patchCharType(adapter);
  const driver = adapter.underlyingDriver() as { query(sql: string): Promise<unknown> };
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The wasm panic hook reports through this global; without it a panic dies with "reading 'set_message'".
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => console.error(`[schema-engine-wasm panic] ${message}`),
    };
    // The package's entry imports the .wasm file bundler-style, which Node cannot do: instantiate it by hand.
    const jsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = await fs.readFile(jsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(wasm, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    (bindings as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

export interface EngineOptions {
  url: string;
  /** A database the engine may wipe to replay migrations on; without it a temporary database is created. */
  shadowUrl?: string;
  /** [path, content] pairs of the Prisma schema files; undefined when there is none. */
  datamodels?: [string, string][];
  log?: EngineLog;
}

export async function createSchemaEngine({
  url,
  shadowUrl,
  datamodels,
  log = () => {},
}: EngineOptions): Promise<SchemaEngine> {
  await loadWasm();
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => runScriptsWhole(await connect());
  // Workaround 3: PrismaPg.connectToShadowDb() lets the connection string override the temporary database name, so
  // the "shadow" replay would run on the MAIN database. Use shadowUrl (schema reset first), or a temporary database.
  factory.connectToShadowDb = async () => {
    const target = new URL(shadowUrl ?? url);
    const temporaryName = shadowUrl ? undefined : `prisma_shadow_${process.pid}_${Date.now()}`;
    const main = temporaryName ? await factory.connect() : undefined;
    if (main && temporaryName) {
      await main.executeScript(`CREATE DATABASE "${temporaryName}"`);
      target.pathname = `/${temporaryName}`;
    }
    const shadow = runScriptsWhole(await new PrismaPg({ connectionString: target.href }).connect());
    if (!temporaryName) await shadow.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      if (main && temporaryName) {
        await main.executeScript(`DROP DATABASE "${temporaryName}"`);
        await main.dispose();
      }
    };
    return shadow;
  };
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(
    factory as unknown as SqlMigrationAwareDriverAdapterFactory,
  );
  return bindings.SchemaEngine.new({ datamodels }, log, adapterFactory);
}

export interface MigrationsList {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: MigrationDirectory[];
}

/** Reads prisma/migrations the way the Prisma CLI does before it calls the engine. */
export async function readMigrations(dir: string): Promise<MigrationsList> {
  const lock = await fs.readFile(path.join(dir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry): Promise<MigrationDirectory> => ({
        path: entry.name,
        migrationFile: {
          path: "migration.sql",
          content: await fs.readFile(path.join(dir, entry.name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** `prisma migrate deploy` in-process: applies pending migrations, returns their names. */
export async function deployMigrations(url: string, migrationsDir: string): Promise<string[]> {
  const engine = await createSchemaEngine({ url });
  try {
    const result = await engine.applyMigrations({
      migrationsList: await readMigrations(migrationsDir),
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
