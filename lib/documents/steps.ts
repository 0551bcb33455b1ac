import * as z from "zod/mini";

export const STEP_IDS = [
  "team",
  "objective",
  "context",
  "scenarios",
  "persofails",
  "prioritize",
  "roadmap",
  "share",
] as const;
export const StepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepIdSchema>;

export type WorkshopStep = {
  id: StepId;
  /** 1-based, as shown in the stepper. */
  number: number;
  title: string;
  /** What the group should be doing right now, shown beside the board. */
  prompt: string;
  /** A suggested time box; the facilitator decides. */
  minutes: number;
};

export const WORKSHOP_STEPS: readonly WorkshopStep[] = [
  {
    id: "team",
    number: 1,
    title: "Team",
    prompt:
      "Check who is here. Each function brings different knowledge; invite whoever is missing and aim for 8 to 12 people.",
    minutes: 10,
  },
  {
    id: "objective",
    number: 2,
    title: "Objective",
    prompt:
      "Agree on one sentence that says what the group will have at the end of the day, and list the business goals it serves.",
    minutes: 15,
  },
  {
    id: "context",
    number: 3,
    title: "Data & tech context",
    prompt:
      "Add a card for each data source and tool you have. Mark poor quality, missing consent and anything sensitive.",
    minutes: 20,
  },
  {
    id: "scenarios",
    number: 4,
    title: "Segments & scenarios",
    prompt:
      "Name the customer groups that would gain most, then write three to five ideas for each. Go wide first; flag guesses as assumptions.",
    minutes: 45,
  },
  {
    id: "persofails",
    number: 5,
    title: "Persofails",
    prompt:
      "Ask of every idea what could go wrong for the customer. Add a risk note for each failure and say how you would prevent it.",
    minutes: 30,
  },
  {
    id: "prioritize",
    number: 6,
    title: "Prioritize",
    prompt:
      "Drag each idea onto the matrix by business value and how easy it is to build. Discuss the ones people disagree on.",
    minutes: 30,
  },
  {
    id: "roadmap",
    number: 7,
    title: "Roadmap",
    prompt:
      "Start from the proposed quick wins. Give each an owner, a time slot, a measurable target and a test plan.",
    minutes: 40,
  },
  {
    id: "share",
    number: 8,
    title: "Document & share",
    prompt:
      "Read the summary together, fix what is wrong, set the follow-up date and send it to everyone who has a stake.",
    minutes: 15,
  },
];

export function stepById(id: StepId): WorkshopStep {
  const step = WORKSHOP_STEPS.find((candidate) => candidate.id === id);
  // STEP_IDS and WORKSHOP_STEPS list the same ids; the test checks they stay in step.
  if (!step) throw new Error(`Unknown workshop step "${id}"`);
  return step;
}
