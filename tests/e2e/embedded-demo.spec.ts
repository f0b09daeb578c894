import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./support/test";

// The README's first command path: no DATABASE_URL, so the demo runner starts the embedded PostgreSQL under its data
// folder, migrates, seeds the demo world on first start, and serves the built app. Started twice: the second start
// finds the data and skips seeding. (A smaller world than the default keeps this test quick.)
const root = path.resolve(import.meta.dirname, "../..");
const port = 3200;

function startDemo(dataDir: string): { child: ChildProcess; ready: Promise<number>; output: () => string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MOTCUA_DATA_DIR: dataDir,
    PORT: String(port),
    MOTCUA_DB_PORT: "0",
    MOTCUA_DEMO_DOSSIERS: "1500",
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const started = Date.now();
  const child = spawn("node", ["--import", "tsx", path.join(root, "src/tooling/demo.ts")], {
    cwd: root,
    env,
    detached: true,
  });
  let output = "";
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Press Ctrl+C to stop.")) resolve(Date.now() - started); // the banner ends the start-up output
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`demo exited with ${code}:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

async function stopDemo(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

async function logInAsAdmin(page: Page) {
  await page.context().clearCookies();
  await page.goto(`http://127.0.0.1:${port}/dang-nhap`);
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu").fill("motcua@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
}

test("the zero-setup demo starts on the embedded database, serves pages, and keeps its data", async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "motcua-demo-"));
  const running: ChildProcess[] = [];
  const outputs: (() => string)[] = [];
  try {
    const first = startDemo(dataDir);
    running.push(first.child);
    outputs.push(first.output);
    const firstStartMs = await first.ready;
    expect(first.output()).toContain("embedded PostgreSQL listening");
    expect(first.output()).toContain("demo world ready");
    expect(first.output()).toMatch(/admin\s+Quản trị/);

    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await logInAsAdmin(page);
    const dossiers = await page.getByTestId("admin-dossiers").textContent();
    expect(Number(dossiers?.replace(/\D/g, ""))).toBeGreaterThan(1000);
    await stopDemo(running.pop()!);
    expect(fs.existsSync(path.join(dataDir, "pglite", "pgdata"))).toBe(true);

    const second = startDemo(dataDir);
    running.push(second.child);
    outputs.push(second.output);
    const secondStartMs = await second.ready;
    expect(second.output()).not.toContain("seeding the demo world");
    await logInAsAdmin(page);
    // the same dossiers, read back from the persisted database
    await expect(page.getByTestId("admin-dossiers")).toHaveText(dossiers!);
    await stopDemo(running.pop()!);
    console.log(
      `[embedded demo] first start ${(firstStartMs / 1000).toFixed(1)} s (1,500 dossiers), later start ${(secondStartMs / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    // The demo's own log explains a failure (server errors are printed there, not in the browser).
    console.log(`[embedded demo] output:\n${outputs.map((read) => read()).join("\n---\n")}`);
    throw error;
  } finally {
    for (const child of running) await stopDemo(child).catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
