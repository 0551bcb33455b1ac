import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Workers inherit the runner's environment, so the port and data folder chosen here are shared.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
])
  .toString()
  .trim();
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "prepersonalize-e2e-"));

const port = process.env.E2E_PORT;
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output folder when a run starts: runs side by side (one per
  // NEXT_DIST_DIR, see DEVELOPERS.md) each get their own, or they delete each other's traces.
  outputDir: `test-results/${(process.env.NEXT_DIST_DIR ?? ".next").replace(/[^\w-]+/g, "")}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The production build made by `npm run test:e2e`, served by the real custom server.
    command: "node --import tsx server.ts",
    url: `${baseURL}/collab/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: port,
      PREPERSONALIZE_DATA_DIR: process.env.E2E_DATA_DIR,
      NEXTAUTH_URL: baseURL,
      // Every test signs people up and joins guests from the same address.
      PREPERSONALIZE_SIGNUP_LIMIT: "10000",
      PREPERSONALIZE_JOIN_LIMIT: "10000",
      // Lets e2e/access.spec.ts play several clients with X-Forwarded-For from this one machine.
      PREPERSONALIZE_TRUSTED_PROXIES: "127.0.0.1,::1",
    },
  },
});
