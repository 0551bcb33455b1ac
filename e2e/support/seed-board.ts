import type { Page } from "@playwright/test";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { roomName, type AnyDocName, type DocName } from "@/lib/realtime/protocol";

type Connection = { doc: Y.Doc; provider: WebsocketProvider };

function connect(wsBase: string, cookie: string, room: string): Promise<Connection> {
  const doc = new Y.Doc();
  // ws accepts request headers as a third argument; the session cookie authenticates the upgrade.
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Could not sync ${room}`)), 10_000);
    provider.once("sync", () => {
      clearTimeout(timer);
      resolve({ doc, provider });
    });
  });
}

/**
 * Whether `seen` holds everything in `expected`. Not equality: the document may also hold
 * changes from others (the server itself, another seed) that the writer never saw.
 */
function covers(seen: Map<number, number>, expected: Map<number, number>): boolean {
  for (const [client, clock] of expected) if ((seen.get(client) ?? 0) < clock) return false;
  return true;
}

function close({ doc, provider }: Connection): void {
  provider.destroy();
  doc.destroy();
}

/**
 * Seeds a workshop document the way a real client would: over the websocket, with the session
 * of the signed-in person in `page`, through the typed lib/workshop functions passed in `change`.
 * Resolves once a second, independent connection sees the change, so the server has it.
 */
export async function seedDoc(
  page: Page,
  options: {
    workshopId: string;
    docName?: DocName;
    /** `seeder` is the signed-in person: the server refuses notes signed by anyone else. */
    change: (doc: Y.Doc, seeder: { userId: string }) => void;
  },
): Promise<void> {
  const base = new URL(page.url());
  const wsBase = `ws://${base.host}/collab`;
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const room = roomName({ workshopId: options.workshopId, docName: options.docName ?? "board" });

  const userId = await signedInUserId(page);
  const writer = await connect(wsBase, cookie, room);
  // One transaction, one update: a seed of 500 notes is one bulk write, not 960 messages that the
  // server's per-connection message limit (300/s, burst 600) would close the socket for.
  writer.doc.transact(() => options.change(writer.doc, { userId }));
  const expected = Y.decodeStateVector(Y.encodeStateVector(writer.doc));
  const deadline = Date.now() + 10_000;
  try {
    for (;;) {
      const reader = await connect(wsBase, cookie, room);
      const seen = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
      close(reader);
      if (covers(seen, expected)) return;
      if (Date.now() > deadline) throw new Error(`The server never confirmed the seed of ${room}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    close(writer);
  }
}

/**
 * A raw connection to a workshop document with the session of the person in `page`, for tests
 * that write what no screen would (a forged key) and check the server refuses it. Close it after.
 */
export async function openDocAs(
  page: Page,
  options: { workshopId: string; docName?: AnyDocName },
): Promise<{ doc: Y.Doc; close: () => void }> {
  const base = new URL(page.url());
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const room = roomName({ workshopId: options.workshopId, docName: options.docName ?? "board" });
  const connection = await connect(`ws://${base.host}/collab`, cookie, room);
  return { doc: connection.doc, close: () => close(connection) };
}

/** Reads a workshop document as the server holds it, with the session of the person in `page`. */
export async function readDoc<T>(
  page: Page,
  /** `docName` may name the signed-in person's own private doc ("private/<userId>"). */
  options: { workshopId: string; docName?: AnyDocName; read: (doc: Y.Doc) => T },
): Promise<T> {
  const base = new URL(page.url());
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const room = roomName({ workshopId: options.workshopId, docName: options.docName ?? "board" });
  const reader = await connect(`ws://${base.host}/collab`, cookie, room);
  try {
    return options.read(reader.doc);
  } finally {
    close(reader);
  }
}

/** The id of the person signed in on `page`, from NextAuth's session endpoint. */
export async function signedInUserId(page: Page): Promise<string> {
  const response = await page.request.get("/api/auth/session");
  const session = (await response.json()) as { user?: { id?: string } };
  const id = session.user?.id;
  if (!id) throw new Error("Nobody is signed in on this page");
  return id;
}

/** The workshop id of the workshop page `page` is on. */
export function workshopIdOf(page: Page): string {
  const match = /\/workshops\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on a workshop page: ${page.url()}`);
  return match[1];
}
