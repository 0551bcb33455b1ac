import type Database from "better-sqlite3";
import type { UpdateRow } from "./doc-store";
import {
  claimJournal,
  openUpdateJournal,
  readJournalFile,
  type JournalEntry,
  type UpdateJournal,
} from "./update-journal";

/** A store's connection to the database file, as the journal uses it. */
export type JournalMember = {
  sqlite: Database.Database;
  /** Something was committed to the table (the store's WAL checkpointer wants to know). */
  noteWrite(): void;
  /** Prisma's DateTime text for a Date.now() value. */
  formatTime(ms: number): string;
};

export type JournaledAppends = {
  /**
   * Commits the rows to the journal (one write()) and returns their ids, in order; null when the
   * journal has failed (nothing of the rows was written): the store commits them to the table.
   */
  append(rows: readonly UpdateRow[]): number[] | null;
  /** Moves every journaled row into the table: before any read, so reads see every append. */
  fold(): void;
  /** This store is closing: the last one of the file folds and removes the journal. */
  leave(): void;
};

/** Where the update journal of the database file `file` lives. */
export function updateJournalFile(file: string): string {
  return `${file}-updates.log`;
}

// A fold moves the journal into the table in one transaction: each room's index leaf page is
// rewritten once per fold instead of once per commit.
const FOLD_INTERVAL_MS = 200;
const FOLD_RETRY_MS = 1_000;
// Ids come from blocks reserved in sqlite_sequence, so an AUTOINCREMENT insert by any other
// connection never takes one.
const ID_BLOCK = 4_096;

type Statements = {
  foldEntries: (entries: readonly JournalEntry[]) => void;
  reserveIds: (count: number) => number;
};

function prepare(member: JournalMember): Statements {
  const { sqlite } = member;
  const selectSequence = sqlite
    .prepare<[], number | null>(
      `SELECT max(coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = 'DocUpdate'), 0), ` +
        'coalesce((SELECT max("id") FROM "DocUpdate"), 0))',
    )
    .pluck();
  const updateSequence = sqlite.prepare<[number]>(
    `UPDATE sqlite_sequence SET "seq" = ? WHERE "name" = 'DocUpdate'`,
  );
  const insertSequence = sqlite.prepare<[number]>(
    `INSERT INTO sqlite_sequence ("name", "seq") VALUES ('DocUpdate', ?)`,
  );
  // OR IGNORE: after a crash between a fold's commit and the journal's truncation, the next start
  // folds the same entries again. A workshop deleted meanwhile takes its entries with it.
  const insertFolded = sqlite.prepare<[number, string, string, Uint8Array, string, string]>(
    'INSERT OR IGNORE INTO "DocUpdate" ("id", "workshopId", "docName", "update", "createdAt") ' +
      'SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "Workshop" WHERE "id" = ?)',
  );
  return {
    foldEntries: sqlite.transaction((entries: readonly JournalEntry[]) => {
      for (const entry of entries) {
        insertFolded.run(
          entry.id,
          entry.workshopId,
          entry.docName,
          entry.update,
          member.formatTime(entry.createdAtMs),
          entry.workshopId,
        );
      }
    }),
    reserveIds: sqlite.transaction((count: number) => {
      const first = (selectSequence.get() ?? 0) + 1;
      const last = first + count - 1;
      if (updateSequence.run(last).changes === 0) insertSequence.run(last);
      return first;
    }),
  };
}

/**
 * One journal per database file and process, shared by every store of this process on that file
 * (tests run several servers side by side): whichever store reads folds everyone's appends first.
 */
class SharedJournal {
  private readonly members = new Map<JournalMember, Statements>();
  private journal: UpdateJournal | null;
  /** Appended and not folded yet, in id order. */
  private unfolded: JournalEntry[] = [];
  private foldTimer: NodeJS.Timeout | null = null;
  private nextId = 0;
  private reservedUntil = -1;

