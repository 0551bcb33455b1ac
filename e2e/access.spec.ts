// Issue 12 (access can be taken away, sign-in abuse, open redirect, import, headers, origin) and
// issue 11's live roster on step 1, against the real server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Page } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import {
  createWorkshop,
  expect,
  inviteLink,
  joinAsGuest,
  PASSWORD,
  signUp,
  test,
  uniqueSuffix,
} from "./support/actors";

/** Every websocket the page opens; "open" means the server answered (a frame arrived) and it is
 * not closed yet. A refused handshake never receives a frame. */
function watchSockets(page: Page) {
  const sockets: { url: string; live: boolean; closedAt: number | null }[] = [];
  page.on("websocket", (ws) => {
    if (!ws.url().includes("/collab/")) return;
    const entry = { url: ws.url(), live: false, closedAt: null as number | null };
    sockets.push(entry);
    ws.on("framereceived", () => {
      entry.live = true;
    });
    const end = () => {
      entry.closedAt ??= Date.now();
    };
    ws.on("close", end);
    ws.on("socketerror", end);
  });
  return {
    open: () => sockets.filter((socket) => socket.live && socket.closedAt === null).length,
    all: sockets,
  };
}

async function apiClient(baseURL: string, forwardedFor: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": forwardedFor },
  });
}

/** Signs in through NextAuth's credentials endpoint; the error code, or null on success. */
async function passwordSignIn(api: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/password", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/workshops" },
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return new URL(body.url ?? "http://x/?error=unknown").searchParams.get("error");
}

