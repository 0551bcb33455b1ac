import { authorshipRule } from "./authorship";
import { lockRule } from "./lock";
import { perPersonKeysRule } from "./per-person-keys";
import { roleRule } from "./role";
import { createSizeRule } from "./size";
import type { WriteRequest, WriteRule } from "./types";
import type { RefusalReason } from "@/lib/realtime/protocol";

export type { WriteRequest, WriteRule, Writer } from "./types";

/** The write policy: rules in order; the first refusal wins. */
export type WritePolicy = readonly WriteRule[];

/** The rules the server enforces on every update that would change a doc. */
export function defaultWritePolicy(options: { maxDocBytes: number }): WritePolicy {
  return [
    roleRule,
    lockRule,
    createSizeRule(options.maxDocBytes),
    perPersonKeysRule,
    authorshipRule,
  ];
}

/** The first rule's refusal, or null when every rule lets the update through. */
export function judgeWrite(policy: WritePolicy, request: WriteRequest): RefusalReason | null {
  for (const rule of policy) {
    const refusal = rule(request);
    if (refusal) return refusal;
  }
  return null;
}
