import { Command, InvalidArgumentError } from "commander";
import type { ContenderId } from "./contenders/index.js";
import { CONTENDERS } from "./contenders/index.js";
import { VIEWS } from "./views/index.js";

export const SCENARIOS = ["single-row", "bulk", "large", "writers"] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  /** Accounts (pgbench_accounts rows). */
  rows: number;
  quick: boolean;
  /** PostgreSQL server URL; PGlite when absent. */
  url: string | undefined;
  scenarios: ScenarioName[];
  views: string[];
  contenders: ContenderId[];
  out: string;
  note: string | undefined;
  keep: boolean;
  seed: number;
  /** Another immv checkout (built) whose core is measured as the contender "immv (baseline)". */
  baseline: string | undefined;
  /** The command line, for the report. */
  command: string;
}

const QUICK_ROWS = 2_000;

/** "100k", "1M", "10M" or a plain number of rows. */
export function parseRows(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new InvalidArgumentError("expected a number of rows such as 100k, 1M or 10M");
  const rows = Math.round(Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1));
  if (rows < 1_000) throw new InvalidArgumentError("at least 1k rows");
  return rows;
}

function listOf<T extends string>(allowed: readonly T[]) {
  return (text: string): T[] => {
    const items = text.split(",").map((s) => s.trim());
    const wrong = items.filter((i) => !allowed.includes(i as T));
    if (wrong.length > 0 || items.length === 0)
      throw new InvalidArgumentError(`unknown ${wrong.join(", ")}; choose from ${allowed.join(", ")}`);
    return items as T[];
  };
}

function parseSeed(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError("expected a non-negative integer");
  return Number(text);
}

/** Parses the command line; commander prints usage errors and exits with status 1 itself. */
export function parseOptions(argv: string[], defaultOut: string): BenchOptions {
  const viewKeys = VIEWS.map((v) => v.key);
  const contenderIds = CONTENDERS.map((c) => c.id);
  const program = new Command("npm run bench --")
    .description(
      "IMMVs side by side with REFRESH MATERIALIZED VIEW, hand-written triggers, no view and pg_ivm; writes a report with charts",
    )
    .option("--scale <rows>", "accounts to load: 100k, 1M, 10M or a number", parseRows, 100_000)
    .option("--quick", "tiny scale and few statements: a check that every scenario runs, in seconds", false)
    .option("--url <url>", "PostgreSQL server to use (a scratch database is created there); PGlite when absent")
    .option("--scenario <list>", `comma-separated: ${SCENARIOS.join(", ")}`, listOf(SCENARIOS), [...SCENARIOS])
    .option("--views <list>", `comma-separated: ${viewKeys.join(", ")}`, listOf(viewKeys), viewKeys)
    .option("--contenders <list>", `comma-separated: ${contenderIds.join(", ")}`, listOf(contenderIds), contenderIds)
    .option("--out <dir>", "directory for the report and its charts", defaultOut)
    .option("--note <text>", "a remark for the report, such as what else ran on the machine")
    .option("--keep", "keep the scratch database afterwards", false)
    .option("--seed <n>", "seed of the statements' random choices", parseSeed, 1)
    .option(
      "--baseline <checkout>",
      "another immv checkout, built (npm run build there): its core is measured too, as the contender 'immv (baseline)', with ratios immv / baseline",
    )
    .showHelpAfterError()
    .parse(argv, { from: "user" });
  const o = program.opts<{
    scale: number;
    quick: boolean;
    url?: string;
    scenario: ScenarioName[];
    views: string[];
    contenders: ContenderId[];
    out: string;
    note?: string;
    keep: boolean;
    seed: number;
    baseline?: string;
  }>();
  if (o.url !== undefined && !/^postgres(ql)?:\/\//.test(o.url))
    program.error("error: option '--url <url>' expects a postgres:// or postgresql:// URL");
  if (o.quick && program.getOptionValueSource("scale") === "cli")
    program.error("error: --quick chooses its own tiny scale; leave out --scale");
  return {
    rows: o.quick ? QUICK_ROWS : o.scale,
    quick: o.quick,
    url: o.url,
    scenarios: o.scenario,
    views: o.views,
    contenders: o.contenders,
    out: o.out,
    note: o.note,
    keep: o.keep,
    seed: o.seed,
    baseline: o.baseline,
    command: ["npm run bench --", ...argv].join(" ").replace(/postgres(ql)?:\/\/\S+/g, (u) => redact(u)),
  };
}

/** A URL without its password, for the report. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "…";
    return u.toString();
  } catch {
    return url;
  }
}
