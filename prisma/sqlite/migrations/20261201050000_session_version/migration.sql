-- AlterTable: sessions carry the version they were issued under (see lib/auth/session-version.ts).
-- SQLite adds a column with a constant default in place, without redefining the table.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
