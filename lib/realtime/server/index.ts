import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { CloseCode, type CloseCodeValue } from "@/lib/realtime/protocol";
import { authorizeUpgrade, refuseUpgrade } from "./auth";
import { attachConnection, type ConnectionContext, type ConnectionHandle } from "./connection";
import { countBy, createMetrics } from "./metrics";
import { resolveOptions, type RealtimeDependencies, type RealtimeOptions } from "./options";
import { createPersistence, type PersistenceLag } from "./persistence";
import { createRoomRegistry } from "./rooms";
import { createSocketCaps, refuseTooManySockets } from "./socket-caps";
import { registerLiveApi, type RealtimeLiveApi } from "@/lib/realtime/live-api";
import { createLiveCommandRouting } from "./live-commands";
import { closeConnectionsOf, createLiveApi } from "./server-changes";

export type { RealtimeDependencies, RealtimeOptions } from "./options";
export type { AuthenticateMember } from "./auth";
export type { Relay, RelayPeer } from "./relay";
export { createInProcessRelay } from "./relay";
export { createRedisRelay } from "./redis-relay";

export type RealtimeHealth = {
  status: "ok" | "closing";
  workshopsInMemory: number;
  roomsInMemory: number;
  connections: number;
  persistence: PersistenceLag & {
    updatesPersisted: number;
    compactions: number;
    errors: number;
    commitP95Ms: number | null;
    /** Arrival of an update to its row being committed, over the last 512 updates. */
    commitLagP50Ms: number | null;
    commitLagP95Ms: number | null;
    /** Times reading stopped behind a full commit queue (see Persistence.onBacklogChanged). */
    readPauses: number;
  };
  relayP99Ms: number | null;
  writesDropped: number;
  /** Refused updates by reason (counts only, no per-room detail). */
  writesRefused: Record<string, number>;
  awarenessEntriesDropped: number;
  /** Of those, states above the size cap. */
  awarenessOversizeDropped: number;
  connectionsOpened: number;
  upgradesRefused: Record<string, number>;
  closedByCode: Record<string, number>;
};

