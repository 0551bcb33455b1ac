import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { CopyInvitation } from "@/components/guide/copy-invitation";
import { PrintButton } from "@/components/guide/print-button";
import { RunOfShowTable } from "@/components/guide/run-of-show-table";
import { buttonStyles } from "@/components/ui/button-styles";
import { requireUser } from "@/lib/auth/current-user";
import { checkAccess } from "@/lib/auth/with-access";
import { invitationText } from "@/lib/before-the-day/invitation-text";
import { buildRunOfShow, StartTimeSchema } from "@/lib/before-the-day/run-of-show";
import { loadWorkshopDocs } from "@/lib/document-store/load-workshop-docs";
import { readBoard } from "@/lib/documents/read-board";
import { readStepTimeLog } from "@/lib/documents/step-time";
import { formatWorkshopDate } from "@/lib/workshops/format";
import { getWorkshop } from "@/lib/workshops/get-workshop";
import { canFacilitate } from "@/lib/workshops/roles";

export const metadata: Metadata = { title: "Before the day" };

type Props = {
  params: Promise<{ workshopId: string }>;
  searchParams: Promise<{ start?: string | string[] }>;
};

/** The invitation to copy (facilitators) and the printable run-of-show (every member). */
export default async function BeforeTheDayPage({ params, searchParams }: Props) {
  const { workshopId } = await params;
  const path = `/workshops/${workshopId}/before-the-day`;
  await requireUser(path);
  const access = await checkAccess("member", workshopId);
  if (!access.ok) forbidden();
  const { user, membership } = access.value;
  const workshop = await getWorkshop({ workshopId });
  if (!workshop) forbidden();
  const requested = StartTimeSchema.safeParse((await searchParams).start);
  const start = requested.success ? requested.data : "09:00";
  const docs = await loadWorkshopDocs({ workshopId });
  const plan = buildRunOfShow({ start, spentMs: readStepTimeLog(docs.control).spentMs });
  const facilitating = canFacilitate(membership.role);
  const objective = readBoard(docs.board).objective.trim() || workshop.objectiveDraft;
  const date = workshop.scheduledFor ? workshop.scheduledFor.toISOString().slice(0, 10) : null;
  const invitation = invitationText({
    title: workshop.title,
    date,
    start,
    totalMinutes: plan.totalMinutes,
    objective,
    facilitatorName: user.name,
  });

  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-8 px-6 py-8 print:max-w-none print:p-0">
      <header className="flex flex-col gap-2">
        <Link
          href={`/workshops/${workshopId}`}
          className="text-brand-700 text-sm underline print:hidden"
        >
          Back to the workshop
        </Link>
        <h1 className="text-2xl font-semibold">Before the day: {workshop.title}</h1>
        <p className="text-sm text-slate-600">{formatWorkshopDate(workshop.scheduledFor)}</p>
      </header>
      {facilitating ? (
        <section aria-labelledby="invitation-heading" className="flex flex-col gap-3 print:hidden">
          <h2 id="invitation-heading" className="text-lg font-semibold">
            Invitation
          </h2>
          <p className="text-sm text-slate-700">
            Send it a week or two ahead, so people can gather their data inventory, analytics access
            and legal constraints before the day.
          </p>
          <CopyInvitation subject={invitation.subject} body={invitation.body} />
        </section>
      ) : null}
      <section aria-labelledby="run-of-show-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="run-of-show-heading" className="text-lg font-semibold">
            Run-of-show
          </h2>
          <form method="get" className="flex items-end gap-2 print:hidden">
            <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
              Start time
              <input
                type="time"
                name="start"
                defaultValue={start}
                className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              />
            </label>
            <button type="submit" className={buttonStyles.secondary}>
              Update times
            </button>
          </form>
          <PrintButton label="Print run-of-show" />
        </div>
        <RunOfShowTable plan={plan} />
      </section>
    </main>
  );
}
