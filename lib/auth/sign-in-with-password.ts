import { fail, ok, type Result } from "@/lib/result";
import { limiters, type Limiters } from "./rate-limit";
import { verifyPassword } from "./verify-password";

export type SignInWithPasswordOptions = {
  email: string;
  password: string;
  client: string;
  /** The process's limiters unless given (tests: two instances' Redis limiters). */
  limits?: Limiters;
};

export type SignInWithPasswordResult = Result<
  { id: string; name: string; email: string },
  "invalid" | "rate-limited"
>;

/**
 * Checks a password under failure-only limits. A guesser is stopped per (client, account) first
 * and per client (one password against many emails); the per-account limit is higher and backs
 * off rather than locking, so an attack spread over many addresses slows the owner by at most a
 * minute. Refused attempts are not checked, so they cannot probe the password either.
 */
export async function signInWithPassword(
  options: SignInWithPasswordOptions,
): Promise<SignInWithPasswordResult> {
  const email = options.email.toLowerCase();
  const pair = `${options.client}\n${email}`;
  const {
    signInFailuresPerClient: perClient,
    signInFailuresPerClientAccount: perPair,
    signInFailuresPerAccount: perAccount,
  } = options.limits ?? limiters;
  // Each limit in turn: with Redis every answer is the cluster-wide count, read now.
  if (
    (await perPair.blocked(pair)) ||
    (await perClient.blocked(options.client)) ||
    (await perAccount.blocked(email))
  ) {
    return fail("rate-limited", "Too many attempts. Try again in a few minutes.");
  }
  const user = await verifyPassword({ email: options.email, password: options.password });
  if (!user) {
    // Counted before the answer goes out, so the next attempt, on any instance, sees it.
    await Promise.all([perPair.fail(pair), perClient.fail(options.client), perAccount.fail(email)]);
    return fail("invalid", "That email and password do not match.");
  }
  await perPair.reset(pair);
  return ok(user);
}
