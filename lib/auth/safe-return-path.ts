/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
export function safeReturnPath(value: string | null | undefined, fallback = "/workshops"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
