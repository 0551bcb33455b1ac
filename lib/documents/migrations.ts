import * as Y from "yjs";
import { splitLegacyKind } from "./data-source-kinds";
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  collectionMap,
  decodeRecord,
  metaMap,
  textFields,
} from "./layout";

// The board doc carries meta.schemaVersion. Each migration lifts a doc one version up, the way
// tldraw's migration sequences do. Several clients may migrate the same doc at once, so every
// step must be deterministic and idempotent (same writes from everyone, no random ids).

export const SCHEMA_VERSION_KEY = "schemaVersion";
export const BOARD_SCHEMA_VERSION = 3;

/** Origin of migration transactions: not a user edit, so per-user undo never reverts it. */
export const MIGRATION_ORIGIN = Symbol("prepersonalize-board-migration");

export type BoardMigration = { version: number; description: string; up: (doc: Y.Doc) => void };

export const BOARD_MIGRATIONS: readonly BoardMigration[] = [
  {
    version: 1,
    description: "Unversioned prototype docs: tag lists stored as plain arrays become set maps",
    up(doc) {
      for (const name of COLLECTION_NAMES) {
        const sets: readonly string[] = COLLECTIONS[name].sets;
        if (sets.length === 0) continue;
        for (const stored of collectionMap(doc, name).values()) {
          if (!(stored instanceof Y.Map)) continue;
          for (const key of sets) {
            const value: unknown = stored.get(key);
            if (!Array.isArray(value)) continue;
            const set = new Y.Map<unknown>();
            stored.set(key, set);
            for (const id of value) if (typeof id === "string") set.set(id, true);
          }
        }
      }
    },
  },
  {
    version: 2,
    description: "Free-text fields stored as plain strings become Y.Text, edited as people type",
    up(doc) {
      // Two clients converting at once each set a Y.Text with the same content; the map keeps
      // one of them, so the result reads the same either way.
      for (const name of COLLECTION_NAMES) {
        const fields = Object.keys(textFields(name));
        for (const stored of collectionMap(doc, name).values()) {
          if (!(stored instanceof Y.Map)) continue;
          for (const key of fields) {
            const value: unknown = stored.get(key);
            if (typeof value === "string") stored.set(key, new Y.Text(value));
          }
        }
      }
    },
  },
  {
    version: 3,
    description:
      "Data sources: first-/third-party move from kind to origin; scenarios get an empty trigger text",
    up(doc) {
      for (const stored of collectionMap(doc, "dataSources").values()) {
        if (!(stored instanceof Y.Map)) continue;
        const fields = decodeRecord("", stored, textFields("dataSources"));
        const split = splitLegacyKind(fields);
        if (split === fields) continue;
        stored.set("kind", split.kind);
        stored.set("origin", split.origin);
      }
      // Typing into a field that does not exist yet creates its Y.Text: two people starting at
      // once would each create one and one of them would lose their letters.
      for (const stored of collectionMap(doc, "scenarios").values()) {
        if (!(stored instanceof Y.Map)) continue;
        for (const key of ["trigger", "missingData"]) {
          if (!stored.has(key)) stored.set(key, new Y.Text(""));
        }
      }
    },
  },
];

/** The doc's stored schema version; 0 for a doc written before versioning (or still empty). */
export function boardSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get(SCHEMA_VERSION_KEY);
  return typeof version === "number" && Number.isInteger(version) && version >= 0 ? version : 0;
}

export type MigrationOutcome = {
  from: number;
  to: number;
  /** The doc was written by a newer app version: read it, but tell the user to reload. */
  newer: boolean;
};

/**
 * Brings the board doc up to BOARD_SCHEMA_VERSION. Call it once the doc has synced with the
 * server; migrating an empty local doc first would only stamp a version onto nothing.
 */
export function migrateBoard(
  doc: Y.Doc,
  migrations: readonly BoardMigration[] = BOARD_MIGRATIONS,
  target: number = BOARD_SCHEMA_VERSION,
): MigrationOutcome {
  const from = boardSchemaVersion(doc);
  if (from >= target) return { from, to: from, newer: from > target };
  doc.transact(() => {
    for (const migration of migrations) {
      if (migration.version > from && migration.version <= target) migration.up(doc);
    }
    metaMap(doc).set(SCHEMA_VERSION_KEY, target);
  }, MIGRATION_ORIGIN);
  return { from, to: target, newer: false };
}