export type RealtimeServer = {
  /** Handles an HTTP upgrade whose URL starts with /collab/. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  health(): RealtimeHealth;
  /** Closes every socket, commits what is queued, compacts and unloads every room. */
  close(): Promise<void>;
  /** Server-side changes and role changes; also registered on globalThis for route handlers. */
  live: RealtimeLiveApi;
};

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The realtime server; `options` carries its dependencies (see RealtimeDependencies). */
export function createRealtimeServer(
  options: RealtimeDependencies & Partial<RealtimeOptions>,
): RealtimeServer {
  const config: RealtimeOptions = {
    ...resolveOptions(options),
    docStore: options.docStore,
    authenticate: options.authenticate,
    pseudonym: options.pseudonym,
    operations: options.operations,
  };
  const metrics = createMetrics();
  const persistence = createPersistence({ metrics, store: config.docStore });
  const registry = createRoomRegistry({ persistence, config, metrics });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const connections: ConnectionContext["connections"] = new Set();
  const context: ConnectionContext = { config, persistence, registry, metrics, connections };
  persistence.onBacklogChanged((backlogged) => {
    if (backlogged) {
      metrics.readPauses += 1;
      for (const connection of connections) connection.pauseReading();
      return;
    }
    // Resumed sockets deliver what they buffered in the order they are resumed: those the last
    // pass did not reach go first, or the same sockets would fill every commit while the rest wait.
    const read: ConnectionHandle[] = [];
    for (const connection of connections) {
      if (connection.takeWasRead()) read.push(connection);
      else connection.resumeReading();
    }
    for (const connection of read) connection.resumeReading();
  });
  let closing = false;
  const socketCaps = createSocketCaps({
    perUserPerWorkshop: config.maxSocketsPerUserPerWorkshop,
    perUser: config.maxSocketsPerUser,
  });
  // With other instances, reveals and role changes run where the workshop's sockets are.
  const routing = createLiveCommandRouting({
    local: createLiveApi({
      registry,
      persistence,
      connections,
      operations: config.operations,
      relay: config.relay,
    }),
    relay: config.relay,
    heldWorkshops: () =>
      registry
        .rooms()
        .filter((room) => room.connections > 0)
        .map((room) => room.workshopId),
  });
  const { live } = routing;
  const unregisterLive = registerLiveApi(live);
  config.relay.onCluster?.((message) => {
    if (closing || message.type !== "roles-changed") return;
    closeConnectionsOf(connections, message.workshopId, message.userIds);
  });

  let sweeps = 0;
  const sweepEvery = Math.max(1, Math.round(config.compactIntervalMs / config.sweepIntervalMs));
  let sweeping = false;
  const sweepTimer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    sweeps += 1;
    registry
      .sweep({ compactAll: sweeps % sweepEvery === 0 })
      .catch((error: unknown) => console.error("[realtime] sweep failed", error))
      .finally(() => {
        sweeping = false;
      });
  }, config.sweepIntervalMs);
  sweepTimer.unref();

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const decision = await authorizeUpgrade(req, config.allowedOrigins, config.authenticate);
    if (!decision.ok) {
      countBy(metrics.upgradesRefused, decision.status);
      refuseUpgrade(socket, decision.status);
      return;
    }
    const { user, address } = decision.access;
    const reservation = socketCaps.reserve(user.id, address.workshopId);
    if (!reservation) {
      countBy(metrics.upgradesRefused, 429);
      refuseTooManySockets(socket);
      return;
    }
    // Until the socket is attached; after that the connection's own close handler releases it (no
    // listener or closure kept per connection for it).
    const releaseUnattached = () => reservation.release();
    socket.once("close", releaseUnattached);
    const room = await registry.acquire(address.workshopId);
    try {
      const docRoom = await registry.docRoom(room, address.docName);
      if (closing || socket.destroyed) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        socket.off("close", releaseUnattached);
        attachConnection({
          ws,
          access: decision.access,
          room,
          docRoom,
          context,
          onClosed: reservation.release,
        });
        routing.connectionOpened(address.workshopId);
      });
    } finally {
      registry.release(room);
    }
  }

  return {
    live,

    handleUpgrade(req, socket, head) {
      socket.on("error", () => socket.destroy());
      if (closing) {
        socket.destroy();
        return;
      }
      upgrade(req, socket, head).catch((error: unknown) => {
        console.error("[realtime] upgrade failed", error);
        socket.destroy();
      });
    },

    health() {
      const workshops = registry.rooms();
      return {
        status: closing ? "closing" : "ok",
        workshopsInMemory: workshops.length,
        roomsInMemory: workshops.length * 2,
        connections: connections.size,
        persistence: {
          ...persistence.lag(),
          updatesPersisted: metrics.updatesPersisted,
          compactions: metrics.compactions,
          errors: metrics.persistenceErrors,
          commitP95Ms: round(metrics.commitLatency.percentile(95)),
          commitLagP50Ms: round(metrics.commitLag.percentile(50)),
          commitLagP95Ms: round(metrics.commitLag.percentile(95)),
          readPauses: metrics.readPauses,
        },
        relayP99Ms: round(metrics.relayLatency.percentile(99)),
        writesDropped: metrics.writesDropped,
        writesRefused: { ...metrics.refusedByReason },
        awarenessEntriesDropped: metrics.awarenessEntriesDropped,
        awarenessOversizeDropped: metrics.awarenessOversizeDropped,
        connectionsOpened: metrics.connectionsOpened,
        upgradesRefused: { ...metrics.upgradesRefused },
        closedByCode: { ...metrics.closedByCode },
      };
    },

    async close() {
      if (closing) return;
      closing = true;
      unregisterLive();
      routing.close();
      clearInterval(sweepTimer);
      const shutdown: CloseCodeValue = CloseCode.serverShutdown;
      for (const connection of [...connections]) connection.close(shutdown);
      await registry.closeAll();
      await persistence.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
