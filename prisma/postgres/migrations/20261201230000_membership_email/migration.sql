-- AlterTable: an address kept from an imported roster for a member without one here
-- (lib/exports/import-workshop.ts).
ALTER TABLE "Membership" ADD COLUMN     "email" TEXT;
