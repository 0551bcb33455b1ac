/** Human wording for the error codes NextAuth puts in the URL or returns from signIn(). */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  switch (code) {
    case "CredentialsSignin":
      return "That email and password do not match an account. Check both and try again.";
    case "RateLimited":
      return "Too many attempts. Wait a few minutes, then try again.";
    case "Inviterevoked":
      return "This invite link was revoked by the facilitator. Ask them for the new link.";
    case "Inviteexpired":
      return "This invite link has expired. Ask the facilitator for a new one.";
    case "Inviteunknown":
      return "This invite link is not valid. Check that you copied all of it.";
    case "OAuthNoEmail":
      return "Your identity provider did not share an email address, which we need to sign you in.";
    case "OAuthAccountNotLinked":
    case "OAuthSignin":
    case "OAuthCallback":
      return "Signing in with that provider failed. Try again, or use your email and password.";
    case "SessionRequired":
      return "Sign in to continue.";
    default:
      return "Signing in failed. Try again.";
  }
}
