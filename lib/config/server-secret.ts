/** The secret that signs sessions and derives invite links; set (or generated) by the server at start. */
export function serverSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start`.");
  return secret;
}
