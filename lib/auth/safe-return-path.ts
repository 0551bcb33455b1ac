// Any origin works as the base: only the path of a same-origin result is ever returned.
const BASE = "http://prepersonalize.invalid";

// Browsers strip tabs and newlines from URLs and read "\" as "/", so "/\t/evil" and "/\evil" mean
// "//evil". Refuse every control character, backslash and line separator outright.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\\u2028\u2029]/;

/**
 * Only same-origin paths are followed after sign-in, so a crafted link cannot send people
 * elsewhere. The value is parsed like a browser would resolve it (`new URL(value, origin)`) and the
 * normalised path, query and hash are returned; anything else gives `fallback`.
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/workshops"): string {
  if (!value || !value.startsWith("/") || UNSAFE_CHARACTERS.test(value)) return fallback;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  // Encoded forms ("/%2F/evil", "/%5Cevil", "/%09/evil") are judged by what they decode to as well.
  if (UNSAFE_CHARACTERS.test(decoded) || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}

/**
 * For NextAuth's redirect callback: a same-origin absolute URL or a safe path is kept (as a path
 * on `baseUrl`); anything else goes to `baseUrl`.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, "");
  // Absolute URLs are judged by the raw text after our own origin, never by a re-serialisation.
  const raw = url.startsWith(`${base}/`) ? url.slice(base.length) : url;
  const path = safeReturnPath(raw, "");
  return path ? `${base}${path}` : base;
}
