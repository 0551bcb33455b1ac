import { isIP } from "node:net";

/**
 * Set by server.ts on every request from the socket's address (any value a client sends is
 * overwritten), so route handlers and server actions, which only see headers, can rate-limit per
 * client without trusting X-Forwarded-For.
 */
export const CLIENT_ADDRESS_HEADER = "x-prepersonalize-client-address";

/** Addresses of reverse proxies whose X-Forwarded-For is believed (PREPERSONALIZE_TRUSTED_PROXIES). */
export function trustedProxiesFromEnv(
  value = process.env.PREPERSONALIZE_TRUSTED_PROXIES,
): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => normaliseAddress(entry.trim()))
    .filter((entry) => entry.length > 0);
}

function normaliseAddress(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

export type ResolveClientAddressOptions = {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: readonly string[];
};

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the nearest
 * X-Forwarded-For entry that is not itself a trusted proxy (entries further left are the client's
 * own claims and cannot be believed).
 */
export function resolveClientAddress(options: ResolveClientAddressOptions): string {
  const remote = normaliseAddress(options.remoteAddress ?? "unknown");
  const trusted = new Set(options.trustedProxies);
  if (!trusted.has(remote) && !trusted.has("*")) return remote;
  const header = Array.isArray(options.forwardedFor)
    ? options.forwardedFor.join(",")
    : (options.forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((hop) => normaliseAddress(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] ?? "";
    if (!trusted.has(hop) || index === 0) return hop;
  }
  return remote;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The address server.ts stamped on this request, or "unknown" (e.g. `next dev` on its own). */
export function clientAddressFromHeaders(headers: HeaderSource | undefined): string {
  if (!headers) return "unknown";
  const value =
    headers instanceof Headers
      ? headers.get(CLIENT_ADDRESS_HEADER)
      : headers[CLIENT_ADDRESS_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length <= 64 ? first : "unknown";
}
