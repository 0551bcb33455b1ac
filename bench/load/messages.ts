// What the bench parent and its load-generator worker processes say to each other over IPC.

export type ServerKind = "ours" | "reference" | "hocuspocus";

/** Where and how a worker's clients connect. */
export type Target = {
  kind: ServerKind;
  port: number;
  /**
   * Several instances of ours (--instances N): client k of a room connects to ports[k % N], so
   * every room has clients on every instance. The first is `port`.
   */
  ports?: number[];
  /** One session cookie per client slot in a room (ours only; the peers need none). */
  cookies: string[];
};

export type WorkerCommand =
  | {
      cmd: "connect";
      target: Target;
      roomIds: string[];
      clientsPerRoom: number;
      editsPerSecond: number;
      /** Crash mode: clients stay down when their socket closes, until "reconnect". */
      stayDown: boolean;
    }
  | { cmd: "edit"; on: boolean }
  | { cmd: "record"; on: boolean }
  | { cmd: "finish"; drainMs: number }
  | { cmd: "waitDown" }
  | { cmd: "verify" }
  | { cmd: "reconnect" }
  | { cmd: "close" };

export type FinishReport = {
  /** Sparse latency histogram: [bucket, count] pairs (see histogram.ts). */
  histogram: [number, number][];
  /** The same deliveries split by whether sender and receiver sat on the same instance. */
  sameInstance: [number, number][];
  crossInstance: [number, number][];
  maxMs: number;
  samples: number;
  /** Edits sent since the first edit. */
  sent: number;
  /** Deliveries expected (edits × other clients in the room) and seen. */
  expected: number;
  delivered: number;
  /** Update frames beyond the distinct updates they carried (a server relaying twice). */
  duplicates: number;
  /** A client's own updates sent back to it. */
  echoes: number;
  /** Sockets that closed while they should have stayed up. */
  disconnects: number;
  rooms: number;
  roomsConverged: number;
};

export type VerifyReport = {
  /** Updates some client saw relayed that the restarted server does not have. */
  missing: number;
  /** Highest relayed update count seen, summed over senders (how much was checked). */
  checked: number;
  rooms: number;
};

export type WorkerReply =
  | {
      ok: true;
      cmd: WorkerCommand["cmd"];
      /** Edits sent so far (answers "record"). */
      sent?: number;
      finish?: FinishReport;
      verify?: VerifyReport;
    }
  | { ok: false; cmd: WorkerCommand["cmd"]; error: string };
