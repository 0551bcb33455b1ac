// The reference y-websocket server: y-websocket 2.x bin/utils' setupWSConnection behind a plain
// http + ws server, as its bin/server.cjs does. In memory (YPERSISTENCE unset, its default).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "y-websocket-v2/bin/utils";
import { announcePort, requestedPort } from "./announce";

const wss = new WebSocketServer({ noServer: true });
wss.on("connection", setupWSConnection);
const http = createServer((_req, res) => res.writeHead(200).end("okay"));
http.on("upgrade", (req, socket, head: Buffer) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
});
http.listen(requestedPort(), "127.0.0.1", () => {
  announcePort((http.address() as AddressInfo).port);
});
// Exits through Node (not the signal's default) so BENCH_SERVER_NODE_ARGS=--cpu-prof writes its profile.
process.on("SIGTERM", () => process.exit(0));
