// Where the app's domain meets the realtime server: server.ts (and the tests and benches that run
// the server as server.ts does) hand these to createRealtimeServer. Import it only after the
// environment is prepared: the store and the sessions read DATABASE_URL and NEXTAUTH_SECRET.
import type { DocStore } from "@/lib/document-store/doc-store";
import { bumpRolesVersion } from "@/lib/documents/roles-version";
import { votePseudonym } from "@/lib/documents/vote-pseudonym";
import type { RealtimeDependencies } from "@/lib/realtime/server/index";
import { revealPrivateNotes } from "@/lib/workshops/reveal-private-notes";
import { authenticateMember } from "./authenticate-member";

/** `docStore`: the process's one store (see lib/document-store/registry), owned by the caller. */
export function realtimeDependencies(docStore: DocStore): RealtimeDependencies {
  return {
    docStore,
    authenticate: authenticateMember,
    pseudonym: (workshopId, userId) => votePseudonym({ workshopId, userId }),
    operations: { revealPrivateNotes, bumpRolesVersion },
  };
}
