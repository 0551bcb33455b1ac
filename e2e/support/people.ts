import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { FUNCTION_LABELS, type TeamFunction } from "@/lib/workshops/roles";
import { signedInUserId } from "./seed-board";

// People and workshops are made here through lib/, in the test process, on the database the
// e2e server uses (playwright.config.ts shares E2E_DATA_DIR with every worker), and each person
// gets the session cookie NextAuth would have set: a saved login, with no sign-up form, no
// password hashing on the server and no page load. Tests of the forms themselves still click.

export const PASSWORD = "correct horse battery staple";

function dataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is not set: run the tests through playwright.config.ts");
  return dir;
}

let prepared: Promise<void> | null = null;

/** Points lib/db at the server's database and reads the server's session secret, once. */
function prepare(): Promise<void> {
  prepared ??= (async () => {
    process.env.DATABASE_URL = `file:${path.join(dataDir(), "prepersonalize.db")}`;
    process.env.NEXTAUTH_SECRET = readFileSync(
      path.join(dataDir(), "nextauth-secret"),
      "utf8",
    ).trim();
    // Imported only now: lib/db reads DATABASE_URL when it is first loaded.
    const { tuneDatabaseConnection } = await import("@/lib/db");
    await tuneDatabaseConnection();
  })();
  return prepared;
}

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("prepare() first");
  return value;
}

// Who this module signed in on each browser context, so a workshop can be made in their name.
const signedIn = new WeakMap<BrowserContext, string>();

export type SignedInUser = { id: string; name: string; email: string | null; isGuest: boolean };

/** Gives `page`'s browser context the session cookie of `user` (NextAuth's JWT, its fields). */
export async function signInAs(page: Page, user: SignedInUser): Promise<void> {
  await prepare();
  const { currentSessionVersion } = await import("@/lib/auth/session-version");
  const token = await encode({
    token: {
      sub: user.id,
      name: user.name,
      email: user.email,
      isGuest: user.isGuest,
      sv: (await currentSessionVersion(user.id)) ?? 0,
    },
    secret: secret(),
  });
  const url = new URL(page.url() === "about:blank" ? baseUrl() : page.url());
  await page.context().addCookies([
    {
      name: "next-auth.session-token",
      value: token,
      domain: url.hostname,
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
      expires: Math.floor(Date.now() / 1000) + 24 * 3600,
    },
  ]);
  signedIn.set(page.context(), user.id);
}

function baseUrl(): string {
  return `http://localhost:${process.env.E2E_PORT}`;
}

// One account per name in each worker: hashing a password (bcryptjs, cost 12) takes about a
// second of this process's CPU, and "Fran Facilitator" alone is signed up in 27 tests. Each test
// still makes its own workshops; a session is minted with the account's current version, so a
// test that signed the account out everywhere leaves nothing behind.
const accounts = new Map<string, Promise<SignedInUser & { email: string }>>();

async function createAccountNamed(name: string, email: string) {
  await prepare();
  const { createAccount } = await import("@/lib/auth/create-account");
  const { db } = await import("@/lib/db");
  const created = await createAccount({ name, email, password: PASSWORD });
  if (!created.ok) throw new Error(`${email} already has an account`);
  const user = await db.user.findUniqueOrThrow({
    where: { id: created.value.userId },
    select: { id: true, name: true, isGuest: true },
  });
  return { ...user, email };
}

/**
 * The facilitator account named `name` (password PASSWORD), made through lib/ the first time,
 * signed in on `page`; its email.
 */
export async function accountFor(page: Page, name: string, email: string): Promise<string> {
  let account = accounts.get(name);
  if (!account) {
    account = createAccountNamed(name, email);
    accounts.set(name, account);
  }
  const user = await account;
  await signInAs(page, user);
  return user.email;
}

/** A workshop created through lib/ by the person signed in on `page`; its path. */
export async function createWorkshopAs(
  page: Page,
  input: { title: string; objectiveDraft?: string; scheduledFor?: Date },
): Promise<string> {
  await prepare();
  const userId = signedIn.get(page.context()) ?? (await signedInUserId(page));
  const { createWorkshop } = await import("@/lib/workshops/create-workshop");
  const workshop = await createWorkshop({
    userId,
    input: { ...input, facilitatorFunction: "product" },
  });
  return `/workshops/${workshop.id}`;
}

function functionOf(label: string): TeamFunction {
  const entry = Object.entries(FUNCTION_LABELS).find(([, text]) => text === label);
  if (!entry) throw new Error(`No function labelled ${label}`);
  return entry[0] as TeamFunction;
}

/**
 * Redeems an invite link through lib/ as a new guest named `name` (or, with `userId`, as that
 * account), signs them in on `page`; the workshop's path.
 */
export async function redeemLinkAs(
  page: Page,
  options: { link: string; functionLabel: string; guestName?: string; userId?: string },
): Promise<string> {
  await prepare();
  const { redeemInvite } = await import("@/lib/invites/redeem-invite");
  const { db } = await import("@/lib/db");
  const token = new URL(options.link).pathname.split("/").pop() ?? "";
  const result = await redeemInvite({
    token,
    function: functionOf(options.functionLabel),
    member: options.userId ? { userId: options.userId } : { guestName: options.guestName ?? "" },
  });
  if (!result.ok) throw new Error(`The link did not admit ${options.guestName}: ${result.error.message}`);
  const user = await db.user.findUniqueOrThrow({
    where: { id: result.value.userId },
    select: { id: true, name: true, email: true, isGuest: true },
  });
  await signInAs(page, user);
  return `/workshops/${result.value.workshopId}`;
}
