import { PageMessage } from "@/components/ui/page-message";

export default function Forbidden() {
  return (
    <PageMessage
      code="403 · No access"
      title="You are not a member of this workshop"
      action={{ href: "/workshops", label: "Go to your workshops" }}
    >
      Workshops are private to the people invited. Ask the facilitator for an invite link, or check
      that you are signed in with the right account.
    </PageMessage>
  );
}
