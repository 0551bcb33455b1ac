import { describe, expect, it } from "vitest";
import {
  clientAddressFromHeaders,
  resolveClientAddress,
  trustedProxiesFromEnv,
} from "./client-address";

describe("resolveClientAddress", () => {
  it("uses the socket and ignores X-Forwarded-For without a trusted proxy", () => {
    expect(
      resolveClientAddress({
        remoteAddress: "::ffff:203.0.113.9",
        forwardedFor: "198.51.100.1",
        trustedProxies: [],
      }),
    ).toBe("203.0.113.9");
  });

  it("reads the nearest untrusted hop behind a trusted proxy", () => {
    expect(
      resolveClientAddress({
        remoteAddress: "10.0.0.2",
        forwardedFor: "1.1.1.1, 198.51.100.7, 10.0.0.3",
        trustedProxies: ["10.0.0.2", "10.0.0.3"],
      }),
    ).toBe("198.51.100.7");
  });

  it("falls back to the socket when the header holds no address", () => {
    expect(
      resolveClientAddress({
        remoteAddress: "10.0.0.2",
        forwardedFor: "junk",
        trustedProxies: ["10.0.0.2"],
      }),
    ).toBe("10.0.0.2");
  });

  it("parses the setting and reads the stamped header", () => {
    expect(trustedProxiesFromEnv(" 127.0.0.1, ::ffff:10.0.0.1 ,")).toEqual([
      "127.0.0.1",
      "10.0.0.1",
    ]);
    expect(
      clientAddressFromHeaders(new Headers({ "x-prepersonalize-client-address": "1.2.3.4" })),
    ).toBe("1.2.3.4");
    expect(clientAddressFromHeaders({})).toBe("unknown");
  });
});
