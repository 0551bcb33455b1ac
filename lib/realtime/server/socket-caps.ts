import type { Duplex } from "node:stream";

/** A held place under the socket caps; release it when the socket closes (idempotent). */
export type SocketReservation = { release(): void };

export type SocketCaps = {
  /** Holds a place for one more socket of `userId` in `workshopId`, or null when over a cap. */
  reserve(userId: string, workshopId: string): SocketReservation | null;
};

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/**
 * Caps the sockets one user holds per workshop and overall. Counted from authorization to close,
 * so upgrades still in flight count too.
 */
export function createSocketCaps(options: {
  perUserPerWorkshop: number;
  perUser: number;
}): SocketCaps {
  const perUser = new Map<string, number>();
  const perWorkshop = new Map<string, number>();
  return {
    reserve(userId, workshopId) {
      const key = JSON.stringify([userId, workshopId]);
      if ((perUser.get(userId) ?? 0) >= options.perUser) return null;
      if ((perWorkshop.get(key) ?? 0) >= options.perUserPerWorkshop) return null;
      bump(perUser, userId, 1);
      bump(perWorkshop, key, 1);
      let held = true;
      return {
        release() {
          if (!held) return;
          held = false;
          bump(perUser, userId, -1);
          bump(perWorkshop, key, -1);
        },
      };
    },
  };
}

/** Answers an upgrade over the caps with 429 (the client retries with backoff). */
export function refuseTooManySockets(socket: Duplex): void {
  if (socket.destroyed) return;
  socket.once("finish", () => socket.destroy());
  socket.end(
    "HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n",
  );
}
