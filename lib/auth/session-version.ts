import { db } from "@/lib/db";

// The websocket upgrade runs in server.ts's module graph and pages in Next's: one cache for both.
type Cache = Map<string, { version: number | null; readAtMs: number }>;
const holder = globalThis as unknown as {
  prepersonalizeSessionVersions?: Cache;
  prepersonalizeSessionBumps?: { count: number };
};
const cache: Cache = (holder.prepersonalizeSessionVersions ??= new Map());
// Counts bumps in this process: a read that was in flight while a bump ran may carry the old
// version, so it is returned but not cached.
const bumps = (holder.prepersonalizeSessionBumps ??= { count: 0 });

// A bump in this process clears the entry at once; the TTL only bounds what another process
// (a second server on the same file) could miss.
const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;

/** The user's current session version, or null when the user no longer exists. Cached briefly. */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  const hit = cache.get(userId);
  if (hit && Date.now() - hit.readAtMs < TTL_MS) return hit.version;
  const bumpsBefore = bumps.count;
  const row = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  const version = row?.sessionVersion ?? null;
  if (bumps.count !== bumpsBefore) return version;
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(userId, { version, readAtMs: Date.now() });
  return version;
}

/** True when a session issued under `tokenVersion` (absent on old tokens: 0) is still valid. */
export async function isSessionCurrent(options: {
  userId: string;
  tokenVersion: number | undefined;
}): Promise<boolean> {
  const version = await currentSessionVersion(options.userId);
  return version !== null && version === (options.tokenVersion ?? 0);
}

/** Ends every session of the user (sign out everywhere, password change, removal). */
export async function bumpSessionVersion(userId: string): Promise<number> {
  const row = await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  forgetSessionVersion(userId);
  return row.sessionVersion;
}

/** Forgets a cached version; call after any write to the user's sessionVersion. */
export function forgetSessionVersion(userId: string): void {
  bumps.count += 1;
  cache.delete(userId);
}
