import type { Metadata } from "next";
import Link from "next/link";
import { ImportWorkshopForm } from "@/components/exports/import-workshop-form";
import { CreateWorkshopForm } from "@/components/workshops/create-workshop-form";
import { OpenSampleButton } from "@/components/workshops/open-sample-button";
import { LifecycleBadge } from "@/components/follow-up/lifecycle-badge";
import { LifecycleFilter } from "@/components/follow-up/lifecycle-filter";
import { FollowUpLink } from "@/components/follow-up/follow-up-link";
import { countByLifecycle, parseLifecycle } from "@/lib/follow-up/lifecycle";
import { requireUser } from "@/lib/auth/current-user";
import { WORKSHOP_TEMPLATES } from "@/lib/templates/catalog";
import { formatWorkshopDate } from "@/lib/workshops/format";
import { listWorkshops } from "@/lib/workshops/list-workshops";
import { ROLE_LABELS } from "@/lib/workshops/roles";

export const metadata: Metadata = { title: "Your workshops" };

export default async function WorkshopsPage({
  searchParams,
}: {
  searchParams: Promise<{ stage?: string | string[] }>;
}) {
  const user = await requireUser("/workshops");
  const all = await listWorkshops({ userId: user.id });
  const stage = parseLifecycle((await searchParams).stage);
  const workshops = stage ? all.filter((w) => w.lifecycle.stage === stage) : all;
  return (
    <main className="mx-auto grid max-w-6xl gap-10 px-6 py-10 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="workshops-heading" className="flex flex-col gap-4">
        <h1 id="workshops-heading" className="text-2xl font-semibold">
          Your workshops
        </h1>
        {all.length > 0 ? (
          <LifecycleFilter counts={countByLifecycle(all.map((w) => w.lifecycle))} current={stage} />
        ) : null}
        {workshops.length === 0 && stage ? (
          <p className="text-slate-600">No workshop is at this stage.</p>
        ) : workshops.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            No workshops yet.{" "}
            {user.isGuest
              ? "Open an invite link from your facilitator to join one."
              : "Create your first one: you will get links to invite your team."}
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {workshops.map((workshop) => (
              <li key={workshop.id}>
                <Link
                  href={`/workshops/${workshop.id}`}
                  className="hover:border-brand-500 flex items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                >
                  <span className="flex flex-col">
                    <span className="font-medium">{workshop.title}</span>
                    <span className="text-sm text-slate-600">
                      {formatWorkshopDate(workshop.scheduledFor)} · {workshop.memberCount}{" "}
                      {workshop.memberCount === 1 ? "person" : "people"}
                    </span>
                  </span>
                  <span className="flex items-center gap-3">
                    <LifecycleBadge lifecycle={workshop.lifecycle} />
                    <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">
                      {ROLE_LABELS[workshop.role]}
                    </span>
                  </span>
                </Link>
                <FollowUpLink
                  workshopId={workshop.id}
                  title={workshop.title}
                  lifecycle={workshop.lifecycle}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {user.isGuest ? null : (
        <div className="flex flex-col gap-6">
          <section
            aria-labelledby="sample-heading"
            className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
          >
            <h2 id="sample-heading" className="mb-2 text-lg font-semibold">
              Sample workshop
            </h2>
            <OpenSampleButton />
          </section>
          <section
            aria-labelledby="new-workshop-heading"
            className="h-fit rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
          >
            <h2 id="new-workshop-heading" className="mb-4 text-lg font-semibold">
              New workshop
            </h2>
            <CreateWorkshopForm
              templates={WORKSHOP_TEMPLATES.map(({ id, title, summary, objective }) => ({
                id,
                title,
                summary,
                objective,
              }))}
            />
            <details className="mt-6 border-t border-slate-200 pt-4">
              <summary className="cursor-pointer text-sm font-medium text-slate-800">
                Or start from an earlier workshop&apos;s JSON export
              </summary>
              <div className="mt-3">
                <ImportWorkshopForm />
              </div>
            </details>
          </section>
        </div>
      )}
    </main>
  );
}
