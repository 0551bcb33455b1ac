import Database from "better-sqlite3";
import fs from "node:fs";
import { crc32 } from "node:zlib";

/** An update row appended to the journal, waiting to be folded into the DocUpdate table. */
export type JournalEntry = {
  id: number;
  workshopId: string;
  docName: string;
  update: Uint8Array;
  /** Date.now() when it was appended. */
  createdAtMs: number;
};

/**
 * The realtime server's SQLite store commits each group of updates to an append-only file with
 * one write() and folds that file into the DocUpdate table in batches. A SQLite commit of one row
 * rewrote three 4 KB pages into the WAL (the log's last leaf, its index leaf, sqlite_sequence) in
 * about six write() calls; a journal record is one write() of its own bytes. Once write() returns
 * the kernel holds the bytes, so they survive the process being killed, which is what SQLite's
 * WAL with synchronous=NORMAL promises as well (an OS crash may lose the last commits of either).
 *
 * Record: u32 body length, u32 CRC-32 of the body, then the body: u48 id, f64 createdAtMs,
 * u16 + workshopId (UTF-8), u16 + docName (UTF-8), u32 + update. A record cut short or damaged
 * (the process died inside a write) ends the file: it and anything after it are ignored.
 */
export type UpdateJournal = {
  readonly file: string;
  /** Writes the entries as one write(); throws (having written nothing that counts) on failure. */
  append(entries: readonly JournalEntry[]): void;
  /** Empties the file once its entries are in the table. */
  clear(): void;
  /** Closes the file; `remove` deletes it too (it must be empty, i.e. cleared). */
  close(options?: { remove?: boolean }): void;
};

const HEADER_BYTES = 8;
const FIXED_BODY_BYTES = 6 + 8 + 2 + 2 + 4;
const MAX_NAME_BYTES = 0xffff;

function encodeEntries(entries: readonly JournalEntry[]): Buffer {
  let total = 0;
  const nameBytes: number[] = [];
  for (const entry of entries) {
    const workshopBytes = Buffer.byteLength(entry.workshopId);
    const docBytes = Buffer.byteLength(entry.docName);
    if (workshopBytes > MAX_NAME_BYTES || docBytes > MAX_NAME_BYTES) {
      throw new RangeError("journal: a workshop id or doc name is longer than 65,535 bytes");
    }
    nameBytes.push(workshopBytes, docBytes);
    total += HEADER_BYTES + FIXED_BODY_BYTES + workshopBytes + docBytes + entry.update.byteLength;
  }
  const buffer = Buffer.allocUnsafe(total);
  let offset = 0;
  entries.forEach((entry, index) => {
    const workshopBytes = nameBytes[2 * index] ?? 0;
    const docBytes = nameBytes[2 * index + 1] ?? 0;
    const bodyStart = offset + HEADER_BYTES;
    let at = bodyStart;
    at = buffer.writeUIntLE(entry.id, at, 6);
    at = buffer.writeDoubleLE(entry.createdAtMs, at);
    at = buffer.writeUInt16LE(workshopBytes, at);
    at += buffer.write(entry.workshopId, at, "utf8");
    at = buffer.writeUInt16LE(docBytes, at);
    at += buffer.write(entry.docName, at, "utf8");
    at = buffer.writeUInt32LE(entry.update.byteLength, at);
    buffer.set(entry.update, at);
    at += entry.update.byteLength;
    buffer.writeUInt32LE(at - bodyStart, offset);
    buffer.writeUInt32LE(crc32(buffer.subarray(bodyStart, at)), offset + 4);
    offset = at;
  });
  return buffer;
}

/** The whole records at the start of `bytes`, up to the first one cut short or damaged. */
export function decodeJournal(bytes: Buffer): { entries: JournalEntry[]; validBytes: number } {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset + HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(offset);
    const bodyStart = offset + HEADER_BYTES;
    const bodyEnd = bodyStart + length;
    if (length < FIXED_BODY_BYTES || bodyEnd > bytes.length) break;
    const body = bytes.subarray(bodyStart, bodyEnd);
    if (crc32(body) !== bytes.readUInt32LE(offset + 4)) break;
    let at = 0;
    const id = body.readUIntLE(at, 6);
    at += 6;
    const createdAtMs = body.readDoubleLE(at);
    at += 8;
    const workshopBytes = body.readUInt16LE(at);
    at += 2;
    const workshopId = body.toString("utf8", at, at + workshopBytes);
    at += workshopBytes;
    const docBytes = body.readUInt16LE(at);
    at += 2;
    const docName = body.toString("utf8", at, at + docBytes);
    at += docBytes;
    const updateBytes = body.readUInt32LE(at);
    at += 4;
    if (at + updateBytes !== body.length) break;
    // Its own copy: the file's buffer is dropped once read.
    entries.push({
      id,
      createdAtMs,
      workshopId,
      docName,
      update: new Uint8Array(body.subarray(at)),
    });
    offset = bodyEnd;
  }
  return { entries, validBytes: offset };
}

/** The entries a journal file holds (none when it does not exist). */
export function readJournalFile(file: string): JournalEntry[] {
  try {
    return decodeJournal(fs.readFileSync(file)).entries;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Opens (creating it if needed) the journal at `file` for appending. Entries already in it are
 * the caller's to fold (`readJournalFile`) before it appends or clears.
 */
export function openUpdateJournal(file: string): UpdateJournal {
  const fd = fs.openSync(file, "a", 0o600);
  // Where the last whole record ends: a failed write is cut back to it, so a later record never
  // sits behind a torn one (which would end the file for whoever reads it).
  let length = fs.fstatSync(fd).size;
  let closed = false;

  function writeAll(buffer: Buffer): void {
    let written = 0;
    while (written < buffer.length) {
      written += fs.writeSync(fd, buffer, written, buffer.length - written);
    }
  }

  return {
    file,
    append(entries) {
      if (closed) throw new Error("journal: closed");
      if (entries.length === 0) return;
      const buffer = encodeEntries(entries);
      try {
        writeAll(buffer);
      } catch (error) {
        // Nothing of this batch may count as written: cut what did reach the file.
        fs.ftruncateSync(fd, length);
        throw error;
      }
      length += buffer.length;
    },
    clear() {
      // O_APPEND: the next write goes to the new end, i.e. the start.
      fs.ftruncateSync(fd, 0);
      length = 0;
    },
    close(options) {
      if (closed) return;
      closed = true;
      fs.closeSync(fd);
      if (options?.remove && length === 0) fs.rmSync(file, { force: true });
    },
  };
}

/**
 * Makes this process the journal's one owner (a second owner would fold and clear entries the
 * first still counts on). The claim is an exclusive lock SQLite holds on `<journal>.lock` for as
 * long as the connection is open: the kernel drops it when the process dies, however it dies, so a
 * restarted server takes over whatever a killed one left (a pid written to a file could name some
 * other process after a container restart). Returns the release function, or null when another
 * running process holds the lock: that process's stores then commit to the table directly.
 */
export function claimJournal(file: string): (() => void) | null {
  const lock = new Database(`${file}.lock`);
  try {
    lock.pragma("busy_timeout = 0");
    lock.pragma("locking_mode = EXCLUSIVE");
    // The first write takes the exclusive lock; in this locking mode the connection keeps it.
    lock.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS owner (pid INTEGER); COMMIT;");
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY") return null;
    throw error;
  }
  return () => lock.close();
}
