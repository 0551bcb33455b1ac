// Route handlers' live-doc changes with several instances (issue 17). A route handler runs on
// whichever instance the load balancer picked; the workshop's sockets are usually on another. The
// named operations (reveal, role changes) are sent through the relay to the instance holding the
// workshop's connections, which runs them against the docs its clients edit, closes its own
// connections, and tells the others to close theirs. Instances record which workshops they hold
// in Redis (renewed while they do). When no other instance holds the workshop, or the holder does
// not answer (it died), the change runs here: loaded from the store, committed, then relayed to
// every instance like any client's edit. Changes given as a closure (applyServerChange) always
// run here that way, since a closure cannot travel.
import type { RealtimeLiveApi } from "@/lib/realtime/live-api";
import type { LiveCommand, Relay } from "./relay";

/** How often this instance renews its holder records (they last Redis relay's holdForMs). */
const HOLD_EVERY_MS = 5_000;
/** How long a route waits for the holder before it runs the change itself. */
const COMMAND_TIMEOUT_MS = 10_000;

export type LiveCommandRouting = {
  /** The live API route handlers use: named operations go to the workshop's holder. */
  live: RealtimeLiveApi;
  /** A connection to the workshop opened here: record this instance as a holder now. */
  connectionOpened(workshopId: string): void;
  close(): void;
};

function runCommand(local: RealtimeLiveApi, command: LiveCommand): Promise<unknown> {
  if (command.op === "reveal-private-notes") return local.revealPrivateNotes(command.workshopId);
  if (command.op === "roles-changed") {
    return local.rolesChanged({ workshopId: command.workshopId, userIds: command.userIds });
  }
  return Promise.reject(new Error("unknown command"));
}

export function createLiveCommandRouting(options: {
  /** This instance's own live API (server-changes.ts). */
  local: RealtimeLiveApi;
  relay: Relay;
  /** Workshops with live connections on this instance. */
  heldWorkshops: () => string[];
}): LiveCommandRouting {
  const { local, relay } = options;
  const { instanceId } = relay;
  if (
    !instanceId ||
    !relay.holdWorkshops ||
    !relay.holderOf ||
    !relay.sendCommand ||
    !relay.onCommand
  ) {
    // One instance: everything is here.
    return { live: local, connectionOpened: () => undefined, close: () => undefined };
  }
  const holdWorkshops = relay.holdWorkshops.bind(relay);
  const holderOf = relay.holderOf.bind(relay);
  const sendCommand = relay.sendCommand.bind(relay);
  relay.onCommand((command) => runCommand(local, command));
  const lastHeld = new Map<string, number>();

  const renew = setInterval(() => {
    const held = options.heldWorkshops();
    const now = Date.now();
    lastHeld.clear();
    for (const workshopId of held) lastHeld.set(workshopId, now);
    holdWorkshops(held);
  }, HOLD_EVERY_MS);
  renew.unref();

  /** Runs `command` on the workshop's holder; falls back to `here` when that is this instance. */
  async function routed<T>(
    workshopId: string,
    command: LiveCommand,
    here: () => Promise<T>,
  ): Promise<T> {
    if (options.heldWorkshops().includes(workshopId)) return here();
    const holder = await holderOf(workshopId);
    if (!holder || holder === instanceId) return here();
    const reply = await sendCommand(holder, command, COMMAND_TIMEOUT_MS);
    if (!reply) return here();
    if (!reply.ok) throw new Error(`the instance holding the workshop failed: ${reply.error}`);
    return reply.result as T;
  }

  const live: RealtimeLiveApi = {
    applyServerChange: (change) => local.applyServerChange(change),
    listPrivateDocs: (workshopId) => local.listPrivateDocs(workshopId),
    revealPrivateNotes(workshopId) {
      return routed(workshopId, { op: "reveal-private-notes", workshopId }, () =>
        local.revealPrivateNotes(workshopId),
      );
    },
    rolesChanged({ workshopId, userIds }) {
      return routed(workshopId, { op: "roles-changed", workshopId, userIds: [...userIds] }, () =>
        local.rolesChanged({ workshopId, userIds }),
      );
    },
  };

  return {
    live,
    connectionOpened(workshopId) {
      const now = Date.now();
      if (now - (lastHeld.get(workshopId) ?? 0) < HOLD_EVERY_MS) return;
      lastHeld.set(workshopId, now);
      holdWorkshops([workshopId]);
    },
    close() {
      clearInterval(renew);
    },
  };
}
