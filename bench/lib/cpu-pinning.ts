// Gives the server under test a core of its own and the load generator the others, as on a real
// deployment where the server does not share its CPU with its clients. Without it, on a 2-core
// machine the server and two generator processes take turns on the cores, and scheduling delays
// of several milliseconds show up as relay latency for every server alike.
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";

export type Role = "server" | "generator";

function tasksetAvailable(): boolean {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const cores = availableParallelism();
// On two cores the generator's processes would share one core and queue behind each other (tried:
// no better than leaving placement to the scheduler), so pinning is on from four cores, or with
// BENCH_PIN=1; BENCH_PIN=0 turns it off.
const wanted = process.env.BENCH_PIN === undefined ? cores >= 4 : process.env.BENCH_PIN === "1";
const enabled = wanted && cores >= 2 && tasksetAvailable();

/** The CPU list each role runs on, or null when pinning is off. */
export function cpusFor(role: Role): string | null {
  if (!enabled) return null;
  return role === "server" ? "0" : `1-${cores - 1}`;
}

/** `command args` wrapped in `taskset -c <cpus>` (which execs it: the pid stays the same). */
export function pinnedCommand(
  role: Role,
  command: string,
  args: string[],
): { command: string; args: string[] } {
  const cpus = cpusFor(role);
  return cpus ? { command: "taskset", args: ["-c", cpus, command, ...args] } : { command, args };
}
