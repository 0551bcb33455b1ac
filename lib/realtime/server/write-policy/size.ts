import type { WriteRule } from "./types";

/** A rule refusing updates that would take a doc's stored state past `maxDocBytes`. */
export function createSizeRule(maxDocBytes: number): WriteRule {
  return ({ docBytes, byteLength }) => (docBytes + byteLength > maxDocBytes ? "too-large" : null);
}
