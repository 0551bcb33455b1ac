import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonStyles } from "@/components/ui/button-styles";
import { getCurrentUser } from "@/lib/auth/current-user";

const STEPS = [
  ["Team", "Bring product, design, engineering, data, marketing, legal and support together."],
  ["Objective", "Agree on what the day must produce and how you will rank it."],
  ["Data & tech", "Review the data you hold, its quality and consent, and your stack."],
  ["Segments & scenarios", "Write three to five personalization ideas for each audience."],
  ["Persofails", "Name what could go wrong for each idea, and how you will prevent it."],
  ["Prioritize", "Place every idea on a business value × technical feasibility matrix."],
  ["Roadmap", "Turn the best few into owned features with metrics and A/B plans."],
  ["Summary", "Share a clear record with stakeholders and book the follow-up."],
] as const;

export default async function HomePage() {
  if (await getCurrentUser()) redirect("/workshops");
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-12 px-6 py-16">
      <section className="flex max-w-2xl flex-col gap-5">
        <h1 className="text-4xl font-semibold tracking-tight">
          Decide what to personalize, together, before you build it.
        </h1>
        <p className="text-lg text-slate-700">
          Prepersonalize runs your prepersonalization workshop on live shared boards: your whole
          team writes scenarios, flags the risks, ranks ideas on a value × feasibility matrix and
          leaves with a roadmap everyone has agreed to.
        </p>
        <div className="flex gap-3">
          <Link href="/signup" className={buttonStyles.primary}>
            Create a facilitator account
          </Link>
          <Link href="/signin" className={buttonStyles.secondary}>
            Sign in
          </Link>
        </div>
      </section>
      <section aria-labelledby="steps-heading" className="flex flex-col gap-4">
        <h2 id="steps-heading" className="text-xl font-semibold">
          Eight steps, one board
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map(([title, text], index) => (
            <li key={title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-brand-600 text-xs font-semibold">Step {index + 1}</p>
              <p className="font-medium">{title}</p>
              <p className="mt-1 text-sm text-slate-600">{text}</p>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