  constructor(
    readonly file: string,
    private readonly release: () => void,
    first: JournalMember,
  ) {
    const statements = prepare(first);
    this.members.set(first, statements);
    // Entries a previous process appended and did not fold (it was killed): into the table first.
    const left = readJournalFile(file);
    if (left.length > 0) {
      statements.foldEntries(left);
      first.noteWrite();
    }
    this.journal = openUpdateJournal(file);
    this.journal.clear();
  }

  join(member: JournalMember): void {
    this.members.set(member, prepare(member));
  }

  /** Null once the journal has failed: the caller commits to the table directly. */
  append(rows: readonly UpdateRow[]): number[] | null {
    const journal = this.journal;
    if (!journal) return null;
    const [member, statements] = this.anyMember();
    if (this.nextId + rows.length - 1 > this.reservedUntil) {
      const count = Math.max(ID_BLOCK, rows.length);
      this.nextId = statements.reserveIds(count);
      this.reservedUntil = this.nextId + count - 1;
      member.noteWrite();
    }
    const createdAtMs = Date.now();
    const entries = rows.map((row, index) => ({
      id: this.nextId + index,
      workshopId: row.workshopId,
      docName: row.docName,
      update: row.update,
      createdAtMs,
    }));
    try {
      journal.append(entries);
    } catch (error) {
      // Nothing of the batch counts as written (the journal cut it back): the caller commits it.
      this.abandon(error);
      this.fold();
      return null;
    }
    this.nextId += rows.length;
    for (const entry of entries) this.unfolded.push(entry);
    this.scheduleFold(FOLD_INTERVAL_MS);
    return entries.map((entry) => entry.id);
  }

  fold(): void {
    if (this.foldTimer !== null) {
      clearTimeout(this.foldTimer);
      this.foldTimer = null;
    }
    if (this.unfolded.length === 0) return;
    const [member, statements] = this.anyMember();
    statements.foldEntries(this.unfolded);
    this.unfolded = [];
    member.noteWrite();
    try {
      this.journal?.clear();
    } catch (error) {
      // Its entries are in the table: a later start folds them again, harmlessly (OR IGNORE).
      this.abandon(error);
    }
  }

  leave(member: JournalMember): void {
    if (this.members.size === 1 && this.members.has(member)) {
      this.fold();
      this.journal?.close({ remove: true });
      this.journal = null;
      this.release();
    }
    this.members.delete(member);
  }

  private anyMember(): [JournalMember, Statements] {
    const first = this.members.entries().next();
    if (first.done) throw new Error("journal: no store is open on it");
    return first.value;
  }

  private scheduleFold(delay: number): void {
    if (this.foldTimer !== null) return;
    this.foldTimer = setTimeout(() => {
      this.foldTimer = null;
      try {
        this.fold();
      } catch (error) {
        console.error("[realtime] folding the update journal failed; trying again", error);
        this.scheduleFold(FOLD_RETRY_MS);
      }
    }, delay);
    this.foldTimer.unref();
  }

  private abandon(error: unknown): void {
    console.error(
      "[realtime] the update journal failed; committing to the database directly",
      error,
    );
    try {
      this.journal?.close();
    } catch {
      // Already unusable.
    }
    this.journal = null;
  }
}

const journals = new Map<string, SharedJournal>();

/**
 * Appends for `member` through the journal of database file `file`, or null when another running
 * process owns that journal (this store then commits to the table directly).
 */
export function joinJournaledAppends(file: string, member: JournalMember): JournaledAppends | null {
  const journalFile = updateJournalFile(file);
  let shared = journals.get(journalFile);
  if (shared) {
    shared.join(member);
  } else {
    const release = claimJournal(journalFile);
    if (!release) return null;
    shared = new SharedJournal(
      journalFile,
      () => {
        journals.delete(journalFile);
        release();
      },
      member,
    );
    journals.set(journalFile, shared);
  }
  const joined = shared;
  return {
    append: (rows) => joined.append(rows),
    fold: () => joined.fold(),
    leave: () => joined.leave(member),
  };
}
