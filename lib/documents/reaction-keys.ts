import * as z from "zod/mini";
import { REACTIONS } from "./vote-keys";

// Reactions on notes of steps 4 and 5: one entry per person, reaction and note, keyed
// "<reaction>/<personId>/<noteId>" → true in the reactions map. Like dots, the key names its
// owner, so the realtime server refuses an entry written or removed for someone else
// (vote-keys.ts holds the key format, the one file of per-person keys the server reads); while
// anonymous mode is on the owner is the person's per-workshop pseudonym, never their user id.

export {
  parseReactionKey,
  REACTIONS,
  REACTIONS_MAP,
  reactionKey,
  type Reaction,
  type ReactionKey,
} from "./vote-keys";

export const ReactionSchema = z.enum(REACTIONS);
