import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

let database: TestDatabase;
let modules: {
  createAccount: typeof import("@/lib/auth/create-account").createAccount;
  createWorkshop: typeof import("@/lib/workshops/create-workshop").createWorkshop;
  listInviteLinks: typeof import("./list-invites").listInviteLinks;
  redeemInvite: typeof import("./redeem-invite").redeemInvite;
  revokeInvites: typeof import("./revoke-invites").revokeInvites;
  regenerateInvite: typeof import("./revoke-invites").regenerateInvite;
  getMembership: typeof import("@/lib/workshops/get-membership").getMembership;
  db: typeof import("@/lib/db").db;
};

beforeAll(async () => {
  database = createTestDatabase();
  modules = {
    ...(await import("@/lib/auth/create-account")),
    ...(await import("@/lib/workshops/create-workshop")),
    ...(await import("./list-invites")),
    ...(await import("./redeem-invite")),
    ...(await import("./revoke-invites")),
    ...(await import("@/lib/workshops/get-membership")),
    ...(await import("@/lib/db")),
  };
});

afterAll(async () => {
  await modules.db.$disconnect();
  database.cleanup();
});

let counter = 0;
async function workshopWithLinks() {
  counter += 1;
  const account = await modules.createAccount({
    name: "Fran",
    email: `fran${counter}@example.test`,
    password: "a long enough password",
  });
  if (!account.ok) throw new Error("account not created");
  const workshop = await modules.createWorkshop({
    userId: account.value.userId,
    input: { title: "Checkout", facilitatorFunction: "product" },
  });
  const links = await modules.listInviteLinks({ workshopId: workshop.id });
  if (!links.participant || !links.observer) throw new Error("links missing");
  return { facilitatorId: account.value.userId, workshopId: workshop.id, links };
}

describe("invites and memberships", () => {
  it("makes the creator facilitator and nobody else a member", async () => {
    const { facilitatorId, workshopId } = await workshopWithLinks();
    expect(await modules.getMembership({ workshopId, userId: facilitatorId })).toMatchObject({
      role: "facilitator",
      function: "product",
    });
    expect(await modules.getMembership({ workshopId, userId: "someone-else" })).toBeNull();
  });

  it("admits a guest with the link's role and the chosen function", async () => {
    const { workshopId, links } = await workshopWithLinks();
    const joined = await modules.redeemInvite({
      token: links.participant?.token ?? "",
      function: "legal-compliance",
      member: { guestName: "Lena" },
    });
    if (!joined.ok) throw new Error(joined.error.message);
    expect(await modules.getMembership({ workshopId, userId: joined.value.userId })).toMatchObject({
      role: "participant",
      function: "legal-compliance",
    });
  });

  it("promotes an observer who opens a participant link but never demotes", async () => {
    const { workshopId, links, facilitatorId } = await workshopWithLinks();
    const observer = await modules.redeemInvite({
      token: links.observer?.token ?? "",
      function: "marketing",
      member: { guestName: "Sam" },
    });
    if (!observer.ok) throw new Error(observer.error.message);
    await modules.redeemInvite({
      token: links.participant?.token ?? "",
      function: "marketing",
      member: { userId: observer.value.userId },
    });
    expect((await modules.getMembership({ workshopId, userId: observer.value.userId }))?.role).toBe(
      "participant",
    );
    await modules.redeemInvite({
      token: links.observer?.token ?? "",
      function: "product",
      member: { userId: facilitatorId },
    });
    expect((await modules.getMembership({ workshopId, userId: facilitatorId }))?.role).toBe(
      "facilitator",
    );
  });

  it("refuses revoked, expired and unknown links without creating anyone", async () => {
    const { workshopId, links, facilitatorId } = await workshopWithLinks();
    const usersBefore = await modules.db.user.count();
    await modules.revokeInvites({ workshopId, role: "participant" });
    const revoked = await modules.redeemInvite({
      token: links.participant?.token ?? "",
      function: "design",
      member: { guestName: "Late" },
    });
    expect(revoked).toMatchObject({ ok: false, error: { code: "revoked" } });

    await modules.db.invite.updateMany({
      where: { workshopId, role: "observer" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await modules.redeemInvite({
      token: links.observer?.token ?? "",
      function: "design",
      member: { guestName: "Late" },
    });
    expect(expired).toMatchObject({ ok: false, error: { code: "expired" } });

    const unknown = await modules.redeemInvite({
      token: "x".repeat(43),
      function: "design",
      member: { guestName: "Nobody" },
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: "unknown" } });
    expect(await modules.db.user.count()).toBe(usersBefore);

    await modules.regenerateInvite({ workshopId, role: "participant", userId: facilitatorId });
    const fresh = await modules.listInviteLinks({ workshopId });
    expect(fresh.participant?.token).toBeDefined();
    expect(fresh.participant?.token).not.toBe(links.participant?.token);
  });
});
