import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import {
  COLLAB_PATH_PREFIX,
  parseRoomName,
  type ConnectionRole,
  type RoomAddress,
} from "@/lib/realtime/protocol";
import { canOpenDoc } from "./permissions";

export type ConnectionUser = { id: string; name: string };
export type ConnectionMembership = { role: ConnectionRole; function: string };

/**
 * Who the upgrade's cookie belongs to and their membership of the workshop. Given to the server by
 * whoever creates it (server.ts: the app's sessions and memberships), so the server knows no
 * domain code.
 */
export type AuthenticateMember = (request: {
  cookieHeader: string | undefined;
  workshopId: string;
}) => Promise<
  | { ok: true; user: ConnectionUser; membership: ConnectionMembership }
  | { ok: false; status: 401 | 403; reason: string }
>;

export type UpgradeAccess = {
  user: ConnectionUser;
  membership: ConnectionMembership;
  address: RoomAddress;
};

export type UpgradeDecision =
  { ok: true; access: UpgradeAccess } | { ok: false; status: 401 | 403 | 404; reason: string };

/** The room a `/collab/workshop/<id>/<doc>` request path asks for, ignoring any query string. */
export function roomAddressFromUrl(url: string | undefined): RoomAddress | null {
  if (!url?.startsWith(COLLAB_PATH_PREFIX)) return null;
  const path = url.slice(COLLAB_PATH_PREFIX.length).split("?")[0] ?? "";
  try {
    return parseRoomName(decodeURIComponent(path));
  } catch {
    return null;
  }
}

/**
 * Browsers always send Origin on a websocket upgrade, so a page elsewhere (another port of the same
 * host included) cannot open a member's socket with their cookie. Allowed: the listed origins
 * (the app's public address) and the address the request itself was sent to (the Host header, so a
 * LAN address works too). Clients without Origin (not browsers, so no ambient cookie) pass.
 */
export function isOriginAllowed(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    const parsed = new URL(origin);
    return (
      (parsed.protocol === "http:" || parsed.protocol === "https:") &&
      parsed.host === req.headers.host &&
      parsed.origin === origin
    );
  } catch {
    return false;
  }
}

/** Decides before the websocket opens: a known room, a signed-in user, a member of that workshop. */
export async function authorizeUpgrade(
  req: IncomingMessage,
  allowedOrigins: string[] | null,
  authenticate: AuthenticateMember,
): Promise<UpgradeDecision> {
  const address = roomAddressFromUrl(req.url);
  if (!address) return { ok: false, status: 404, reason: "unknown room" };
  if (allowedOrigins && !isOriginAllowed(req, allowedOrigins)) {
    return { ok: false, status: 403, reason: "origin not allowed" };
  }
  const member = await authenticate({
    cookieHeader: req.headers.cookie,
    workshopId: address.workshopId,
  });
  if (!member.ok) return member;
  const { user, membership } = member;
  if (!canOpenDoc({ userId: user.id, docName: address.docName })) {
    return { ok: false, status: 403, reason: "someone else's private doc" };
  }
  return { ok: true, access: { user, membership, address } };
}

const STATUS_TEXT = { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found" } as const;

/** Answers a refused upgrade on the raw socket; the websocket never opens. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404): void {
  if (socket.destroyed) return;
  // Destroy only once the response is flushed, or the client may see a reset instead of the status.
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n`,
  );
}
