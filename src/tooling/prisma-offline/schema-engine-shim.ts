#!/usr/bin/env -S node --import tsx
// Stand-in for Prisma's native schema-engine binary. `npm run prisma -- …` sets PRISMA_SCHEMA_ENGINE_BINARY to this
// file, and the official CLI then drives the WebAssembly engine through it. Protocol (as the CLI speaks it):
//   <shim> --version
//   <shim> --datasource '{"url":…}' cli can-connect-to-database | create-database | drop-database   (exit code only)
//   <shim> --datamodels <files…> --datasource <json>   then newline-delimited JSON-RPC 2.0 on stdin/stdout
import fs from "node:fs";
import readline from "node:readline";
import pg from "pg";
import { createSchemaEngine, type SchemaEngine } from "./wasm-schema-engine";

const argv = process.argv.slice(2);
const valuesOf = (flag: string) =>
  argv.flatMap((arg, i) => (arg === flag && argv[i + 1] !== undefined ? [argv[i + 1]!] : []));

interface Datasource {
  url: string;
  shadowDatabaseUrl?: string;
}
interface RpcRequest {
  id?: number | string;
  method?: string;
  params?: Record<string, unknown>;
}

/** The CLI reads engine errors from stderr as JSON log lines. */
function fail(error: { code?: string; message: string }): never {
  const line = {
    level: "ERROR",
    target: "schema_engine::logger",
    fields: { error_code: error.code ?? "P1001", message: error.message },
  };
  process.stderr.write(`\n${JSON.stringify(line)}\n`);
  process.exit(1);
}

async function runDatabaseCommand(command: string, datasource: Datasource): Promise<never> {
  const url = new URL(datasource.url);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (command !== "can-connect-to-database") url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.href });
  try {
    await client.connect();
    const quoted = `"${database.replaceAll('"', '""')}"`;
    if (command === "create-database") await client.query(`CREATE DATABASE ${quoted}`);
    else if (command === "drop-database") await client.query(`DROP DATABASE ${quoted}`);
    else if (command !== "can-connect-to-database") fail({ message: `Unknown cli command: ${command}` });
    await client.end();
    process.exit(0);
  } catch (error) {
    fail(error as Error & { code?: string });
  }
}

/** Forwards the engine's log lines to stderr in the JSON shape the CLI expects. */
function forwardLog(line: string) {
  let fields: unknown = { message: line };
  let level = "INFO";
  try {
    const parsed = JSON.parse(line) as { level?: string; fields?: unknown };
    level = parsed.level ?? level;
    fields = parsed.fields ?? fields;
  } catch {
    // not JSON: keep it as a message
  }
  process.stderr.write(`${JSON.stringify({ level, fields })}\n`);
}

const send = (message: object) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
// The wasm build names one method differently from the native JSON-RPC API.
const methodAliases: Record<string, string> = { getDatabaseVersion: "version" };

async function serve(engine: SchemaEngine) {
  const call = engine as unknown as Record<string, (params: unknown) => Promise<unknown>>;
  const input = readline.createInterface({ input: process.stdin });
  input.on("line", async (line) => {
    const { id, method, params } = JSON.parse(line) as RpcRequest;
    if (!method) return; // the CLI's answer to one of our "print" requests
    try {
      // The wasm build has no shadow-database factory for these two unless the migration history was diagnosed first.
      if (method === "evaluateDataLoss" || method === "createMigration") {
        await engine.diagnoseMigrationHistory({
          migrationsList: params?.migrationsList as never,
          optInToShadowDatabase: true,
          filters: params?.filters as never,
        });
      }
      const name = methodAliases[method] ?? method;
      const handler = call[name];
      if (typeof handler !== "function") throw new Error(`Unknown schema engine method: ${method}`);
      const result = (await handler.call(engine, params ?? {})) as { stdout?: string } | undefined;
      // The native engine prints `migrate diff` output through a "print" request; the wasm one returns it.
      if (method === "diff" && result?.stdout)
        send({ id: `print-${id}`, method: "print", params: { content: result.stdout } });
      send({ id, result: result ?? {} });
    } catch (error) {
      const { message, code } = error as Error & { code?: string };
      send({
        id,
        error: {
          code: 4466,
          message: "An error happened. Check the data field for details.",
          data: { is_panic: false, message, error_code: code, meta: {} },
        },
      });
    }
  });
  input.on("close", () => process.exit(0));
}

async function main() {
  if (argv[0] === "--version") {
    console.log("schema-engine-cli motcua-wasm-shim");
    return;
  }
  const datasource = JSON.parse(valuesOf("--datasource")[0] ?? "{}") as Datasource;
  const cliIndex = argv.indexOf("cli");
  if (cliIndex >= 0) await runDatabaseCommand(argv[cliIndex + 1] ?? "", datasource);
  const files = valuesOf("--datamodels");
  const datamodels =
    files.length > 0 ? files.map((file): [string, string] => [file, fs.readFileSync(file, "utf8")]) : undefined;
  await serve(
    await createSchemaEngine({
      url: datasource.url,
      shadowUrl: datasource.shadowDatabaseUrl,
      datamodels,
      log: forwardLog,
    }),
  );
}

main().catch((error: Error) => fail(error));
