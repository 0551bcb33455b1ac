import { distinctPeople, type PresencePeer } from "@/lib/realtime/client/presence";
import { FUNCTION_LABELS, parseFunction, ROLE_LABELS, parseRole } from "@/lib/workshops/roles";

export type PresenceAvatarsProps = {
  peers: PresencePeer[];
  /** Avatars shown before collapsing the rest into "+N". */
  max?: number;
  className?: string;
};

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)] : [parts[0]];
  return letters.map((part) => part?.[0]?.toUpperCase() ?? "").join("") || "?";
}

/** Who is here: one avatar per person in their presence colour, with name, role and function. */
export function PresenceAvatars({ peers, max = 6, className = "" }: PresenceAvatarsProps) {
  const people = distinctPeople(peers);
  const shown = people.slice(0, max);
  const hidden = people.length - shown.length;
  return (
    <ul
      aria-label={`${people.length} ${people.length === 1 ? "person" : "people"} here`}
      className={`flex -space-x-2 ${className}`}
    >
      {shown.map((peer) => {
        const role = ROLE_LABELS[parseRole(peer.user.role)].toLowerCase();
        const fn = FUNCTION_LABELS[parseFunction(peer.user.function)];
        const description = `${peer.user.name}${peer.isSelf ? " (you)" : ""}, ${role}, ${fn}`;
        return (
          <li
            key={peer.user.userId}
            title={description}
            aria-label={description}
            className="flex size-8 items-center justify-center rounded-full text-xs font-semibold text-white ring-2 ring-white"
            style={{ backgroundColor: peer.user.colour }}
          >
            <span aria-hidden="true">{initials(peer.user.name)}</span>
          </li>
        );
      })}
      {hidden > 0 && (
        <li
          aria-label={`and ${hidden} more`}
          className="flex size-8 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700 ring-2 ring-white"
        >
          +{hidden}
        </li>
      )}
    </ul>
  );
}
