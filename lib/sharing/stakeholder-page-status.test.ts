import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pinResponseStatus, stakeholderPageStatus } from "./stakeholder-page-status";

let server: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function statusOf(render: Parameters<typeof createServer>[1]): Promise<number> {
  server = createServer(render);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/s/x`);
  await response.text();
  return response.status;
}

describe("stakeholder page status", () => {
  it("leaves every other path to the app", async () => {
    for (const url of ["/", "/signin", "/api/s/abc/version", "/workshops/w1", "/s", "/sx/abc"]) {
      expect(await stakeholderPageStatus(url)).toBeNull();
    }
  });

  it("answers 404 for a link that cannot be a token, without a lookup", async () => {
    expect(await stakeholderPageStatus("/s/not-a-token")).toBe(404);
    expect(await stakeholderPageStatus("/s/%E0%A4%A")).toBe(404);
  });

  it("pins the status whether the renderer sets statusCode or calls writeHead", async () => {
    expect(
      await statusOf((_req, res) => {
        pinResponseStatus(res, 410);
        res.statusCode = 200;
        res.end("revoked");
      }),
    ).toBe(410);
    expect(
      await statusOf((_req, res) => {
        pinResponseStatus(res, 410);
        res.writeHead(200, { "content-type": "text/html" });
        res.end("revoked");
      }),
    ).toBe(410);
  });
});
