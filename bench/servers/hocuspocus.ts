// Hocuspocus with its SQLite extension (default debounce: the whole doc is stored 2 s after the
// last change, at most 10 s later). Stores in BENCH_DATA_DIR/hocuspocus.sqlite.
import path from "node:path";
import { SQLite } from "@hocuspocus/extension-sqlite";
import { Server } from "@hocuspocus/server";
import { announcePort, requestedPort } from "./announce";

const database = path.join(process.env.BENCH_DATA_DIR ?? ".", "hocuspocus.sqlite");
const server = new Server({
  port: requestedPort(),
  address: "127.0.0.1",
  quiet: true,
  extensions: [new SQLite({ database })],
});
await server.listen();
announcePort(server.address.port);
