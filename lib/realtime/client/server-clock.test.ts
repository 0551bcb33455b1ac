import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_TIME_PATH } from "@/lib/realtime/protocol";
import { estimateOffset, serverNow, syncServerClock } from "./server-clock";

describe("estimateOffset", () => {
  it("trusts the sample with the shortest round trip", () => {
    expect(
      estimateOffset([
        { sentAt: 1_000, receivedAt: 1_400, serverNow: 61_100 },
        { sentAt: 2_000, receivedAt: 2_020, serverNow: 62_010 },
      ]),
    ).toBe(60_000);
  });

  it("gives up without usable samples", () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 10, receivedAt: 5, serverNow: 0 }])).toBeNull();
  });
});

describe("syncServerClock", () => {
  const skewMs = 90_000;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    // A server whose clock runs 90 s ahead of this machine's.
    server = createServer((req, res) => {
      if (req.url !== SERVER_TIME_PATH) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ now: Date.now() + skewMs }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads shared times on the server's clock once measured", async () => {
    const offset = await syncServerClock(baseUrl);
    expect(Math.abs(offset - skewMs)).toBeLessThan(50);
    expect(Math.abs(serverNow() - (Date.now() + skewMs))).toBeLessThan(50);
  });

  it("keeps the last offset when the server cannot be reached", async () => {
    const before = await syncServerClock(baseUrl);
    expect(await syncServerClock("http://127.0.0.1:9", 2)).toBe(before);
  });
});
