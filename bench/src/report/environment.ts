import os from "node:os";
import type { DataShape } from "../data.js";

export interface Environment {
  date: string;
  machine: string;
  cpus: string;
  memory: string;
  node: string;
  engine: string;
  shape: DataShape;
  command: string;
  /** The commit of the checkout this bench ran from, whose core is the "immv" contender. */
  commit: string;
  /** 1-minute load average when the run started and ended: other work on the machine shows here. */
  load: [number, number];
  minutes: number;
  note: string | undefined;
}

export function describeMachine(): Pick<Environment, "machine" | "cpus" | "memory" | "node"> {
  const cpus = os.cpus();
  return {
    machine: os.hostname(),
    cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown"}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
  };
}
