import fs from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import {
  decodeJournal,
  openUpdateJournal,
  readJournalFile,
  type JournalEntry,
} from "./update-journal";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function journalPath(): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), "journal-"));
  dirs.push(dir);
  return path.join(dir, "test.db-updates.log");
}

function entry(id: number, bytes: number[], workshopId = "w1"): JournalEntry {
  return {
    id,
    workshopId,
    docName: "board",
    update: new Uint8Array(bytes),
    createdAtMs: 1_700_000_000_123,
  };
}

it("reads back every appended entry, names in UTF-8 and ids past 32 bits included", () => {
  const file = journalPath();
  const journal = openUpdateJournal(file);
  const backing = new Uint8Array([9, 1, 2, 3, 9]);
  journal.append([entry(1, [7]), { ...entry(2 ** 40, []), workshopId: "wörkshop ✓" }]);
  journal.append([{ ...entry(3, []), update: backing.subarray(1, 4) }]);
  journal.close();
  expect(readJournalFile(file)).toEqual([
    entry(1, [7]),
    { ...entry(2 ** 40, []), workshopId: "wörkshop ✓" },
    entry(3, [1, 2, 3]),
  ]);
});

it("ends at a record cut short or damaged, keeping the whole ones before it", () => {
  const file = journalPath();
  const journal = openUpdateJournal(file);
  journal.append([entry(1, [1, 1]), entry(2, [2, 2])]);
  journal.close();
  const whole = fs.readFileSync(file);
  const firstLength = 8 + whole.readUInt32LE(0);

  // The process died inside the second record's write.
  const cut = decodeJournal(whole.subarray(0, whole.length - 1));
  expect(cut.entries.map((each) => each.id)).toEqual([1]);
  expect(cut.validBytes).toBe(firstLength);

  // A flipped byte in the second record's update.
  const damaged = Buffer.from(whole);
  damaged.writeUInt8(damaged.readUInt8(damaged.length - 1) ^ 0xff, damaged.length - 1);
  expect(decodeJournal(damaged).entries.map((each) => each.id)).toEqual([1]);

  // A length that points past the end.
  const huge = Buffer.from(whole);
  huge.writeUInt32LE(0xffffffff, firstLength);
  expect(decodeJournal(huge).entries.map((each) => each.id)).toEqual([1]);
});

it("starts over after clear and appends after what the file already held", () => {
  const file = journalPath();
  const first = openUpdateJournal(file);
  first.append([entry(1, [1])]);
  first.close();
  const reopened = openUpdateJournal(file);
  reopened.append([entry(2, [2])]);
  expect(readJournalFile(file).map((each) => each.id)).toEqual([1, 2]);
  reopened.clear();
  reopened.append([entry(3, [3])]);
  expect(readJournalFile(file).map((each) => each.id)).toEqual([3]);
  reopened.clear();
  reopened.close({ remove: true });
  expect(fs.existsSync(file)).toBe(false);
  expect(readJournalFile(file)).toEqual([]);
});

it("refuses a name longer than its length field, writing nothing", () => {
  const file = journalPath();
  const journal = openUpdateJournal(file);
  expect(() =>
    journal.append([entry(1, [1]), { ...entry(2, [2]), docName: "d".repeat(70_000) }]),
  ).toThrow(RangeError);
  expect(readJournalFile(file)).toEqual([]);
  journal.close();
});
