import { z } from "zod";
import type { Prisma } from "@prisma/client";
import type { TeamFunction, WorkshopRole } from "@/lib/workshops/roles";
import type { WorkshopExport } from "./json";

// What an import does with the exported roster. Either way everyone stays on the roster with their
// name, function and role (so roadmap owners and sign-offs still read as people); the importing
// facilitator picks whether people who have their account here become members at once ("invite":
// the workshop appears in their list, like "Run again" does) or whether every person is kept by
// name only ("names": nobody gets access until they join by a link). An account is matched by its
// id *and* its email, both as exported: an email alone would let anyone who can import learn which
// addresses have an account (sign-up answers the same for both, on purpose), and add strangers.

export const IMPORT_PEOPLE = ["invite", "names"] as const;
export const ImportPeopleSchema = z.enum(IMPORT_PEOPLE);
export type ImportPeople = z.infer<typeof ImportPeopleSchema>;

type ExportedMember = WorkshopExport["roster"][number];

export type ImportedPeople = {
  /** Exported user id → the user id in the new workshop. */
  ids: Map<string, string>;
  /** Members with an account here who got the workshop in their list. */
  invited: number;
  /** Members kept by name only (no account here, or the importer chose names only). */
  namesOnly: number;
};

const normalEmail = (email: string | null) => email?.trim().toLowerCase() || null;

/**
 * Adds the exported roster to a new workshop inside the import's transaction. The importer is
 * already its facilitator: their own entry (same id or email) maps to them. Name-only members are
 * guest users nobody can sign in as; their email, if the export had one, stays on the membership.
 */
export async function importPeople(options: {
  tx: Prisma.TransactionClient;
  workshopId: string;
  importer: { id: string; email: string | null };
  roster: readonly ExportedMember[];
  people: ImportPeople;
}): Promise<ImportedPeople> {
  const { tx, workshopId, importer, roster, people } = options;
  const ids = new Map<string, string>();
  const importerEmail = normalEmail(importer.email);
  const accounts = new Map<string, string>();
  if (people === "invite") {
    const found = await tx.user.findMany({
      where: { id: { in: roster.map((member) => member.userId) }, isGuest: false },
      select: { id: true, email: true },
    });
    for (const user of found) {
      if (user.email) accounts.set(`${user.id} ${user.email.toLowerCase()}`, user.id);
    }
  }
  const members = new Set([importer.id]);
  let invited = 0;
  let namesOnly = 0;
  for (const member of roster) {
    const email = normalEmail(member.email);
    if (member.userId === importer.id || (email !== null && email === importerEmail)) {
      ids.set(member.userId, importer.id);
      continue;
    }
    const account = email ? accounts.get(`${member.userId} ${email}`) : undefined;
    if (account) {
      ids.set(member.userId, account);
      if (members.has(account)) continue;
      members.add(account);
      await addMember(tx, { workshopId, userId: account, member, email: null });
      invited += 1;
      continue;
    }
    const known = ids.get(member.userId);
    if (known) continue;
    const guest = await tx.user.create({
      data: { name: member.name.trim() || "Someone", isGuest: true },
      select: { id: true },
    });
    ids.set(member.userId, guest.id);
    members.add(guest.id);
    await addMember(tx, { workshopId, userId: guest.id, member, email });
    namesOnly += 1;
  }
  return { ids, invited, namesOnly };
}

async function addMember(
  tx: Prisma.TransactionClient,
  options: {
    workshopId: string;
    userId: string;
    member: { role: WorkshopRole; function: TeamFunction };
    email: string | null;
  },
): Promise<void> {
  await tx.membership.create({
    data: {
      workshopId: options.workshopId,
      userId: options.userId,
      role: options.member.role,
      function: options.member.function,
      email: options.email,
    },
  });
}

const PERSON_KEYS = new Set(["userId", "authorId", "ownerUserId"]);

/**
 * A copy of exported board content (or follow-up) with every person reference (`userId`,
 * `authorId`, `ownerUserId`) rewritten to the imported workshop's users; unknown ids stay as they
 * are (they already read as nobody).
 */
export function remapPeople<T>(value: T, ids: ReadonlyMap<string, string>): T {
  return walk(value, ids) as T;
}

function walk(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, ids));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      PERSON_KEYS.has(key) && typeof field === "string"
        ? (ids.get(field) ?? field)
        : walk(field, ids),
    ]),
  );
}
