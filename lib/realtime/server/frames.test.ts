import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { MessageType } from "@/lib/realtime/protocol";
import { binaryFrame, canWriteFrames, sendBinary, syncUpdateMessage } from "./frames";

const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 251);
}

describe("sendBinary", () => {
  it("writes frames a ws client reads back byte for byte, at every header size, in order", async () => {
    const { port } = server.address() as AddressInfo;
    const accepted = new Promise<WebSocket>((resolve) => server.once("connection", resolve));
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    const received: Buffer[] = [];
    client.on("message", (data: Buffer) => received.push(data));
    const socket = await accepted;
    await new Promise((resolve) => client.once("open", resolve));
    expect(canWriteFrames(socket)).toBe(true);
    const messages = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000].map((length, seed) =>
      bytes(length, seed),
    );
    for (const message of messages) {
      sendBinary(socket, message, true);
      // The same message again (a relay to the next peer) reuses the frame.
      sendBinary(socket, message, true);
    }
    // ws's own path in between keeps the order.
    socket.send(bytes(10, 99));
    sendBinary(socket, bytes(3, 7), true);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("frames missing")), 5_000);
      const check = setInterval(() => {
        if (received.length < messages.length * 2 + 2) return;
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }, 10);
    });
    const expected = [
      ...messages.flatMap((message) => [message, message]),
      bytes(10, 99),
      bytes(3, 7),
    ];
    expect(received.map((data) => [...data])).toEqual(expected.map((message) => [...message]));
    expect(binaryFrame(messages[1] as Uint8Array)).toHaveLength(3);
    client.close();
  });
});

describe("syncUpdateMessage", () => {
  it("is byte for byte what y-protocols writes, at every varuint length", () => {
    for (const length of [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152]) {
      const update = bytes(length, length % 7);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.writeUpdate(encoder, update);
      expect(Buffer.from(syncUpdateMessage(update)).equals(encoding.toUint8Array(encoder))).toBe(
        true,
      );
    }
  });
});
