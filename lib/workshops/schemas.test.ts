import { describe, expect, it } from "vitest";
import { GuestJoinSchema, SignUpSchema } from "@/lib/auth/schemas";
import { CreateWorkshopSchema, InviteRoleSchema, WorkshopIdSchema } from "./schemas";

describe("input validation", () => {
  it("trims and accepts a minimal workshop", () => {
    const parsed = CreateWorkshopSchema.parse({
      title: "  Checkout  ",
      objectiveDraft: "",
      scheduledFor: "",
      facilitatorFunction: "product",
    });
    expect(parsed).toEqual({ title: "Checkout", facilitatorFunction: "product" });
  });

  it("parses a calendar date at UTC midnight and rejects impossible ones", () => {
    const parsed = CreateWorkshopSchema.parse({
      title: "A",
      scheduledFor: "2026-12-03",
      facilitatorFunction: "design",
    });
    expect(parsed.scheduledFor?.toISOString()).toBe("2026-12-03T00:00:00.000Z");
    expect(
      CreateWorkshopSchema.safeParse({
        title: "A",
        scheduledFor: "2026-13-45",
        facilitatorFunction: "design",
      }).success,
    ).toBe(false);
  });

  it.each([
    [{ title: "", facilitatorFunction: "product" }, "Give the workshop a title."],
    [
      { title: "x".repeat(121), facilitatorFunction: "product" },
      "Keep the title under 120 characters.",
    ],
    [{ title: "A", facilitatorFunction: "astrology" }, "Choose the function you work in."],
  ])("rejects %j with a message a person can act on", (input, message) => {
    const result = CreateWorkshopSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("never lets an invite grant the facilitator role", () => {
    expect(InviteRoleSchema.safeParse("facilitator").success).toBe(false);
  });

  it("rejects ids that could reach outside a path segment", () => {
    expect(WorkshopIdSchema.safeParse("../etc").success).toBe(false);
    expect(WorkshopIdSchema.safeParse("cm3x9abc").success).toBe(true);
  });

  it("rejects weak passwords, bad emails and empty guest names", () => {
    expect(SignUpSchema.safeParse({ name: "A", email: "a@b.co", password: "short" }).success).toBe(
      false,
    );
    expect(
      SignUpSchema.safeParse({ name: "A", email: "nope", password: "long enough pw" }).success,
    ).toBe(false);
    expect(
      SignUpSchema.parse({ name: " A ", email: " A@B.CO ", password: "long enough pw" }).email,
    ).toBe("a@b.co");
    expect(
      GuestJoinSchema.safeParse({ token: "x".repeat(43), name: "   ", function: "design" }).success,
    ).toBe(false);
  });
});
