import type { StepId } from "@/lib/documents/steps";
import { STEP_GUIDES } from "./step-guide-content";

function GuideSection({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <section className="flex flex-col gap-1.5">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-slate-700">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** The guide for one step: the facilitator's full version or the participants' short one. */
export function StepGuide({
  step,
  version,
}: {
  step: StepId;
  version: "facilitator" | "participant";
}) {
  const guide = STEP_GUIDES[step];
  if (version === "participant") {
    return (
      <div className="flex flex-col gap-5" data-testid="participant-guide">
        <GuideSection title="Your part in this step" items={guide.participant.yourPart} />
        <GuideSection title="Tips" items={guide.participant.tips} />
      </div>
    );
  }
  const { facilitator } = guide;
  return (
    <div className="flex flex-col gap-5" data-testid="facilitator-guide">
      <GuideSection title="What good looks like" items={facilitator.goodLooksLike} />
      <GuideSection title="Questions to ask" items={facilitator.questions} />
      <GuideSection title="Common traps" items={facilitator.traps} />
      <section className="flex flex-col gap-1.5">
        <h3 className="text-sm font-semibold text-slate-900">When the group disagrees</h3>
        <p className="text-sm text-slate-700">{facilitator.disagreement}</p>
      </section>
    </div>
  );
}
