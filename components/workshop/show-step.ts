import type { StepId } from "@/lib/documents/steps";

/** Shows a step by changing only the URL, so the live connection and boards stay in place. */
export function showStep(id: StepId): void {
  const url = new URL(window.location.href);
  url.searchParams.set("step", id);
  window.history.pushState(null, "", url);
  window.dispatchEvent(new PopStateEvent("popstate"));
}
