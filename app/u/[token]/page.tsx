import type { Metadata } from "next";
import { OwnerUpdateForm } from "@/components/follow-up/owner-update-form";
import { PageMessage } from "@/components/ui/page-message";
import { serverSecret } from "@/lib/config/server-secret";
import { loadOwnerItem } from "@/lib/follow-up/owner-item";

export const dynamic = "force-dynamic";

// Links are for the owner they were sent to, not for search engines.
export const metadata: Metadata = { title: "Update your roadmap item", robots: { index: false } };

type Params = Promise<{ token: string }>;

/** The page an owner link opens: one roadmap item's progress, without an account. */
export default async function OwnerUpdatePage({ params }: { params: Params }) {
  const { token } = await params;
  const lookup = await loadOwnerItem({ token, secret: serverSecret() });
  if (lookup.state === "revoked") {
    return (
      <PageMessage title="This link was turned off" code="Link replaced">
        The facilitator made a new link for this item. Ask them for it.
      </PageMessage>
    );
  }
  if (lookup.state === "gone") {
    return (
      <PageMessage title="This item is no longer on the roadmap" code="Item removed">
        The workshop&apos;s roadmap changed since this link was sent. Ask the facilitator.
      </PageMessage>
    );
  }
  if (lookup.state === "unknown") {
    return (
      <PageMessage title="This link does not work" code="Link not found">
        Check that you copied the whole link, or ask the facilitator for a new one.
      </PageMessage>
    );
  }
  const { item } = lookup;
  return (
    <main className="mx-auto flex w-full max-w-2xl flex-col gap-5 px-4 py-8">
      <header className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">
          Follow-up of <span className="font-medium">{item.workshopTitle}</span>
        </p>
        <h1 className="text-2xl font-semibold break-words">{item.scenario || "Untitled idea"}</h1>
        <p className="text-sm text-slate-700">
          {item.ownerName ? `Owner: ${item.ownerName}` : "No owner named yet"}
          {item.metric ? ` · Metric: ${item.metric}` : ""}
        </p>
      </header>
      <OwnerUpdateForm
        token={token}
        progress={item.progress}
        abPlanned={item.abPlanned}
        measurement={item.measurement}
      />
    </main>
  );
}
