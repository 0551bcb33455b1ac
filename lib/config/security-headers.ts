import { randomBytes } from "node:crypto";

/** A fresh CSP nonce: Next.js reads it from the request's CSP header and stamps its inline scripts. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy for one response. Scripts: our origin plus this response's nonce
 * (Next.js's inline bootstrap scripts carry it), never 'unsafe-inline'. Styles keep
 * 'unsafe-inline': React writes style attributes (note positions, colours) that a nonce cannot
 * cover, and styles cannot run code. Websockets to our own origin are covered by 'self'.
 */
export function contentSecurityPolicy(options: { nonce: string; dev: boolean }): string {
  const scripts = [`'self'`, `'nonce-${options.nonce}'`];
  // Next's dev server evaluates modules with eval() for fast refresh.
  if (options.dev) scripts.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

/** Headers sent on every response, pages, route handlers, static files and /collab endpoints alike. */
export function securityHeaders(options: { nonce: string; dev: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Invite and share links carry their token in the path: never send it to another site.
    "Referrer-Policy": "same-origin",
  };
}
