import { privateDocOwner } from "@/lib/realtime/protocol";
import type { WriteRule } from "./types";

/**
 * Control: facilitators only. Board: facilitators and participants. A private doc: its owner, as
 * a facilitator or participant.
 */
export const roleRule: WriteRule = ({ writer, docName }) => {
  if (docName === "control") return writer.role === "facilitator" ? null : "read-only";
  const owner = privateDocOwner(docName);
  if (owner !== null && owner !== writer.userId) return "read-only";
  return writer.role === "facilitator" || writer.role === "participant" ? null : "read-only";
};
