/** "Dana is typing…" under a note while someone else writes in it. */
export function TypingIn({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  const who = names.length === 1 ? `${names[0]} is` : `${names.join(", ")} are`;
  return (
    <span data-testid="typing-in" className="text-xs text-sky-900 italic">
      {who} typing…
    </span>
  );
}
