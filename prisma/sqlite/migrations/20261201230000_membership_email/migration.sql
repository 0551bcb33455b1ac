-- AlterTable: an address kept from an imported roster for a member without one here
-- (lib/exports/import-workshop.ts). A nullable column is added in place.
ALTER TABLE "Membership" ADD COLUMN "email" TEXT;
