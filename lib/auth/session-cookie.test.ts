import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionFromCookieHeader } from "./session-cookie";

const SECRET = "session-cookie-test-secret-0123456789abcdef";

async function cookieFor(name: string, maxAgeSeconds: number): Promise<string> {
  const token = await encode({
    secret: SECRET,
    token: { sub: `user-${name}`, name, isGuest: false },
    maxAge: maxAgeSeconds,
  });
  return `other=1; next-auth.session-token=${token}`;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("readSessionFromCookieHeader", () => {
  it("reads the user, again from its cache, and only with the right secret", async () => {
    const cookie = await cookieFor("Ada", 3600);
    const expected = { id: "user-Ada", name: "Ada", isGuest: false, sessionVersion: 0 };
    expect(await readSessionFromCookieHeader(cookie, SECRET)).toEqual(expected);
    expect(await readSessionFromCookieHeader(cookie, SECRET)).toEqual(expected);
    expect(await readSessionFromCookieHeader(cookie, `${SECRET}-rotated`)).toBeNull();
  });

  it("refuses a token once it has expired, even after reading it before", async () => {
    const cookie = await cookieFor("Bo", 60);
    expect(await readSessionFromCookieHeader(cookie, SECRET)).not.toBeNull();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 120_000);
    expect(await readSessionFromCookieHeader(cookie, SECRET)).toBeNull();
  });

  it("treats missing, forged and malformed cookies as no session", async () => {
    expect(await readSessionFromCookieHeader(undefined, SECRET)).toBeNull();
    expect(await readSessionFromCookieHeader("next-auth.session-token=nope", SECRET)).toBeNull();
    const cookie = await cookieFor("Cy", 3600);
    expect(await readSessionFromCookieHeader(`${cookie}x`, SECRET)).toBeNull();
  });

  it("reads a malformed percent escape as no session instead of throwing", async () => {
    await expect(
      readSessionFromCookieHeader("next-auth.session-token=%E0%A4%A", SECRET),
    ).resolves.toBeNull();
  });
});
