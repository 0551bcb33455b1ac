import { randomUUID } from "node:crypto";
import { serverSecret } from "@/lib/config/server-secret";
import type { WorkshopRole } from "@/lib/workshops/roles";
import { deriveInviteToken, hashInviteToken } from "./invite-token";

export const INVITE_LIFETIME_DAYS = 30;

export type NewInviteRecordOptions = {
  workshopId: string;
  role: Exclude<WorkshopRole, "facilitator">;
  createdById: string;
  now?: Date;
};

/** The row for a fresh invite link; the id is chosen here because the token hash depends on it. */
export function newInviteRecord(options: NewInviteRecordOptions) {
  const id = randomUUID();
  const now = options.now ?? new Date();
  return {
    id,
    workshopId: options.workshopId,
    role: options.role,
    createdById: options.createdById,
    tokenHash: hashInviteToken(deriveInviteToken(id, serverSecret())),
    expiresAt: new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000),
  };
}
