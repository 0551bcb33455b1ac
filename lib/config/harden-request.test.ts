import { describe, expect, it } from "vitest";
import { sanitizeCookieHeader } from "./sanitize-cookie-header";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

describe("sanitizeCookieHeader", () => {
  it("drops only cookies with malformed percent escapes", () => {
    expect(sanitizeCookieHeader("a=1; b=%zz; c=%41")).toBe("a=1; c=%41");
    expect(sanitizeCookieHeader("a=1")).toBe("a=1");
    expect(sanitizeCookieHeader("%")).toBe("");
  });
});

describe("securityHeaders", () => {
  it("forbids framing, sniffing and inline scripts without the nonce", () => {
    const headers = securityHeaders({ nonce: "abc", dev: false });
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false });
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
  });
});
