// Runs a realtime server in a child process for the crash test; prints the port on stdout.
import { startTestServer } from "./testing";

const server = await startTestServer();
process.stdout.write(`${new URL(server.url).port}\n`);
