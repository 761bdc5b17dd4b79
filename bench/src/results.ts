import type { BaselineInfo, ContenderId } from "./contenders/index.js";

export type Scenario = "single-row" | "bulk" | "large" | "writers" | "create";

/** Times of one operation by one contender, in milliseconds. */
export interface Timing {
  view: string;
  scenario: Scenario;
  op: string;
  contender: ContenderId;
  ms: number[];
  /** REFRESH only: the time of the REFRESH alone, included in `ms`. */
  refreshMs?: number[];
}

export interface WriterRun {
  view: string;
  writers: number;
  contender: ContenderId;
  statements: number;
  seconds: number;
  latencies: number[];
  /** Statements that failed (serialization failures, deadlocks); not counted as throughput. */
  errors: number;
}

/** Rows that differ between a contender's view and its query after a scenario. */
export interface Verification {
  view: string;
  scenario: Scenario;
  contender: ContenderId;
  missing: number;
  extra: number;
}

export interface Results {
  timings: Timing[];
  writers: WriterRun[];
  verifications: Verification[];
  /** Contenders that could not take part, per view ("*" = every view), and why. */
  unavailable: { view: string; contender: ContenderId; reason: string }[];
  /** Scenarios left out, and why. */
  skipped: string[];
  /** The other checkout measured as "immv (baseline)" (`--baseline`), when there was one. */
  baseline?: BaselineInfo;
  /** Why the run stopped early; the figures gathered until then are kept. */
  failure?: string;
}

export const emptyResults = (): Results => ({
  timings: [],
  writers: [],
  verifications: [],
  unavailable: [],
  skipped: [],
});
