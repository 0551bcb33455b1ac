// npm run bench:crash [-- --rooms 100 --crashes 5] [--postgres]
// Our server under the room load, kill -9'd at random moments and restarted on the same database.
// After each crash, before any client reconnects (a reconnecting client would resend its changes
// and hide a loss), a fresh client per room reads what the restarted server has; every update any
// client saw relayed must be there. Then everyone reconnects and, at the end, all docs converge.
import { startGenerator } from "./lib/generator";
import { benchRoomIds, createOurDatabase, type OurDatabase } from "./lib/our-database";
import { createOurPostgresDatabase } from "./lib/our-postgres";
import { startServer } from "./lib/server-process";

const CLIENTS_PER_ROOM = 12;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const rooms = flag("rooms", 100);
const crashes = flag("crashes", 5);
// --postgres: the server on PostgreSQL (needs `npm run test:setup`) instead of a SQLite file.
const postgres = process.argv.includes("--postgres");
const database: OurDatabase & { close?(): Promise<void> } = postgres
  ? await createOurPostgresDatabase({ rooms, clientsPerRoom: CLIENTS_PER_ROOM })
  : await createOurDatabase({ rooms, clientsPerRoom: CLIENTS_PER_ROOM });
let server = await startServer({ kind: "ours", env: database.env });
const port = server.port;
const generator = await startGenerator({
  target: { kind: "ours", port, cookies: database.cookies },
  roomIds: benchRoomIds(rooms),
  clientsPerRoom: CLIENTS_PER_ROOM,
  editsPerSecond: 2,
  workers: 2,
  stayDown: true,
});

let missing = 0;
let checked = 0;
console.log(
  `bench:crash: ${rooms} rooms × ${CLIENTS_PER_ROOM} clients, ${crashes} × kill -9, ` +
    (postgres ? "PostgreSQL" : "SQLite"),
);
try {
  await generator.all({ cmd: "edit", on: true });
  for (let crash = 1; crash <= crashes; crash++) {
    const after = 2_000 + Math.random() * 4_000;
    await sleep(after);
    await server.crash();
    await generator.all({ cmd: "waitDown" });
    const restarted = performance.now();
    server = await startServer({ kind: "ours", env: database.env, port });
    const restartMs = performance.now() - restarted;
    const replies = await generator.all({ cmd: "verify" });
    let cycleMissing = 0;
    let cycleChecked = 0;
    for (const reply of replies) {
      if (!reply.ok || !reply.verify) continue;
      cycleMissing += reply.verify.missing;
      cycleChecked += reply.verify.checked;
    }
    missing += cycleMissing;
    checked += cycleChecked;
    await generator.all({ cmd: "reconnect" });
    await generator.all({ cmd: "edit", on: true });
    console.log(
      `  crash ${crash} after ${(after / 1000).toFixed(1)} s: restart ${Math.round(restartMs)} ms, ` +
        `${cycleChecked} relayed updates checked, ${cycleMissing} missing`,
    );
  }
  await sleep(2_000);
  const finished = await generator.all({ cmd: "finish", drainMs: 10_000 });
  let dropped = 0;
  let converged = 0;
  for (const reply of finished) {
    if (!reply.ok || !reply.finish) continue;
    dropped += reply.finish.expected - reply.finish.delivered;
    converged += reply.finish.roomsConverged;
  }
  console.log(
    `\nmissing after restart: ${missing} (of ${checked} checked; must be 0)\n` +
      `undelivered at the end: ${dropped}\nconverged: ${converged}/${rooms} rooms`,
  );
  process.exitCode = missing === 0 && dropped === 0 && converged === rooms ? 0 : 1;
} finally {
  await generator.stop();
  await server.stop();
  if (database.close) await database.close();
  else database.cleanup();
}
