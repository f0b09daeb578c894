// npm run fuzz -- --requests 10000 [--seed 1] [--concurrency 8] [--max-seconds 900] [--url http://127.0.0.1:3000
//                 --database-url postgresql://…]
//
// Hostile requests against a local production build (not part of npm test): every case of the malformed-input corpus
// (src/tooling/fuzz/corpus.ts) once, then random mixes (hostile values in random fields of random actions, random
// query parameters and path segments of every route handler and page) up to --requests. Prints the number of requests,
// the status histogram, the 5xx (with their labels) and the tables whose rows changed. Exits 1 on any 5xx or change.
//
// Without --url it starts the app the way the e2e suite does (tests/e2e/support/serve.ts: a fresh database with the
// demo world, `next start` on 127.0.0.1) and stops it afterwards; run `npm run build` first. With --url it targets a
// running portal, which must be on loopback; --database-url then names its database, for the row check.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Role } from "@/domain/access";
import { changedTables, DEMO_ACCOUNTS, fingerprint, realIds, send, signIn, type ProbeResult } from "./client";
import {
  actionFields,
  actionProbes,
  BASELINE,
  fillPattern,
  getProbes,
  HOSTILE_VALUES,
  loadActions,
  multipart,
  QUERY_NAMES,
  targets,
  urlEncode,
  type ActionInfo,
  type Probe,
  type Target,
} from "./corpus";

const root = path.resolve(import.meta.dirname, "../../..");
/** Stops the app this command started (none when --url targets a running one). */
let stopServer: (() => Promise<void>) | null = null;

