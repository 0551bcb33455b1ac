// A migrated SQLite file in WAL mode (as server.ts leaves it) with the bench's workshops, and one
// member per client slot with a real NextAuth session cookie.
import {
  createTestDatabase,
  seedUser,
  seedWorkshop,
  type SeededUser,
} from "@/lib/realtime/server/testing";

export type OurDatabase = { env: Record<string, string>; cookies: string[]; cleanup(): void };

export function benchRoomIds(rooms: number): string[] {
  return Array.from({ length: rooms }, (_, index) => `bench-${index}`);
}

export async function createOurDatabase(options: {
  rooms: number;
  clientsPerRoom: number;
}): Promise<OurDatabase> {
  const database = createTestDatabase();
  database.sqlite.pragma("journal_mode = WAL");
  const users: SeededUser[] = [];
  for (let index = 0; index < options.clientsPerRoom; index++) {
    users.push(await seedUser(database.sqlite, `bench-user-${index}`, `Bench ${index}`));
  }
  const members = users.map((user) => ({ user, role: "participant" as const }));
  database.sqlite.transaction(() => {
    for (const id of benchRoomIds(options.rooms)) seedWorkshop(database.sqlite, id, members);
  })();
  return {
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "",
    },
    cookies: users.map((user) => user.cookie),
    cleanup: () => database.cleanup(),
  };
}
