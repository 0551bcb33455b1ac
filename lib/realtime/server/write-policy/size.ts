import type { WriteRule } from "./types";

/**
 * A rule refusing updates that would take a doc's stored state past `maxDocBytes`. Pure deletions
 * pass: they are how a full doc gets smaller.
 */
export function createSizeRule(maxDocBytes: number): WriteRule {
  return ({ docBytes, byteLength, update }) =>
    update.structs.length > 0 && docBytes + byteLength > maxDocBytes ? "too-large" : null;
}
