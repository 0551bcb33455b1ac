import type { ReactNode } from "react";
import { matrixPicture } from "@/lib/exports/pictures/matrix-picture";
import { timelinePicture } from "@/lib/exports/pictures/timeline-picture";
import type { WorkshopSummary } from "@/lib/summary/build-summary";
import {
  DATA_QUALITY_LABELS,
  DATA_SOURCE_KIND_LABELS,
  LIFECYCLE_STAGE_LABELS,
  RISK_CATEGORY_LABELS,
  SEVERITY_LABELS,
  TECH_CATEGORY_LABELS,
} from "@/lib/documents/labels";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { SummaryPicture } from "./summary-picture";

// A typeset rendering of the summary model. No hooks and no client-only code, so the stakeholder
// page can render the same component on the server later.

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `summary-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="flex break-inside-avoid-page flex-col gap-3">
      <h4 id={id} className="border-b border-slate-200 pb-1 font-sans text-lg font-semibold">
        {title}
      </h4>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-slate-500 italic">{children}</p>;
}

const th =
  "border-b border-slate-300 px-2 py-1.5 text-left font-sans text-xs font-semibold uppercase tracking-wide text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";

function score(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

/**
 * The workshop summary as a document: the same sections, in the same order, as the exports.
 * `pictures` adds the matrix and the roadmap timeline (the stakeholder page and step 8 show them).
 */
export function SummaryDocument({
  summary,
  pictures = false,
}: {
  summary: WorkshopSummary;
  pictures?: boolean;
}) {
  const placed = summary.scenarios.filter((scenario) => scenario.quadrant !== null);
  const unplaced = summary.scenarios.filter((scenario) => scenario.quadrant === null);
  return (
    <article
      aria-label="Workshop summary"
      data-testid="summary-document"
      className="mx-auto flex w-full max-w-4xl flex-col gap-8 rounded-lg border border-slate-200 bg-white px-8 py-10 font-serif text-[15px] leading-relaxed text-slate-900 shadow-sm"
    >
      <header className="flex flex-col gap-1 border-b-2 border-slate-900 pb-4">
        <p className="font-sans text-xs font-semibold tracking-widest text-slate-500 uppercase">
          Prepersonalization workshop · summary
        </p>
        <h3 className="text-3xl font-semibold">{summary.title}</h3>
        <p className="font-sans text-sm text-slate-700">
          {summary.date ? formatSummaryDate(summary.date) : "No date set"}
          {summary.facilitator ? ` · Facilitated by ${summary.facilitator}` : ""}
        </p>
      </header>

      <Section title="Objective">
        {summary.objective.text ? (
          <blockquote className="border-brand-500 border-l-4 pl-4 text-lg">
            {summary.objective.text}
          </blockquote>
        ) : (
          <Empty>No objective written yet.</Empty>
        )}
        {summary.objective.kpis.length > 0 ? (
          <div>
            <p className="font-sans text-sm font-semibold">Business goals and KPIs</p>
            <ul className="list-disc pl-6">
              {summary.objective.kpis.map((kpi, index) => (
                <li key={index}>{kpi}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </Section>

      <Section title="Participants">
        <ul className="grid gap-x-6 sm:grid-cols-2">
          {summary.participants.people.map((person, index) => (
            <li key={index}>
              {person.name} <span className="text-slate-600">— {person.functionLabel}</span>
              {person.role !== "participant" ? (
                <span className="font-sans text-xs text-slate-500"> ({person.role})</span>
              ) : null}
            </li>
          ))}
        </ul>
        {summary.participants.missingFunctions.length > 0 ? (
          <p className="text-sm text-amber-900">
            Not represented: {summary.participants.missingFunctions.join(", ")}.
          </p>
        ) : null}
      </Section>

      <Section title="Data and technology reviewed">
        {summary.dataSources.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {summary.dataSources.map((source) => (
              <li key={source.id}>
                <strong>{source.name}</strong>{" "}
                <span className="text-slate-600">
                  ({DATA_SOURCE_KIND_LABELS[source.kind]},{" "}
                  {DATA_QUALITY_LABELS[source.quality].toLowerCase()} quality
                  {source.legalBasis ? `, ${source.legalBasis}` : ""})
                </span>
                {source.sensitive ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-amber-900">
                    Sensitive
                  </span>
                ) : null}
                {source.accessConstraints ? (
                  <span className="block text-sm text-slate-600">{source.accessConstraints}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No data sources recorded.</Empty>
        )}
        {summary.techStack.length > 0 ? (
          <p className="text-sm">
            <span className="font-sans font-semibold">Tools: </span>
            {summary.techStack
              .map((tool) => `${tool.name} (${TECH_CATEGORY_LABELS[tool.category]})`)
              .join(", ")}
          </p>
        ) : null}
      </Section>

      <Section title="Segments">
        {summary.segments.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {summary.segments.map((segment) => (
              <li key={segment.id}>
                <strong>{segment.name}</strong>{" "}
                <span className="text-slate-600">
                  ({LIFECYCLE_STAGE_LABELS[segment.lifecycleStage]}, {segment.scenarioCount}{" "}
                  {segment.scenarioCount === 1 ? "scenario" : "scenarios"})
                </span>
                {segment.description ? (
                  <span className="block text-sm text-slate-600">{segment.description}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No segments defined.</Empty>
        )}
      </Section>

      <Section title="Prioritized scenarios">
        {pictures ? <SummaryPicture picture={matrixPicture(summary)} /> : null}
        {placed.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  {pictures ? (
                    <th scope="col" className={th}>
                      #
                    </th>
                  ) : null}
                  <th scope="col" className={th}>
                    Scenario
                  </th>
                  <th scope="col" className={th}>
                    Segment
                  </th>
                  <th scope="col" className={th}>
                    Quadrant
                  </th>
                  <th scope="col" className={th}>
                    Value
                  </th>
                  <th scope="col" className={th}>
                    Feasibility
                  </th>
                </tr>
              </thead>
              <tbody>
                {placed.map((scenario, index) => (
                  <tr key={scenario.id}>
                    {pictures ? <td className={td}>{index + 1}</td> : null}
                    <td className={td}>
                      {scenario.text}
                      {scenario.assumption ? (
                        <em className="text-slate-600"> (assumption)</em>
                      ) : null}
                      {scenario.usesSensitiveData ? (
                        <em className="text-amber-900"> (uses sensitive data)</em>
                      ) : null}
                      {scenario.author ? (
                        <span className="block font-sans text-xs text-slate-500">
                          by {scenario.author}
                        </span>
                      ) : null}
                    </td>
                    <td className={td}>{scenario.segment ?? "—"}</td>
                    <td className={td}>{scenario.quadrantLabel}</td>
                    <td className={td}>{score(scenario.value)}</td>
                    <td className={td}>{score(scenario.feasibility)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Empty>No scenario has been placed on the matrix yet.</Empty>
        )}
        {unplaced.length > 0 ? (
          <p className="text-sm text-slate-600">
            Not prioritized: {unplaced.map((scenario) => scenario.text).join("; ")}.
          </p>
        ) : null}
      </Section>

      <Section title="Persofails and mitigations">
        {summary.risksByScenario.length > 0 ? (
          <div className="flex flex-col gap-4">
            {summary.risksByScenario.map((group) => (
              <div key={group.scenarioId} className="flex flex-col gap-1">
                <p className="font-semibold">{group.scenario}</p>
                <ul className="flex flex-col gap-1.5 pl-4">
                  {group.risks.map((risk) => (
                    <li key={risk.id} className="border-risk-600 border-l-2 pl-3">
                      <span className="font-sans text-xs font-semibold text-red-900 uppercase">
                        Risk · {SEVERITY_LABELS[risk.severity]} ·{" "}
                        {RISK_CATEGORY_LABELS[risk.category]}
                      </span>
                      <span className="block">{risk.description || "Untitled risk"}</span>
                      <span className="block text-sm">
                        {risk.mitigated ? (
                          <>
                            <span className="font-sans font-semibold">Mitigation: </span>
                            {risk.mitigation}
                          </>
                        ) : risk.accepted && group.acceptance ? (
                          <span className="text-amber-900">
                            No mitigation. Risk accepted by {group.acceptance.name} on{" "}
                            {formatSummaryDate(group.acceptance.at)}.
                          </span>
                        ) : (
                          <span className="text-red-900">No mitigation yet.</span>
                        )}
                      </span>
                      {risk.author ? (
                        <span className="block font-sans text-xs text-slate-500">
                          raised by {risk.author}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ) : (
          <Empty>No persofails recorded.</Empty>
        )}
      </Section>

      <Section title="Roadmap">
        {pictures ? <SummaryPicture picture={timelinePicture(summary)} /> : null}
        {summary.roadmap.length > 0 ? (
          <div className="overflow-x-auto">
            <table aria-label="Roadmap" className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    #
                  </th>
                  <th scope="col" className={th}>
                    Feature
                  </th>
                  <th scope="col" className={th}>
                    Owner
                  </th>
                  <th scope="col" className={th}>
                    When
                  </th>
                  <th scope="col" className={th}>
                    Success metric
                  </th>
                  <th scope="col" className={th}>
                    A/B test
                  </th>
                  <th scope="col" className={th}>
                    Dependencies
                  </th>
                  <th scope="col" className={th}>
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.roadmap.map((item) => (
                  <tr key={item.id}>
                    <td className={td}>{item.rank}</td>
                    <td className={td}>{item.scenario}</td>
                    <td className={td}>{item.owner ?? "—"}</td>
                    <td className={td}>{item.slotLabel ?? "—"}</td>
                    <td className={td}>
                      {item.metric.name || item.metric.baseline || item.metric.target ? (
                        <>
                          {item.metric.name || "Metric"}: {item.metric.baseline || "?"} →{" "}
                          {item.metric.target || "?"}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className={td}>
                      {item.abTest.control || item.abTest.durationDays !== null ? (
                        <>
                          {item.abTest.control
                            ? `Control: ${item.abTest.control}`
                            : "Control not set"}
                          {item.abTest.durationDays !== null
                            ? `; ${item.abTest.durationDays} days`
                            : ""}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className={`${td} whitespace-pre-line`}>{item.dependencies || "—"}</td>
                    <td className={td}>
                      {item.ready
                        ? "Ready"
                        : item.blockedByRisks > 0
                          ? "Held by the ethics gate"
                          : "Not ready"}
                      {item.ready && item.blockedByRisks > 0 ? (
                        <span className="block font-sans text-xs text-red-900">
                          A high-severity risk raised since needs a mitigation or an acceptance
                        </span>
                      ) : null}
                      {item.riskAcceptedBy ? (
                        <span className="block font-sans text-xs text-slate-600">
                          Risk accepted by {item.riskAcceptedBy.name}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Empty>Nothing is on the roadmap yet.</Empty>
        )}
      </Section>

      <Section title="Assumptions to validate">
        {summary.assumptions.length > 0 ? (
          <ul className="list-disc pl-6">
            {summary.assumptions.map((assumption, index) => (
              <li key={index}>
                {assumption.scenario}
                {assumption.segment ? (
                  <span className="text-slate-600"> ({assumption.segment})</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No scenario was flagged as resting on an assumption.</Empty>
        )}
      </Section>

      <Section title="Next steps">
        {summary.nextSteps.length > 0 ? (
          <ul className="list-disc pl-6">
            {summary.nextSteps.map((step, index) => (
              <li key={index}>{step.text}</li>
            ))}
          </ul>
        ) : null}
        <p>
          <span className="font-sans font-semibold">Follow-up meeting: </span>
          {summary.followUp.date ? formatSummaryDate(summary.followUp.date) : "not scheduled yet"}
        </p>
      </Section>
    </article>
  );
}
