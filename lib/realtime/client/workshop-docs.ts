import type * as Y from "yjs";
import { roomName } from "@/lib/realtime/protocol";
import {
  createLiveDocSet,
  INITIAL_LIVE_DOCS_STATE,
  type ConnectOptions,
  type LiveDocsState,
  type Refusal,
} from "./live-doc-set";

export type { ConnectOptions, Refusal };
export type WorkshopDocsState = LiveDocsState;
export const INITIAL_WORKSHOP_DOCS_STATE = INITIAL_LIVE_DOCS_STATE;

/** The two shared docs of a workshop, plus connection state that React can subscribe to. */
export type WorkshopDocs = {
  workshopId: string;
  /** The current board doc; a new one after a refusal (see `generation`). */
  readonly board: Y.Doc;
  readonly control: Y.Doc;
  getState(): WorkshopDocsState;
  subscribe(listener: () => void): () => void;
  /** Opens the websockets (and IndexedDB); returns the function that closes them again. */
  connect(options?: ConnectOptions): () => void;
  /** Clears a refusal the person has read. */
  dismissRefusal(): void;
};

/** Creates the board and control docs without any I/O; presence lives on the board's awareness. */
export function createWorkshopDocs(workshopId: string): WorkshopDocs {
  const set = createLiveDocSet({
    rooms: {
      board: roomName({ workshopId, docName: "board" }),
      control: roomName({ workshopId, docName: "control" }),
    },
    presence: "board",
  });
  return {
    workshopId,
    get board() {
      return set.doc("board");
    },
    get control() {
      return set.doc("control");
    },
    getState: set.getState,
    subscribe: set.subscribe,
    connect: set.connect,
    dismissRefusal: set.dismissRefusal,
  };
}
