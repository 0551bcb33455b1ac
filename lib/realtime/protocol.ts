// Transport only, shared by the realtime server and the browser client: room names, message
// framing limits, message types, close codes and refusal reasons. What is inside a document (maps,
// keys, records) is the document contract in lib/documents.

export const COLLAB_PATH_PREFIX = "/collab/";
/** GET: `{ "now": <server epoch ms> }`, for clients to line their clocks up with the server's. */
export const SERVER_TIME_PATH = "/collab/time";

export const DOC_NAMES = ["board", "control"] as const;
export type DocName = (typeof DOC_NAMES)[number];

/**
 * A person's private doc (`private/<userId>`): notes written in "write privately" mode. Only its
 * owner may open it; the server copies its notes into the board doc when the facilitator reveals.
 */
export type PrivateDocName = `private/${string}`;
export type AnyDocName = DocName | PrivateDocName;

export type RoomAddress = { workshopId: string; docName: AnyDocName };

export function privateDocName(userId: string): PrivateDocName {
  return `private/${userId}`;
}

/** The owner of a private doc, or null for the shared board and control docs. */
export function privateDocOwner(docName: AnyDocName): string | null {
  return docName.startsWith("private/") ? docName.slice("private/".length) : null;
}

/** Largest websocket message the server accepts (1 MiB); larger ones close with MESSAGE_TOO_BIG. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** y-websocket message types (the first varUint of every frame). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

const WORKSHOP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function roomName(address: RoomAddress): string {
  return `workshop/${address.workshopId}/${address.docName}`;
}

/** Parses `workshop/<id>/<board|control>` and `workshop/<id>/private/<userId>`; else null. */
export function parseRoomName(name: string): RoomAddress | null {
  const [prefix, workshopId, docName, ...rest] = name.split("/");
  if (prefix !== "workshop" || !workshopId || !docName) return null;
  if (!WORKSHOP_ID_PATTERN.test(workshopId)) return null;
  if (docName === "private") {
    const [userId, ...extra] = rest;
    if (!userId || extra.length > 0 || !WORKSHOP_ID_PATTERN.test(userId)) return null;
    return { workshopId, docName: privateDocName(userId) };
  }
  if (rest.length > 0) return null;
  const doc = DOC_NAMES.find((candidate) => candidate === docName);
  return doc ? { workshopId, docName: doc } : null;
}

/**
 * Websocket close codes. 4400–4499 mean "reconnecting cannot help" (y-websocket stops retrying);
 * the rest are transient and the client reconnects with backoff.
 */
export const CloseCode = {
  /** RFC 6455 "message too big": a frame above MAX_MESSAGE_BYTES (sent by ws, without reason text). */
  messageTooBig: 1009,
  malformedMessage: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  rateLimited: 4429,
  serverShutdown: 4500,
  persistenceFailed: 4501,
  slowClient: 4503,
  /** Someone's role in the workshop changed: reconnect so the server authorizes the new role. */
  roleChanged: 4509,
} as const;
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

export const CLOSE_REASONS: Record<CloseCodeValue, string> = {
  1009: "Message exceeds the 1 MiB limit",
  4400: "Malformed message",
  4401: "Not signed in",
  4403: "Not a member of this workshop",
  4429: "Too many messages",
  4500: "Server restarting",
  4501: "Could not save changes; reconnecting",
  4503: "Connection too slow to keep up",
  4509: "Your role in this workshop changed; reconnecting",
};

/** Codes after which the client should stop reconnecting (rate limiting is deliberately transient). */
export function isPermanentClose(code: number): boolean {
  return (
    code === CloseCode.malformedMessage ||
    code === CloseCode.unauthorized ||
    code === CloseCode.forbidden
  );
}

/** The role a connection was authorized with (a workshop membership's role). */
export type ConnectionRole = "facilitator" | "participant" | "observer";

/** What presence shows about a person; the server overwrites it from the session on every update. */
export type PresenceUser = {
  userId: string;
  name: string;
  role: string;
  function: string;
  colour: string;
};

// Dark enough for white initials (WCAG AA, 4.5:1) on avatars and cursor labels.
const PRESENCE_COLOURS = [
  "#be123c",
  "#c2410c",
  "#a16207",
  "#15803d",
  "#0f766e",
  "#0369a1",
  "#4f46e5",
  "#7e22ce",
  "#a21caf",
  "#475569",
] as const;

/** A stable colour per user, so the same person has the same cursor colour on every device. */
export function colourForUser(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length] ?? PRESENCE_COLOURS[0];
}

/**
 * Why the server refused a write. It tells the writer once per refusal in a y-protocols auth
 * "permission denied" message whose reason is `refused:<reason>`; the client then discards its
 * divergent copy of that doc (memory and IndexedDB) and resyncs, so the refused change never returns.
 */
export const REFUSAL_REASONS = [
  "locked",
  "read-only",
  "not-yours",
  "too-large",
  "invalid",
  "anonymous",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const REFUSAL_PREFIX = "refused:";

export function refusalMessage(reason: RefusalReason): string {
  return `${REFUSAL_PREFIX}${reason}`;
}

/** The reason of a permission-denied message from our server; "read-only" for anything else. */
export function parseRefusal(message: string): RefusalReason {
  const reason = message.startsWith(REFUSAL_PREFIX) ? message.slice(REFUSAL_PREFIX.length) : "";
  return REFUSAL_REASONS.find((candidate) => candidate === reason) ?? "read-only";
}

/** What the person who made a refused change reads. */
export const REFUSAL_TEXT: Record<RefusalReason, string> = {
  locked: "The board is locked: your last change was not saved.",
  "read-only": "You can only read this workshop: your last change was not saved.",
  "not-yours": "That belongs to someone else: your last change was not saved.",
  "too-large": "That change is too large to save: it was not saved.",
  invalid: "That change could not be read by the server: it was not saved.",
  anonymous: "Anonymous mode is on, so names are not recorded: your last change was not saved.",
};
