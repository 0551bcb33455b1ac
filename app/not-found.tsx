import { PageMessage } from "@/components/ui/page-message";

export default function NotFound() {
  return (
    <PageMessage
      code="404"
      title="This page does not exist"
      action={{ href: "/", label: "Go home" }}
    >
      The address may be mistyped, or the page was moved.
    </PageMessage>
  );
}
