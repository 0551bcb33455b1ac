import { LAUNCH_CHECKS, type LaunchCheck, type LaunchChecklist } from "@/lib/documents/records";

// The launch-readiness checklist for a roadmap item, each check ticked by a named person.

export const LAUNCH_CHECK_TEXT: Readonly<Record<LaunchCheck, string>> = {
  objective: "Clear business objective and metrics",
  segments: "Segments and data signals defined",
  identity: "Identity resolution reliable across channels",
  stack: "The technology stack can deliver it",
  experiment: "A/B testing framework in place",
  privacy: "Privacy and consent checks done",
  rollout: "Rollout and rollback plans written",
  monitoring: "Monitoring and alerting set up",
};

export type LaunchProgress = { done: number; total: number; open: LaunchCheck[] };

export function launchProgress(checklist: LaunchChecklist): LaunchProgress {
  const open = LAUNCH_CHECKS.filter((check) => checklist[check] === null);
  return { done: LAUNCH_CHECKS.length - open.length, total: LAUNCH_CHECKS.length, open };
}
