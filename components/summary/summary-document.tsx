import { matrixPicture } from "@/lib/exports/pictures/matrix-picture";
import { timelinePicture } from "@/lib/exports/pictures/timeline-picture";
import type { WorkshopSummary } from "@/lib/summary/build-summary";
import { buildSummaryDocument } from "@/lib/summary/build-summary-document";
import type { SummaryBlock } from "@/lib/summary/summary-blocks";
import { SummaryPicture } from "./summary-picture";

// The summary's sections and blocks (lib/summary) typeset for the web. No hooks and no client-only
// code, so the stakeholder page renders it on the server.

const th =
  "border-b border-slate-300 px-2 py-1.5 text-left font-sans text-xs font-semibold uppercase tracking-wide text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";

const PARAGRAPH_CLASS = {
  normal: "",
  lead: "border-brand-500 border-l-4 pl-4 text-lg",
  muted: "text-sm text-slate-600",
  warning: "text-sm text-amber-900",
  empty: "text-slate-500 italic",
  strong: "font-sans font-semibold",
} as const;

function Block({
  block,
  summary,
  pictures,
}: {
  block: SummaryBlock;
  summary: WorkshopSummary;
  pictures: boolean;
}) {
  switch (block.kind) {
    case "heading":
      return <h5 className="font-semibold">{block.text}</h5>;
    case "paragraph": {
      const Tag = block.tone === "lead" ? "blockquote" : "p";
      return (
        <Tag className={PARAGRAPH_CLASS[block.tone]}>
          {block.label ? <span className="font-sans font-semibold">{block.label}</span> : null}
          {block.text}
        </Tag>
      );
    }
    case "list":
      return (
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {block.items.map((item, index) => (
            <li key={index} className={item.tone === "risk" ? "marker:text-red-800" : undefined}>
              {item.lead ? <strong className="font-sans text-sm">{item.lead} </strong> : null}
              {item.text}
              {item.details?.map((line, n) => (
                <span key={n} className="block text-sm text-slate-600">
                  {line}
                </span>
              ))}
            </li>
          ))}
        </ul>
      );
    case "table":
      return (
        <div className="overflow-x-auto">
          <table aria-label={block.caption} className="w-full border-collapse text-sm">
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th key={column.header} scope="col" className={th}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index} className="break-inside-avoid">
                  {row.map((cell, n) => (
                    <td key={n} className={`${td} whitespace-pre-line`}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "figure":
      if (!pictures) return null;
      return (
        <SummaryPicture
          picture={block.figure === "matrix" ? matrixPicture(summary) : timelinePicture(summary)}
        />
      );
    case "callout":
      return (
        <div className="border-risk-600 rounded border-l-4 bg-red-50 px-4 py-2 print:bg-transparent">
          <p className="font-sans text-sm font-semibold text-red-900">{block.title}</p>
          <ul className="list-disc pl-5 text-sm">
            {block.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      );
  }
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
  const document = buildSummaryDocument(summary);
  return (
    <article
      aria-label="Workshop summary"
      data-testid="summary-document"
      className="mx-auto flex w-full max-w-4xl flex-col gap-8 rounded-lg border border-slate-200 bg-white px-8 py-10 font-serif text-[15px] leading-relaxed text-slate-900 shadow-sm print:gap-5 print:text-[10.5pt] print:leading-snug"
    >
      <header className="flex flex-col gap-1 border-b-2 border-slate-900 pb-4">
        <p className="font-sans text-xs font-semibold tracking-widest text-slate-500 uppercase">
          {document.kicker}
        </p>
        <h3 className="text-3xl font-semibold">{document.title}</h3>
        <p className="font-sans text-sm text-slate-700">{document.byline}</p>
      </header>
      {document.sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`summary-${section.id}`}
          data-testid={`summary-section-${section.id}`}
          className="flex flex-col gap-3"
        >
          {/* Keep a heading with what follows it when printed. */}
          <h4
            id={`summary-${section.id}`}
            className="break-after-avoid border-b border-slate-200 pb-1 font-sans text-lg font-semibold"
          >
            {section.title}
          </h4>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} summary={summary} pictures={pictures} />
          ))}
        </section>
      ))}
    </article>
  );
}
