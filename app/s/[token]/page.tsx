import type { Metadata } from "next";
import { cache } from "react";
import { LiveRefresh } from "@/components/summary/live-refresh";
import { SummaryDocument } from "@/components/summary/summary-document";
import { PageMessage } from "@/components/ui/page-message";
import { loadWorkshopExport } from "@/lib/exports/load-workshop-export";
import { formatSummaryDate } from "@/lib/summary/format-date";
import { findStakeholderShare } from "@/lib/sharing/stakeholder-shares";

type Params = Promise<{ token: string }>;

export const dynamic = "force-dynamic";

// One lookup per request, shared by generateMetadata and the page.
const loadShared = cache(async (token: string) => {
  const share = await findStakeholderShare({ token });
  if (share.state !== "active") return { share, data: null };
  return { share, data: await loadWorkshopExport({ workshopId: share.workshopId }) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { token } = await params;
  const { data } = await loadShared(token);
  // Shared links are for the people they were sent to, not for search engines.
  const robots = { index: false, follow: false };
  if (!data) return { title: "Link not available", robots };
  const { summary } = data;
  const title = `${summary.title} — workshop summary`;
  const description =
    summary.objective.text ||
    `Prepersonalization workshop${summary.date ? ` of ${formatSummaryDate(summary.date)}` : ""}: ${summary.roadmap.length} roadmap items.`;
  return {
    title,
    description,
    robots,
    openGraph: { title, description, type: "article", siteName: "Prepersonalize" },
    twitter: { card: "summary", title, description },
  };
}

/** The read-only stakeholder page: the summary with both pictures, live and printable. */
export default async function StakeholderPage({ params }: { params: Params }) {
  const { token } = await params;
  const { share, data } = await loadShared(token);
  if (share.state === "revoked") {
    return (
      <PageMessage title="This link was revoked" code="Link revoked">
        The facilitator turned this summary link off. Ask them for a new one.
      </PageMessage>
    );
  }
  if (!data) {
    return (
      <PageMessage title="This link does not work" code="Link not found">
        Check that you copied the whole link, or ask the facilitator for a new one.
      </PageMessage>
    );
  }
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 print:max-w-none print:p-0">
      {/* The site header is for members; a printed summary starts with its own title. */}
      {/* Print: no site header, smaller type and pictures, sections flow on instead of jumping to
          a new page (which left the first page half empty). */}
      <style>{`@media print { body > header { display: none; } @page { margin: 14mm; } html { font-size: 13px; } }`}</style>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <p className="text-sm text-slate-600">Read-only summary shared by the facilitator.</p>
        <LiveRefresh token={token} version={data.version} />
      </div>
      <div className="print:[&_article]:border-0 print:[&_article]:p-0 print:[&_article]:shadow-none">
        <SummaryDocument summary={data.summary} pictures />
      </div>
    </main>
  );
}
