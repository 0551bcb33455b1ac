import { decode } from "next-auth/jwt";

export const SESSION_COOKIE_NAMES = [
  "__Secure-next-auth.session-token",
  "next-auth.session-token",
] as const;

export type SessionUser = { id: string; name: string; isGuest: boolean };

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * Reads the signed-in user from a raw Cookie header, for requests that do not pass through
 * Next.js (the websocket upgrade). Returns null for a missing, expired or forged session.
 */
export async function readSessionFromCookieHeader(
  cookieHeader: string | undefined,
  secret: string | undefined = process.env.NEXTAUTH_SECRET,
): Promise<SessionUser | null> {
  if (!cookieHeader || !secret) return null;
  for (const name of SESSION_COOKIE_NAMES) {
    const raw = readCookie(cookieHeader, name);
    if (!raw) continue;
    try {
      const token = await decode({ token: raw, secret });
      if (token?.sub && typeof token.name === "string") {
        return { id: token.sub, name: token.name, isGuest: token.isGuest === true };
      }
    } catch {
      // A token that fails to decrypt is treated as no session.
    }
  }
  return null;
}
