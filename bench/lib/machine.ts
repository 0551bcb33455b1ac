// What the numbers were measured on.
import { readFileSync } from "node:fs";
import os from "node:os";

export type Machine = {
  cpu: string;
  cores: number;
  memory_gb: number;
  os: string;
  node: string;
  load_average_at_start: number[];
};

export function describeMachine(): Machine {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  return {
    cpu: model.trim(),
    cores: os.cpus().length,
    memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load_average_at_start: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
