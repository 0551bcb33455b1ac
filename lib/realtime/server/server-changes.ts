import * as Y from "yjs";
import { CloseCode, type PrivateDocName } from "@/lib/realtime/protocol";
import type { ConnectionHandle } from "./connection";
import type { LiveDocOperations, RealtimeLiveApi } from "@/lib/realtime/live-api";
import type { Persistence } from "./persistence";
import type { Relay } from "./relay";
import type { RoomRegistry } from "./rooms";

/** Transaction origin of changes the server makes itself (relayed to every connection). */
export const SERVER_ORIGIN = "server";

const PRIVATE_PREFIX = "private/";

function isPrivateDocName(name: string): name is PrivateDocName {
  return name.startsWith(PRIVATE_PREFIX) && name.length > PRIVATE_PREFIX.length;
}

/**
 * Closes this instance's connections of these users in the workshop with CloseCode.roleChanged
 * (they reconnect and the upgrade authorizes their new role); returns how many.
 */
export function closeConnectionsOf(
  connections: ReadonlySet<ConnectionHandle>,
  workshopId: string,
  userIds: readonly string[],
): number {
  const affected = new Set(userIds);
  let closed = 0;
  for (const connection of [...connections]) {
    if (connection.workshopId !== workshopId || !affected.has(connection.userId)) continue;
    connection.close(CloseCode.roleChanged);
    closed += 1;
  }
  return closed;
}

/**
 * The live API over one server's rooms, persistence and open connections. Any instance can run a
 * server change: it loads the doc if it does not hold it, commits the change and relays it to the
 * instances that do (Redis relay); role changes also reach the other instances' connections.
 */
export function createLiveApi(options: {
  registry: RoomRegistry;
  persistence: Persistence;
  connections: ReadonlySet<ConnectionHandle>;
  operations: LiveDocOperations;
  relay: Relay;
}): RealtimeLiveApi {
  const { registry, persistence, connections, operations, relay } = options;

  const api: RealtimeLiveApi = {
    async applyServerChange({ workshopId, docName, change }) {
      const room = await registry.acquire(workshopId);
      try {
        const docRoom = await registry.docRoom(room, docName);
        // Copied once the doc holds no uncommitted client update: the change must build on
        // committed state only (its row could otherwise outlive an update whose commit fails).
        const state = await new Promise<Uint8Array | null>((resolve) => {
          registry.whenSettled(docRoom, () => {
            resolve(docRoom.poisoned ? null : Y.encodeStateAsUpdate(docRoom.doc));
          });
        });
        if (!state) throw new Error("the doc is being reloaded from the store; try again");
        // Change a copy first: a change must be stored before anyone sees it.
        const scratch = new Y.Doc();
        Y.applyUpdate(scratch, state);
        let update: Uint8Array | null = null;
        scratch.on("update", (next: Uint8Array) => {
          update = update ? Y.mergeUpdates([update, next]) : next;
        });
        const result = scratch.transact(() => change(scratch), SERVER_ORIGIN);
        scratch.destroy();
        const committed: Uint8Array | null = update;
        if (!committed) return result;
        await new Promise<void>((resolve, reject) => {
          docRoom.pendingWrites += 1;
          persistence.append({
            address: docRoom.address,
            update: committed,
            onCommitted(updateId) {
              docRoom.pendingWrites -= 1;
              registry.applyServerChange(docRoom, committed, updateId);
              resolve();
            },
            onFailed(error) {
              docRoom.pendingWrites -= 1;
              reject(error instanceof Error ? error : new Error("could not store the change"));
            },
          });
        });
        return result;
      } finally {
        registry.release(room);
      }
    },

    async listPrivateDocs(workshopId) {
      const names = new Set(await persistence.listDocNames(workshopId, PRIVATE_PREFIX));
      const room = registry.rooms().find((candidate) => candidate.workshopId === workshopId);
      for (const name of room?.privateDocs.keys() ?? []) names.add(name);
      return [...names].filter(isPrivateDocName).sort();
    },

    revealPrivateNotes(workshopId) {
      return operations.revealPrivateNotes({ workshopId, live: api });
    },

    async rolesChanged({ workshopId, userIds }) {
      await api.applyServerChange({
        workshopId,
        docName: "control",
        change: operations.bumpRolesVersion,
      });
      // The users' connections on other instances close there (index.ts handles the message).
      relay.publishCluster?.({ type: "roles-changed", workshopId, userIds: [...userIds] });
      return closeConnectionsOf(connections, workshopId, userIds);
    },
  };
  return api;
}
