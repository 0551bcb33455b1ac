import type { StepId } from "@/lib/documents/steps";

// What a first-time facilitator needs beside each step, and the shorter version participants
// see. Loaded only when someone opens the panel (see step-guide.tsx).

export type FacilitatorGuide = {
  goodLooksLike: readonly string[];
  questions: readonly string[];
  traps: readonly string[];
  disagreement: string;
};

export type ParticipantGuide = { yourPart: readonly string[]; tips: readonly string[] };

export type StepGuideContent = { facilitator: FacilitatorGuide; participant: ParticipantGuide };

export const STEP_GUIDES: Record<StepId, StepGuideContent> = {
  team: {
    facilitator: {
      goodLooksLike: [
        "Eight to twelve people in the room, covering product, design, engineering, data, marketing, legal or compliance, and customer support.",
        "Everyone knows why they were invited and what the group should have at the end of the day.",
      ],
      questions: [
        "Who here decides what ships, and who will build it?",
        "Who can tell us what customers complain about?",
        "Who can say no on privacy grounds, and are they here?",
      ],
      traps: [
        "A room of marketers only: the ideas will ignore what engineering and legal know.",
        "More than twelve people: discussion slows down and quiet voices drop out.",
      ],
      disagreement:
        "If people question why someone is here, name what each function brings (constraints, risks, customer voice) and keep the invitation open rather than trimming the list in front of the group.",
    },
    participant: {
      yourPart: [
        "Say which function you represent and what you know that others may not.",
        "Point out anyone missing whose knowledge the group will need.",
      ],
      tips: ["Limits and worries are as useful today as ideas: bring them up early."],
    },
  },
  objective: {
    facilitator: {
      goodLooksLike: [
        "One sentence saying what the group will have by the end, and how the list will be ranked.",
        "Two or three business goals (KPIs) the ideas should move, such as repeat purchase or trial conversion.",
      ],
      questions: [
        "What would make today a success for the person who pays for this work?",
        "Which number should change if the ideas work?",
        "What is deliberately out of scope today?",
      ],
      traps: [
        "An objective like 'personalize everything', which cannot be checked at the end of the day.",
        "KPIs that nobody measures today: the roadmap will have no baseline.",
      ],
      disagreement:
        "When two goals compete, write both as KPIs and agree which one ranks first; park the other explicitly instead of blending them into a vague sentence.",
    },
    participant: {
      yourPart: [
        "Help word one sentence the group can check at the end of the day.",
        "Name the business numbers your team is judged on.",
      ],
      tips: ["If the sentence could fit any company, it is not specific enough yet."],
    },
  },
  context: {
    facilitator: {
      goodLooksLike: [
        "A card per data source with what it is, how good it is, and on what legal basis it may be used.",
        "Sensitive sources are marked, and the tools that could deliver personalization are listed.",
        "Fifteen to twenty minutes, ideally walking through a summary sent out beforehand.",
      ],
      questions: [
        "Which of these would we trust enough to show a customer the result?",
        "What did customers agree to when we collected this?",
        "How do we recognise the same person on the website, in the app and in email?",
      ],
      traps: [
        "Treating every source as usable because it exists: access and consent often say otherwise.",
        "Spending the whole morning on data architecture; note open questions and move on.",
      ],
      disagreement:
        "When people disagree about a source's quality or legal basis, mark it 'partial' or leave the basis empty and assign someone to check after the workshop; ideas that depend on it become assumptions.",
    },
    participant: {
      yourPart: [
        "Add the data and tools you know, with their quality and any access limits.",
        "Flag data that is sensitive or that customers did not clearly agree to.",
      ],
      tips: ["Poor or partial data is worth recording: it keeps the later ideas realistic."],
    },
  },
  scenarios: {
    facilitator: {
      goodLooksLike: [
        "A few segments that matter most for the objective, each with a lifecycle stage.",
        "Three to five concrete ideas per segment, written as 'for … we could … based on …'.",
        "Guesses are flagged as assumptions instead of being argued about.",
      ],
      questions: [
        "Which customers would notice the difference most?",
        "What would this segment want us to remember about them?",
        "Which data source from step 3 does this idea need?",
      ],
      traps: [
        "Too many segments: a few valuable ones beat many thin ones.",
        "Judging ideas while generating them; go wide first and sort later.",
        "Ideas that only insert a first name: ask what would actually change for the person.",
      ],
      disagreement:
        "Keep both versions as separate notes during the wide phase; the matrix in step 6 is where the group chooses.",
    },
    participant: {
      yourPart: [
        "Write ideas for the segments you know best, one per note.",
        "Tag the data each idea needs, and tick 'Assumption' when you are guessing.",
      ],
      tips: ["Wild ideas are welcome at this point: narrowing down comes later."],
    },
  },
  persofails: {
    facilitator: {
      goodLooksLike: [
        "Every idea has been asked 'what could go wrong for the customer?'",
        "Each risk has a category, a severity and a way to prevent it.",
        "High-severity risks without a mitigation are visible, because they block the roadmap later.",
      ],
      questions: [
        "How would this feel if a customer saw it on a shared screen?",
        "Did the customer agree to their data being used this way?",
        "How often could someone receive this, and what stops it?",
        "Would this treat some groups of customers unfairly?",
      ],
      traps: [
        "Skipping this step when time runs short; it protects customers and the brand.",
        "Blaming people for raising risks: keep the room blame-free so legal and support speak up.",
      ],
      disagreement:
        "If the group cannot agree whether a risk is real, record it with the lower severity and a named person to check; a mitigation that costs little can simply be adopted.",
    },
    participant: {
      yourPart: [
        "Look at each idea from the customer's side and add a red note for anything that could go wrong.",
        "Suggest how to prevent it, even roughly.",
      ],
      tips: ["Awkward, creepy, unfair and too frequent are all worth a note."],
    },
  },
  prioritize: {
    facilitator: {
      goodLooksLike: [
        "Every idea placed by business value and technical feasibility.",
        "The top-right quadrant holds a handful of candidates everyone can explain.",
      ],
      questions: [
        "What would it take to build this next quarter?",
        "Which KPI does this move, and by roughly how much?",
        "Why did these two people place the same note so differently?",
      ],
      traps: [
        "Letting the most senior person place every note.",
        "Treating the matrix as precise: it is for comparing ideas, not for estimating them.",
      ],
      disagreement:
        "When placements differ widely, ask each side for its reason before moving the note; a dot vote settles what discussion cannot within the time box.",
    },
    participant: {
      yourPart: [
        "Place ideas by how much value they would bring and how easy they are to build.",
        "Say so when you see a note placed differently from how you would place it.",
      ],
      tips: ["Engineers' view of feasibility and marketers' view of value both count."],
    },
  },
  roadmap: {
    facilitator: {
      goodLooksLike: [
        "Three to five items, each with an owner, a time slot, a measurable target and an A/B test plan.",
        "Dependencies written down, and no item marked ready while a serious risk is open.",
      ],
      questions: [
        "Who will lead this, and do they agree?",
        "What number tells us it worked, and what is it today?",
        "What must be true before we can start?",
      ],
      traps: [
        "Promising everything this quarter; realistic timelines keep leadership's trust.",
        "Targets without baselines, which cannot be tested.",
      ],
      disagreement:
        "When owners or timing are contested, put the item in the later slot with a named owner for the next step only; revisit at the follow-up meeting.",
    },
    participant: {
      yourPart: [
        "Help give each chosen idea an owner, a target and a test plan.",
        "Name what your team would need before the work can start.",
      ],
      tips: ["A small test that proves value is better than a big launch that cannot be measured."],
    },
  },
  share: {
    facilitator: {
      goodLooksLike: [
        "The summary lists participants, the objective, the ranked ideas, risk mitigations, the roadmap and next steps.",
        "A follow-up meeting about two weeks out is in everyone's calendar.",
        "Stakeholders who could not attend get the summary the same day.",
      ],
      questions: [
        "Is anything in the summary wrong or missing?",
        "Who outside this room needs to read it?",
      ],
      traps: [
        "Waiting days to send the summary: momentum fades quickly.",
        "Treating the workshop as one-off; plan to repeat it every six to twelve months.",
      ],
      disagreement:
        "If someone disputes the summary, correct facts on the spot and record open disagreements as next steps with an owner.",
    },
    participant: {
      yourPart: [
        "Read the summary and correct anything that does not match what was agreed.",
        "Note the follow-up date.",
      ],
      tips: ["Share the summary with colleagues who will build or support the work."],
    },
  },
};