function option(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

/** mulberry32: a small seeded generator, so a run can be repeated. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

function randomProbe(
  rng: ReturnType<typeof random>,
  actions: ActionInfo[],
  all: { routes: Target[]; pages: Target[] },
  ids: Record<string, string>,
): Probe {
  const roll = rng.next();
  if (roll < 0.5) {
    // An action with each field baseline, hostile, or absent, plus now and then an extra odd field. One field at
    // least carries a value that must be refused (a control character, bidi control, invalid UTF-8), so a request
    // that changes anything is a finding, never a legitimate command assembled by chance.
    const action = rng.pick(actions);
    const refused = HOSTILE_VALUES.filter((hostile) => !hostile.numeric);
    const forced = action.fields.length > 0 ? rng.pick(action.fields) : "x";
    const fields: [string, string | Buffer][] = [[forced, rng.pick(refused).value]];
    for (const name of action.fields) {
      if (name === forced) continue;
      const r = rng.next();
      if (r < 0.4) fields.push([name, rng.pick(HOSTILE_VALUES).value]);
      else if (r < 0.9) fields.push([name, ids[name] ?? BASELINE[name] ?? "x"]);
    }
    if (rng.next() < 0.2) fields.push([rng.pick(["__proto__", "constructor", "prototype", "x[]", "a.b.c"]), "1"]);
    const { body, contentType } = multipart(actionFields(action, fields));
    return {
      label: `random ${action.name}`,
      caller: action.caller,
      method: "POST",
      path: action.page,
      headers: { "Next-Action": action.id, "Content-Type": contentType, Accept: "text/x-component" },
      body,
    };
  }
  const target = roll < 0.75 ? rng.pick(all.routes) : rng.pick(all.pages);
  const segments = [...target.pattern.matchAll(/\[(\w+)\]/g)].map((match) => match[1] as string);
  const segment = segments.length > 0 && rng.next() < 0.5 ? rng.pick(segments) : undefined;
  const hostile = rng.pick(HOSTILE_VALUES).value;
  const query = Array.from({ length: 1 + Math.floor(rng.next() * 4) }, () => {
    const value = rng.next() < 0.7 ? urlEncode(rng.pick(HOSTILE_VALUES).value) : "1";
    return `${rng.pick(QUERY_NAMES)}=${value}`;
  }).join("&");
  return {
    label: `random ${roll < 0.75 ? "route" : "page"} ${target.pattern}`,
    caller: target.caller,
    method: "GET",
    path: `${fillPattern(target.pattern, ids, segment ? { segment, value: hostile } : undefined)}?${query}`,
  };
}

async function waitFor(url: string, seconds: number) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function main() {
  const requests = Number(option("requests", "10000"));
  const seed = Number(option("seed", "1"));
  const concurrency = Math.min(32, Math.max(1, Number(option("concurrency", "8"))));
  const maxSeconds = Number(option("max-seconds", "900"));
  if (!Number.isInteger(requests) || requests < 1 || requests > 1_000_000) throw new Error("--requests: 1 to 1000000");

  let baseUrl = option("url");
  let databaseUrl = option("database-url");
  if (baseUrl) {
    const host = new URL(baseUrl).hostname;
    if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error("--url must be a loopback address");
    if (!databaseUrl) throw new Error("--database-url is required with --url (the row check reads the database)");
  } else {
    const port = String(option("port", "3290"));
    baseUrl = `http://127.0.0.1:${port}`;
    console.log(`[fuzz] starting the built app on ${baseUrl} (fresh database, demo world)…`);
    const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/e2e/support/serve.ts")], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
      env: { ...process.env, E2E_PORT: port, E2E_DOSSIERS: process.env.E2E_DOSSIERS ?? "1000" },
    });
    stopServer = async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid!, "SIGTERM");
      await exited;
    };
    await waitFor(`${baseUrl}/dang-nhap`, 300);
    databaseUrl = JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8"))
      .databaseUrl as string;
  }

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const ids = await realIds(db);
    const actions = loadActions(root, ids);
    const all = targets();
    const cookies = new Map<Role | "anonymous", string | null>([["anonymous", null]]);
    const login = actions.find((action) => action.name === "login")!;
    for (const role of Object.keys(DEMO_ACCOUNTS) as Role[])
      cookies.set(role, await signIn(baseUrl, login, DEMO_ACCOUNTS[role]));
    const before = await fingerprint(db);

    const fixed = [
      ...actions.flatMap((action) => actionProbes(action, ids)),
      ...all.routes.flatMap((route) => getProbes(route, ids, "route")),
      ...all.pages.flatMap((page) => getProbes(page, ids, "page")),
    ];
    const rng = random(seed);
    const probeAt = (index: number) => (index < fixed.length ? fixed[index]! : randomProbe(rng, actions, all, ids));

    const histogram = new Map<number, number>();
    const failures: ProbeResult[] = [];
    const started = Date.now();
    let sent = 0;
    const worker = async () => {
      while (sent < requests && Date.now() - started < maxSeconds * 1000) {
        const index = sent++;
        const probe = probeAt(index);
        const result = await send(baseUrl!, probe, cookies.get(probe.caller) ?? null);
        histogram.set(result.status, (histogram.get(result.status) ?? 0) + 1);
        if (result.status >= 500 || result.status === 0) failures.push(result);
        if ((index + 1) % 1000 === 0) console.log(`[fuzz] ${index + 1} requests sent…`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (Date.now() - started) / 1000;
    const after = await fingerprint(db);
    const changed = changedTables(before, after);
    const reads = changedTables(before, after, { reads: true });

    const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
    console.log(`\n[fuzz] requests: ${total} in ${seconds.toFixed(1)} s (seed ${seed}, concurrency ${concurrency})`);
    console.log(
      `[fuzz] of which the corpus once: ${Math.min(fixed.length, total)}, random mixes: ${Math.max(0, total - fixed.length)}`,
    );
    console.log(`[fuzz] actions: ${actions.length}, route handlers: ${all.routes.length}, pages: ${all.pages.length}`);
    console.log("[fuzz] status histogram:");
    for (const [status, count] of [...histogram.entries()].sort(([a], [b]) => a - b))
      console.log(`  ${status === 0 ? "no answer" : status}: ${count}`);
    console.log(`[fuzz] 5xx or no answer: ${failures.length}`);
    for (const failure of failures.slice(0, 20))
      console.log(`  ${failure.status} ${failure.probe.label} ${failure.probe.path}`);
    console.log(`[fuzz] tables with rows changed: ${changed.length}`);
    for (const line of changed) console.log(`  ${line}`);
    console.log(
      `[fuzz] personal-data read audit rows (pages opened with ignored hostile parameters): ${reads[0] ?? "unchanged"}`,
    );
    process.exitCode = failures.length > 0 || changed.length > 0 ? 1 : 0;
  } finally {
    await db.end();
    await stopServer?.();
    stopServer = null;
  }
}

main().catch(async (error: unknown) => {
  console.error("[fuzz] failed:", error);
  await stopServer?.();
  process.exit(1);
});
