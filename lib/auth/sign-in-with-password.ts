import { fail, ok, type Result } from "@/lib/result";
import { limiters, type FailureLimiter, type Limiters } from "./rate-limit";
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
  // Each limit checked and counted in one step (with Redis, on the cluster-wide count), before
  // the password is: parallel guesses, on any instance, cannot all pass a check before one of
  // them is counted. A refused attempt counts nothing; a right password takes its count back.
  const counted: [FailureLimiter, string][] = [];
  for (const check of [
    [perPair, pair],
    [perClient, options.client],
    [perAccount, email],
  ] as [FailureLimiter, string][]) {
    const [limiter, key] = check;
    if (!(await limiter.attempt(key))) {
      await Promise.all(counted.map(([each, eachKey]) => each.refund(eachKey)));
      return fail("rate-limited", "Too many attempts. Try again in a few minutes.");
    }
    counted.push(check);
  }
  const user = await verifyPassword({ email: options.email, password: options.password });
  if (!user) return fail("invalid", "That email and password do not match.");
  await Promise.all([
    perPair.reset(pair),
    perClient.refund(options.client),
    perAccount.refund(email),
  ]);
  return ok(user);
}
