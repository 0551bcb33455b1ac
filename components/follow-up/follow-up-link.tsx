import Link from "next/link";
import type { LifecycleState } from "@/lib/follow-up/lifecycle";

/** Beside a dashboard card, once the workshop has a roadmap to follow up on. */
export function FollowUpLink({
  workshopId,
  title,
  lifecycle,
}: {
  workshopId: string;
  title: string;
  lifecycle: LifecycleState;
}) {
  if (lifecycle.stage === "planned" || lifecycle.stage === "live") return null;
  return (
    <Link
      href={`/workshops/${workshopId}/follow-up`}
      className="text-brand-700 mt-1 ml-4 inline-block text-sm underline"
      aria-label={`Open the follow-up of ${title}`}
    >
      Open the follow-up
    </Link>
  );
}
