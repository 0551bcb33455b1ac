/**
 * Drops cookies whose value is not valid percent-encoding ("a=%zz"), which made cookie parsers
 * throw deep inside request handling: the connection was reset and a stack trace logged. Such a
 * cookie was never set by us, so it is as good as absent. Returns the header unchanged otherwise.
 */
export function sanitizeCookieHeader(header: string): string {
  if (!header.includes("%")) return header;
  const kept = header.split(";").filter((part) => {
    try {
      decodeURIComponent(part);
      return true;
    } catch {
      return false;
    }
  });
  return kept.join(";").trim();
}
