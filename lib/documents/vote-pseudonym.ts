import { createHmac } from "node:crypto";
import { serverSecret } from "@/lib/config/server-secret";

/**
 * The name a person's dots and blind placements carry while anonymous mode is on (server only):
 * the same for them throughout a workshop, different in every workshop, and not linkable to them
 * without the server's secret. The realtime server accepts it as theirs; the workshop page hands
 * it to its own user only.
 */
export function votePseudonym(options: {
  workshopId: string;
  userId: string;
  secret?: string;
}): string {
  const mac = createHmac("sha256", options.secret ?? serverSecret())
    .update(`vote-pseudonym\u0000${options.workshopId}\u0000${options.userId}`)
    .digest("base64url");
  // 96 bits: no collisions among a workshop's members, and IdSchema-safe ([A-Za-z0-9_-]).
  return `anon-${mac.slice(0, 16)}`;
}
