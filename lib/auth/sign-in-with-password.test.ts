import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

let database: TestDatabase;
let modules: {
  createAccount: typeof import("./create-account").createAccount;
  signInWithPassword: typeof import("./sign-in-with-password").signInWithPassword;
  limiters: typeof import("./rate-limit").limiters;
  db: typeof import("@/lib/db").db;
};

const OWNER = { email: "owner@example.test", password: "the owner's own password" };

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("./create-account")),
    ...(await import("./sign-in-with-password")),
    ...(await import("./rate-limit")),
    ...(await import("@/lib/db")),
  };
  await modules.createAccount({ name: "Owner", ...OWNER });
}, 30_000);

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

let clientCounter = 0;
beforeEach(() => {
  clientCounter += 1;
});
const client = (name: string) => `${name}-${clientCounter}`;

describe("signInWithPassword", () => {
  it("lets the owner in after an attacker's failures from another address", async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const result = await modules.signInWithPassword({
        email: OWNER.email,
        password: `guess ${attempt}`,
        client: client("attacker"),
      });
      expect(result.ok).toBe(false);
    }
    // The attacker's own address is now refused, even with the right password…
    expect(
      await modules.signInWithPassword({ ...OWNER, client: client("attacker") }),
    ).toMatchObject({ ok: false, error: { code: "rate-limited" } });
    // …but the owner, elsewhere, still gets in: successes never count.
    const owner = await modules.signInWithPassword({ ...OWNER, client: client("owner") });
    expect(owner.ok).toBe(true);
    const again = await modules.signInWithPassword({ ...OWNER, client: client("owner") });
    expect(again.ok).toBe(true);
  }, 60_000);

  it("limits one password tried against 40 emails from one client", async () => {
    const results: string[] = [];
    for (let index = 0; index < 40; index += 1) {
      const result = await modules.signInWithPassword({
        email: `someone${index}@example.test`,
        password: "Summer2026!",
        client: client("sprayer"),
      });
      results.push(result.ok ? "ok" : result.error.code);
    }
    expect(results.filter((reason) => reason === "invalid")).toHaveLength(20);
    expect(results.slice(20).every((reason) => reason === "rate-limited")).toBe(true);
  }, 120_000);
});
