import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { RunComparisonView } from "@/components/follow-up/run-comparison";
import { PageMessage } from "@/components/ui/page-message";
import { requireUser } from "@/lib/auth/current-user";
import { checkAccess } from "@/lib/auth/with-access";
import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { readBoard } from "@/lib/documents/read-board";
import { compareRuns, type RunSide } from "@/lib/follow-up/compare-runs";
import { readFromLastTime } from "@/lib/follow-up/from-last-time";
import { readFollowUpProgress } from "@/lib/follow-up/progress";
import { getWorkshop } from "@/lib/workshops/get-workshop";

export const metadata: Metadata = { title: "Compare with last time" };

type Params = Promise<{ workshopId: string }>;

async function sideOf(workshopId: string): Promise<RunSide & { previousId: string | null }> {
  const { board, control } = await loadWorkshopDocs({ workshopId });
  const side = {
    board: readBoard(board),
    progress: readFollowUpProgress(board),
    previousId: readFromLastTime(board).previous?.workshopId ?? null,
  };
  board.destroy();
  control.destroy();
  return side;
}

/** This run next to the one it was started from: what changed in between. */
export default async function CompareRunsPage({ params }: { params: Params }) {
  const { workshopId } = await params;
  await requireUser(`/workshops/${workshopId}/follow-up/compare`);
  const access = await checkAccess("member", workshopId);
  if (!access.ok) forbidden();
  const workshop = await getWorkshop({ workshopId });
  if (!workshop) forbidden();
  const current = await sideOf(workshopId);
  const back = { href: `/workshops/${workshopId}`, label: "Back to the workshop" };
  if (!current.previousId) {
    return (
      <PageMessage title="This is a first run" action={back}>
        Use &ldquo;Run again&rdquo; on the follow-up page of a finished workshop to start the next
        run; it can then be compared with this one.
      </PageMessage>
    );
  }
  const previousAccess = await checkAccess("member", current.previousId);
  const previousWorkshop = previousAccess.ok
    ? await getWorkshop({ workshopId: current.previousId })
    : null;
  if (!previousWorkshop) {
    return (
      <PageMessage title="The previous run is not available to you" action={back}>
        You are not a member of the run this one started from, or it was deleted.
      </PageMessage>
    );
  }
  const comparison = compareRuns(await sideOf(previousWorkshop.id), current);
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
      <header className="flex flex-col gap-1">
        <Link href={`/workshops/${workshopId}`} className="text-brand-700 text-sm underline">
          Back to the workshop
        </Link>
        <h1 className="text-2xl font-semibold">Compared with last time</h1>
        <p className="text-sm text-slate-700">
          <Link href={`/workshops/${previousWorkshop.id}`} className="text-brand-700 underline">
            {previousWorkshop.title}
          </Link>{" "}
          → {workshop.title}
        </p>
      </header>
      <RunComparisonView comparison={comparison} />
    </main>
  );
}
