import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectClient,
  createTestDatabase,
  seedUser,
  seedWorkshop,
  sleep,
  waitFor,
  whenSynced,
  type SeededUser,
  type TestDatabase,
} from "./testing";

let database: TestDatabase;
let participant: SeededUser;
const children: ChildProcess[] = [];

async function startChild(): Promise<{ url: string; child: ChildProcess }> {
  // node --import tsx keeps the server in this one process; the tsx CLI would add a wrapper process.
  const script = path.join(import.meta.dirname, "testing-child-server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`child exited with ${code}`)));
  });
  return { url: `ws://127.0.0.1:${port}/collab`, child };
}

beforeAll(async () => {
  database = createTestDatabase();
  participant = await seedUser(database.sqlite, "par", "Pat Participant");
  seedWorkshop(database.sqlite, "crash", [{ user: participant, role: "participant" }]);
});

afterAll(() => {
  for (const child of children) {
    child.kill("SIGKILL");
    child.stdout?.destroy();
  }
  database.sqlite.close();
  database.cleanup();
});

describe("kill -9", () => {
  it("keeps every update any client saw relayed", async () => {
    const room = "workshop/crash/board";
    const first = await startChild();
    const writer = connectClient({ url: first.url, room, user: participant });
    const watcher = connectClient({ url: first.url, room, user: participant });
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    // The writer must not resend on reconnect, or it could mask a lost update: it goes away with the server.
    let sent = 0;
    const streaming = (async () => {
      while (sent < 400 && writer.provider.wsconnected) {
        writer.doc.getArray<number>("items").push([sent++]);
        await sleep(1);
      }
    })();
    await waitFor(() => watcher.doc.getArray("items").length > 50);
    first.child.kill("SIGKILL");
    await streaming;
    writer.destroy();
    const seen = watcher.doc.getArray<number>("items").toArray();
    watcher.destroy();

    const second = await startChild();
    const reader = connectClient({ url: second.url, room, user: participant });
    await whenSynced(reader);
    const stored = new Set(reader.doc.getArray<number>("items").toArray());
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.length).toBeLessThan(400);
    expect(seen.filter((item) => !stored.has(item))).toEqual([]);
    reader.destroy();
    second.child.kill("SIGKILL");
  });
});
