import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";
import { sanitizeCookieHeader } from "./sanitize-cookie-header";
import { createNonce, securityHeaders } from "./security-headers";

export type HardenRequestOptions = {
  req: IncomingMessage;
  /** null for websocket upgrades, which have no response headers to set. */
  res: ServerResponse | null;
  dev: boolean;
  trustedProxies: readonly string[];
};

/**
 * Runs in server.ts before anything else sees the request: stamps the client address (overwriting
 * whatever the client sent under that name), drops malformed cookies, and sets the security
 * headers. Next.js reads the CSP from the request to find the nonce for its inline scripts.
 */
export function hardenRequest(options: HardenRequestOptions): void {
  const { req, res } = options;
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
    remoteAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedProxies: options.trustedProxies,
  });
  if (req.headers.cookie) req.headers.cookie = sanitizeCookieHeader(req.headers.cookie);
  if (!res) return;
  const headers = securityHeaders({ nonce: createNonce(), dev: options.dev });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  req.headers["content-security-policy"] = headers["Content-Security-Policy"];
}
