import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// BENCH_DIST_DIR lets several people measure different builds side by side.
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";

export type AppServer = { baseUrl: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** The production build the benchmark measures; built once into its own folder. */
function ensureBuild(rebuild: boolean): void {
  if (!rebuild && existsSync(path.join(DIST_DIR, "BUILD_ID"))) return;
  console.log(`Building the app into ${DIST_DIR}…`);
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The app server exited during start-up");
    try {
      const response = await fetch(`${baseUrl}/collab/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app server did not become healthy within 60 s");
}

/** Starts the shipped server (server.ts, production mode) on a free port with a fresh database. */
export async function startAppServer(options: { rebuild: boolean }): Promise<AppServer> {
  ensureBuild(options.rebuild);
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "prepersonalize-bench-board-"));
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_DIST_DIR: DIST_DIR,
      PREPERSONALIZE_DATA_DIR: dataDir,
      NEXTAUTH_URL: baseUrl,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(baseUrl, child);
  return {
    baseUrl,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
