// Guest joins are limited per client (junk joins cannot use up a link), and a password change
// proves the current password and revokes every session — against a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

let database: TestDatabase;
let modules: {
  authOptions: typeof import("./auth-options").authOptions;
  createAccount: typeof import("./create-account").createAccount;
  changePassword: typeof import("./change-password").changePassword;
  currentSessionVersion: typeof import("./session-version").currentSessionVersion;
  verifyPassword: typeof import("./verify-password").verifyPassword;
  createWorkshop: typeof import("@/lib/workshops/create-workshop").createWorkshop;
  listInviteLinks: typeof import("@/lib/invites/list-invites").listInviteLinks;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("./auth-options")),
    ...(await import("./create-account")),
    ...(await import("./change-password")),
    ...(await import("./session-version")),
    ...(await import("./verify-password")),
    ...(await import("@/lib/workshops/create-workshop")),
    ...(await import("@/lib/invites/list-invites")),
    ...(await import("@/lib/db")),
  };
}, 30_000);

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<unknown>;

function inviteAuthorize(): Authorize {
  // NextAuth merges a provider's options over its defaults when it starts; read them directly.
  for (const provider of modules.authOptions.providers) {
    const options: unknown = "options" in provider ? provider.options : null;
    if (typeof options !== "object" || options === null) continue;
    if (!("id" in options) || options.id !== "invite" || !("authorize" in options)) continue;
    return options.authorize as Authorize;
  }
  throw new Error("invite provider missing");
}

const fromClient = (address: string) => ({
  headers: { "x-prepersonalize-client-address": address },
});

describe("guest joins", () => {
  it("are limited per client, so junk joins cannot exhaust a link for genuine guests", async () => {
    const account = await modules.createAccount({
      name: "Fay",
      email: "fay@example.test",
      password: "a long enough password",
    });
    if (!account.ok) throw new Error("no account");
    const workshop = await modules.createWorkshop({
      userId: account.value.userId,
      input: { title: "Limits", facilitatorFunction: "product" },
    });
    const token = (await modules.listInviteLinks({ workshopId: workshop.id })).participant?.token;
    if (!token) throw new Error("no link");
    const authorize = inviteAuthorize();
    const join = (name: string, client: string) =>
      authorize({ token, name, function: "design" }, fromClient(client)).then(
        () => "joined",
        (error: unknown) => (error instanceof Error ? error.message : "error"),
      );
    const junk: string[] = [];
    for (let index = 0; index < 32; index += 1) junk.push(await join(`Junk ${index}`, "6.6.6.6"));
    expect(junk.slice(0, 30).every((result) => result === "joined")).toBe(true);
    expect(junk.slice(30)).toEqual(["RateLimited", "RateLimited"]);
    expect(await join("Genuine Guest", "198.51.100.20")).toBe("joined");
  }, 60_000);
});

describe("changePassword", () => {
  it("needs the current password, then revokes every session", async () => {
    const account = await modules.createAccount({
      name: "Pia",
      email: "pia@example.test",
      password: "the first password",
    });
    if (!account.ok) throw new Error("no account");
    const before = await modules.currentSessionVersion(account.value.userId);
    const wrong = await modules.changePassword({
      userId: account.value.userId,
      currentPassword: "not it",
      newPassword: "the second password",
      live: null,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: "wrong-password" } });
    expect(await modules.currentSessionVersion(account.value.userId)).toBe(before);
    const right = await modules.changePassword({
      userId: account.value.userId,
      currentPassword: "the first password",
      newPassword: "the second password",
      live: null,
    });
    expect(right).toEqual({ ok: true, value: null });
    expect(await modules.currentSessionVersion(account.value.userId)).toBe((before ?? 0) + 1);
    expect(
      await modules.verifyPassword({ email: "pia@example.test", password: "the second password" }),
    ).not.toBeNull();
  }, 30_000);
});