test("the facilitator changes a role and removes a guest: their sockets close at once", async ({
  actor,
}) => {
  const facilitator = await actor("Fiona Facilitator");
  await signUp(facilitator.page, facilitator.name);
  const workshopPath = await createWorkshop(facilitator.page, `Access ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");

  const mover = await actor("Mo Mover");
  const moverSockets = watchSockets(mover.page);
  await joinAsGuest(mover.page, link, mover.name, "Marketing");
  await expect(mover.page.getByTestId("my-role")).toHaveText("participant");

  const leaver = await actor("Les Leaver");
  const leaverSockets = watchSockets(leaver.page);
  await joinAsGuest(leaver.page, link, leaver.name, "Engineering");
  await expect(leaver.page.getByTestId("my-role")).toHaveText("participant");
  await expect.poll(() => leaverSockets.open()).toBeGreaterThan(0);

  const roster = facilitator.page.getByRole("list", { name: "Roster" });
  await expect(roster.getByRole("listitem").filter({ hasText: leaver.name })).toBeVisible();
  await expectNoSeriousA11yViolations(facilitator.page);

  await roster.getByLabel(`Role of ${mover.name}`).selectOption("observer");
  await expect(facilitator.page.getByText(`${mover.name} is now an observer`)).toBeVisible();
  // The server closed their sockets with "role changed"; they reconnect as an observer.
  await expect.poll(() => moverSockets.all.some((socket) => socket.closedAt !== null)).toBe(true);
  await expect(mover.page.getByTestId("my-role")).toHaveText("observer");

  const openBefore = leaverSockets.open();
  expect(openBefore).toBeGreaterThan(0);
  await roster.getByRole("button", { name: `Remove ${leaver.name}` }).click();
  const clicked = Date.now();
  await roster.getByRole("button", { name: `Confirm removing ${leaver.name}` }).click();
  await expect.poll(() => leaverSockets.open(), { timeout: 3_000 }).toBe(0);
  const closedAfter =
    Math.max(...leaverSockets.all.filter((s) => s.live).map((s) => s.closedAt ?? 0)) - clicked;
  expect(closedAfter).toBeLessThan(3_000);
  await expect(roster.getByRole("listitem").filter({ hasText: leaver.name })).toHaveCount(0);
  // A guest's account exists only for this workshop: their session is revoked with them.
  await leaver.page.goto(workshopPath);
  await expect(leaver.page).toHaveURL(/\/signin\?callbackUrl=/);
  // Everything the sign-in page loads has loaded: no socket among it.
  await leaver.page.waitForLoadState("networkidle");
  expect(leaverSockets.open()).toBe(0);
});

test("step 1's roster is live: a late joiner appears, with who is in the room", async ({
  actor,
}) => {
  const facilitator = await actor("Rita Roster");
  await signUp(facilitator.page, facilitator.name);
  await createWorkshop(facilitator.page, `Roster ${uniqueSuffix()}`);
  const link = await inviteLink(facilitator.page, "participant");
  const count = facilitator.page.getByTestId("roster-count");
  await expect(count).toContainText("1 taking part");
  const missing = facilitator.page.getByText("Not yet in the room:");
  await expect(missing.locator("..")).toContainText("Legal");

  const late = await actor("Lou Legal");
  await joinAsGuest(late.page, link, late.name, "Legal / compliance");
  await expect(late.page.getByTestId("my-role")).toHaveText("participant");

  // No reload on the facilitator's side.
  const roster = facilitator.page.getByRole("list", { name: "Roster" });
  const row = roster.getByRole("listitem").filter({ hasText: late.name });
  await expect(row).toContainText("in the room");
  await expect(count).toContainText("2 taking part");
  await expect(count).toContainText("2 in the room");
  await expect(missing.locator("..")).not.toContainText("Legal");

  await late.close();
  await expect(row).toContainText("not here now");
  await expect(count).toContainText("1 in the room");
});

test("sign out everywhere ends the other sessions and closes their sockets", async ({ actor }) => {
  const laptop = await actor("Sam Sessions");
  const email = await signUp(laptop.page, laptop.name);
  const workshopPath = await createWorkshop(laptop.page, `Sessions ${uniqueSuffix()}`);
  const laptopSockets = watchSockets(laptop.page);
  await laptop.page.goto(workshopPath);
  await expect.poll(() => laptopSockets.open()).toBeGreaterThan(0);

  const phone = await actor("Sam on the phone");
  await phone.page.goto("/signin");
  await phone.page.getByLabel("Email").fill(email);
  await phone.page.getByLabel("Password").fill(PASSWORD);
  await phone.page.getByRole("button", { name: "Sign in" }).click();
  await expect(phone.page.getByRole("heading", { name: "Your workshops" })).toBeVisible();
  await phone.page.goto("/account");
  await expectNoSeriousA11yViolations(phone.page);
  const clicked = Date.now();
  await phone.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(phone.page.getByText("You are signed out")).toBeVisible();

  // The laptop is the only person with the workshop open: the server holds no socket any more.
  // (Counted on the server: Playwright misses the close of a socket whose page navigated away.)
  const connections = async () => {
    const health = (await (await phone.page.request.get("/collab/health")).json()) as {
      connections: number;
    };
    return health.connections;
  };
  await expect.poll(connections, { timeout: 3_000 }).toBe(0);
  const serverClosed = laptopSockets.all.filter((s) => s.live && s.closedAt !== null);
  expect(serverClosed.length).toBeGreaterThan(0);
  expect(Math.max(...serverClosed.map((s) => (s.closedAt ?? 0) - clicked))).toBeLessThan(3_000);
  await laptop.page.goto(workshopPath);
  await expect(laptop.page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("after sign-in, only same-origin paths are followed", async ({ actor, baseURL }) => {
  const person = await actor("Rae Redirect");
  await signUp(person.page, person.name);
  const request = person.page.request;
  for (const callback of [
    "%2F%09%2F127.0.0.1%3A3999%2Fpwned",
    "%2F%0A%2F127.0.0.1%3A3999%2Fpwned",
    "%2F%0D%2F127.0.0.1%3A3999%2Fpwned",
    "%2F%E2%80%A8%2F127.0.0.1%3A3999%2Fpwned",
    "%2F%5C127.0.0.1%3A3999",
    "%2F%2F127.0.0.1%3A3999",
    "https%3A%2F%2F127.0.0.1%3A3999",
    "javascript%3Aalert(1)",
  ]) {
    const response = await request.get(`/signin?callbackUrl=${callback}`, { maxRedirects: 0 });
    expect(response.status(), callback).toBe(307);
    expect(response.headers().location, callback).toBe("/workshops");
  }
  const ok = await request.get(`/signin?callbackUrl=%2Fworkshops%3Fx%3D1`, { maxRedirects: 0 });
  expect(ok.headers().location).toBe("/workshops?x=1");
  // NextAuth's own redirect callback refuses other hosts too.
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const signOut = await request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "http://127.0.0.1:3999/pwned", json: "true" },
  });
  const { url } = (await signOut.json()) as { url: string };
  expect(new URL(url).origin).toBe(new URL(baseURL ?? "").origin);
});

test("sign-in limits count failures per client and account; sign-up does not reveal accounts", async ({
  baseURL,
}) => {
  const base = baseURL ?? "";
  const owner = await apiClient(base, "198.51.100.10");
  const email = `owner.${uniqueSuffix()}@example.test`;
  const body = { name: "Olga Owner", email, password: PASSWORD };
  const first = await owner.post("/api/account", { data: body });
  const second = await owner.post("/api/account", {
    data: { ...body, password: "another password" },
  });
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(201);
  expect(await second.json()).toEqual(await first.json());

  // An attacker guesses the owner's password until their address is stopped…
  const attacker = await apiClient(base, "203.0.113.66");
  const codes: (string | null)[] = [];
  for (let attempt = 0; attempt < 7; attempt += 1) {
    codes.push(await passwordSignIn(attacker, email, `guess number ${attempt}`));
  }
  expect(codes.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
  expect(codes.slice(5)).toEqual(["RateLimited", "RateLimited"]);
  // …while the owner, elsewhere, signs in, again and again (successes never count).
  for (let attempt = 0; attempt < 12; attempt += 1) {
    expect(await passwordSignIn(owner, email, PASSWORD)).toBeNull();
  }

  // One password against 40 emails from one client: refused after 20 failures.
  const sprayer = await apiClient(base, "203.0.113.99");
  const spray: (string | null)[] = [];
  for (let index = 0; index < 40; index += 1) {
    spray.push(
      await passwordSignIn(sprayer, `nobody${index}.${uniqueSuffix()}@example.test`, "Summer2026!"),
    );
  }
  expect(spray.filter((code) => code === "CredentialsSignin")).toHaveLength(20);
  expect(spray.slice(20).every((code) => code === "RateLimited")).toBe(true);
  await Promise.all([owner.dispose(), attacker.dispose(), sprayer.dispose()]);
});

test("security headers on every route, and a malformed cookie is harmless", async ({ request }) => {
  for (const path of ["/", "/signin", "/api/auth/csrf", "/collab/health", "/icon.svg", "/nope"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-/);
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
  }
  for (const cookie of ["next-auth.session-token=%E0%A4%A", "a=%; b=%zz"]) {
    const response = await request.get("/workshops", { headers: { cookie }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
  }
});

test("pages hydrate under the CSP and the icons are served", async ({ actor }) => {
  const person = await actor("Cass Csp");
  const violations: string[] = [];
  person.page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signUp(person.page, person.name);
  await createWorkshop(person.page, `CSP ${uniqueSuffix()}`);
  expect(violations).toEqual([]);
  for (const path of [
    "/favicon.ico",
    "/icon.svg",
    "/icon-192.png",
    "/apple-touch-icon.png",
    "/og-image.png",
  ]) {
    expect((await person.page.request.get(path)).status(), path).toBe(200);
  }
  await expect(person.page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /og-image\.png$/,
  );
});

test("a page on another origin cannot open a member's socket", async ({ actor, baseURL }) => {
  const member = await actor("Oona Origin");
  await signUp(member.page, member.name);
  const workshopPath = await createWorkshop(member.page, `Origin ${uniqueSuffix()}`);
  const workshopId = workshopPath.split("/").pop() ?? "";
  const app = new URL(baseURL ?? "");
  const target = `ws://${app.host}/collab/workshop/${workshopId}/board`;
  const probe = (url: string) =>
    new Promise<string>((resolve) => {
      const ws = new WebSocket(url);
      ws.onopen = () => {
        ws.close();
        resolve("open");
      };
      ws.onerror = () => resolve("refused");
    });

  // Same site (another port of the same host), so the browser sends the member's cookie.
  const evil: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<!doctype html><title>elsewhere</title>");
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  const evilPort = (evil.address() as AddressInfo).port;
  try {
    expect(await member.page.evaluate(probe, target)).toBe("open");
    await member.page.goto(`http://${app.hostname}:${evilPort}/`);
    expect(await member.page.evaluate(probe, target)).toBe("refused");
  } finally {
    evil.close();
  }
});

test("import refuses a 50 MB upload and a deeply nested file quickly, and the server keeps answering", async ({
  actor,
}) => {
  const person = await actor("Ian Import");
  await signUp(person.page, person.name);
  const request = person.page.request;

  async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
    const started = Date.now();
    const result = await work();
    return [result, Date.now() - started];
  }
  async function pingWhile(work: Promise<unknown>): Promise<number> {
    let worst = 0;
    let done = false;
    void work.finally(() => {
      done = true;
    });
    while (!done) {
      const [, ms] = await timed(() => request.get("/collab/time"));
      worst = Math.max(worst, ms);
    }
    return worst;
  }

  const depth = 4_900_000;
  const deep = Buffer.from("[".repeat(depth) + "]".repeat(depth));
  const deepUpload = timed(() =>
    request.post("/api/workshops/import", {
      multipart: {
        function: "design",
        file: { name: "deep.json", mimeType: "application/json", buffer: deep },
      },
    }),
  );
  const deepPing = await pingWhile(deepUpload);
  const [deepResponse, deepMs] = await deepUpload;
  expect(deepResponse.status()).toBe(422);
  expect(deepMs).toBeLessThan(3_000);
  expect(deepPing).toBeLessThan(500);

  const huge = Buffer.alloc(50 * 1024 * 1024, 32);
  const [hugeResponse, hugeMs] = await timed(() =>
    request.post("/api/workshops/import", {
      multipart: {
        function: "design",
        file: { name: "huge.json", mimeType: "application/json", buffer: huge },
      },
    }),
  );
  expect(hugeResponse.status()).toBe(413);
  expect(hugeMs).toBeLessThan(3_000);
  console.log(`import refusals: deep ${deepMs} ms (worst ping ${deepPing} ms), 50 MB ${hugeMs} ms`);
});
