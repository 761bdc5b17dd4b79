import type pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { Workload } from "./dml-gen.js";
import {
  emptyStats,
  type Failure,
  runWorkload,
  type Stats,
  setting,
  setUp,
  type TraceEntry,
  tearDown,
  usedColumns,
  type ViewDef,
} from "./oracle.js";
import { deriveSeed, Random } from "./random.js";
import { type FailureCase, replayScript, shrink, writeReplay } from "./replay.js";
import { generateSchema } from "./schema-gen.js";
import { SHAPES, type Shape } from "./view-gen.js";
import { describeSetting, type WriterSetting, writerSetting } from "./writer-settings.js";

/**
 * The proof of exactness. For every view shape: rounds of a fresh random schema, several random
 * views of that shape on it, and a random workload of data-changing statements in and out of
 * transactions; after every statement every view must equal its defining query as a multiset.
 *
 *   IMMV_FUZZ_STATEMENTS  statements per shape (default 1200: twenty-two shapes keep `npm test` on a
 *                         2-core machine well under 20 minutes; long runs set more)
 *   IMMV_FUZZ_SEED        the seed (default: random; always printed)
 *   IMMV_FUZZ_SHAPES      comma-separated shape tags to run (default: all)
 *   IMMV_FUZZ_SHRINK_SECONDS  time to spend shrinking a failure (default 120)
 *   IMMV_FUZZ_DEBUG       log steps slower than 300 ms with the views they maintained
 *
 * Two lanes run the rounds of a shape side by side (round r on lane r % 2, each lane with its own
 * schema and view names, each round in a new session), so the suite uses both cores of a CI
 * runner.
 *
 * Each round's statements run under one writer setting (writer-settings.ts), taken in turn, while
 * the checks run as a session that sets nothing.
 */

const STATEMENTS = Number(process.env.IMMV_FUZZ_STATEMENTS ?? 1200);
const SEED = process.env.IMMV_FUZZ_SEED ? Number(process.env.IMMV_FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const ONLY = setting("IMMV_FUZZ_SHAPES")
  ?.split(",")
  .map((s) => s.trim());
const SHRINK_MS = Number(setting("IMMV_FUZZ_SHRINK_SECONDS") ?? 120) * 1000;
/** Statements per round: each round draws a new schema and new views. */
const ROUND = 200;
const LANES = 2;

console.log(`differential: IMMV_FUZZ_SEED=${SEED} IMMV_FUZZ_STATEMENTS=${STATEMENTS} (per shape)`);

const { connect } = await freshDatabase("differential");

/**
 * A new session for every round. A session that maintained many views keeps a stash temp table
 * per view layout, and PostgreSQL truncates every ON COMMIT DELETE ROWS temp table of the session
 * at each commit that touched one; with other per-view session state it makes a session that
 * created hundreds of views slower and slower. Applications do not recompile views in a loop;
 * the suite does, so it starts each round afresh.
 */
async function openSession(): Promise<pg.Client> {
  const c = await connect();
  // Neither durability nor JIT is under test. Commits that do not wait for the disk keep the
  // suite fast; so does jit = off: maintenance statements of views with many occurrences have
  // inflated cost estimates, and JIT compiling them costs seconds per statement.
  await c.query("SET synchronous_commit = off; SET jit = off");
  return c;
}

const results: { shape: Shape; stats: Stats; ms: number; failed: boolean }[] = [];
/** Rounds run under each writer setting, and of them the rounds that failed. */
const settingRounds = new Map<string, { rounds: number; failed: number }>();
const started = Date.now();

afterAll(() => {
  if (results.length === 0) return;
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const num = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `differential summary — IMMV_FUZZ_SEED=${SEED}, ${STATEMENTS} statements per shape, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    `${pad("shape", 5)} ${pad("strategy", 8)} ${num("rounds", 6)} ${num("views", 5)} ${num("stmts", 6)} ${num("refused", 7)} ${num("control", 7)} ${num("checks", 7)} ${num("mism.", 5)} ${num("images", 6)} ${num("rows med/max", 12)} ${num("nonempty", 8)} ${num("secs", 5)}  description`,
  ];
  const total = emptyStats();
  const kinds = new Map<string, { n: number; refused: number }>();
  for (const { shape, stats, ms, failed } of results) {
    const sizes = [...stats.sizes].sort((a, b) => a - b);
    const med = sizes.length > 0 ? sizes[sizes.length >> 1] : 0;
    const max = sizes.length > 0 ? sizes.at(-1) : 0;
    const nonEmpty =
      sizes.length > 0 ? `${Math.round((100 * sizes.filter((n) => n > 0).length) / sizes.length)}%` : "-";
    lines.push(
      `${pad(shape.tag, 5)} ${pad(shape.strategy, 8)} ${num(stats.rounds, 6)} ${num(stats.views, 5)} ${num(stats.statements, 6)} ${num(stats.refused, 7)} ${num(stats.controlSteps, 7)} ${num(stats.checks, 7)} ${num(stats.mismatches, 5)} ${num(stats.imageMismatches, 6)} ${num(`${med}/${max}`, 12)} ${num(nonEmpty, 8)} ${num((ms / 1000).toFixed(0), 5)}  ${shape.name}${failed ? "  ** FAILED **" : ""}`,
    );
    for (const key of [
      "rounds",
      "views",
      "statements",
      "refused",
      "retryable",
      "controlSteps",
      "checks",
      "imageChecks",
      "mismatches",
      "imageMismatches",
    ] as const) {
      total[key] += stats[key];
    }
    for (const [kind, k] of stats.kinds) {
      const agg = kinds.get(kind) ?? { n: 0, refused: 0 };
      agg.n += k.n;
      agg.refused += k.refused;
      kinds.set(kind, agg);
    }
  }
  lines.push(
    `total: ${results.length} shapes, ${total.views} views, ${total.statements} statements (${total.refused} refused by constraints; ${total.retryable} serialization failures or deadlocks between the lanes), ${total.controlSteps} transaction-control steps, ${total.checks} view checks (diffImmv) and ${total.imageChecks} row-image checks, ${total.mismatches} mismatches, ${total.imageMismatches} image mismatches`,
  );
  lines.push(
    `writer settings (rounds/failed): ${[...settingRounds.entries()].map(([name, r]) => `${name} ${r.rounds}/${r.failed}`).join(", ")}`,
  );
  lines.push(
    `statement kinds (run/refused): ${[...kinds.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([kind, k]) => `${kind} ${k.n}/${k.refused}`)
      .join(", ")}`,
  );
  console.log(lines.join("\n"));
});

/** One round on one lane: schema, views, workload. Returns a failure to shrink, if any. */
async function runRound(
  client: pg.Client,
  shape: Shape,
  lane: number,
  round: number,
  statements: number,
  stats: Stats,
  stop: () => boolean,
  images: boolean,
  setting: WriterSetting,
): Promise<FailureCase | string | undefined> {
  const roundSeed = deriveSeed(SEED, shape.tag, round);
  const rng = new Random(roundSeed);
  const prefix = `${shape.tag}${lane}_`;
  const schema = generateSchema(rng, `fz_${shape.tag}${lane}`, shape.needs);
  const defs: ViewDef[] = Array.from({ length: shape.viewsPerRound }, (_, i) => ({
    name: `${prefix}v${i + 1}`,
    sql: shape.define(rng, schema),
  }));
  let views: ViewDef[];
  try {
    views = await setUp(client, schema, schema.seedRows, defs, prefix);
  } catch (error) {
    return `round ${round} (seed ${roundSeed}): creating the views failed: ${(error as Error).message}\n${defs.map((d) => `  ${d.sql}`).join("\n")}\n${schema.ddl}`;
  }
  for (const v of views) {
    if (v.compiled?.descriptor.strategy !== shape.strategy) {
      return `round ${round}: view ${v.sql} compiled as ${v.compiled?.descriptor.strategy}, the shape expects ${shape.strategy}`;
    }
  }
  stats.rounds++;
  stats.views += views.length;
  const workload = new Workload(new Random(deriveSeed(roundSeed, "dml")), schema, usedColumns(views));
  const trace: TraceEntry[] = [];
  const failure: Failure | undefined = await runWorkload(
    client,
    workload,
    views,
    statements,
    stats,
    trace,
    stop,
    images,
    setting,
  );
  const tally = settingRounds.get(describeSetting(setting)) ?? { rounds: 0, failed: 0 };
  tally.rounds++;
  if (failure) tally.failed++;
  settingRounds.set(describeSetting(setting), tally);
  if (!failure) return undefined;
  if (failure.kind === "mismatch") stats.mismatches++;
  if (failure.kind === "image") stats.imageMismatches++;
  return {
    origin: { shape: shape.tag, seed: SEED, round, roundSeed },
    schema,
    seedRows: schema.seedRows,
    views,
    steps: trace.map((t) => t.step),
    failure,
    prefix,
    setting,
  };
}

describe("differential: every IMMV equals its query after every statement", () => {
  for (const shape of SHAPES) {
    const run = !ONLY || ONLY.includes(shape.tag) ? test : test.skip;
    run(
      `${shape.tag}: ${shape.name} (${shape.strategy})`,
      async () => {
        const t0 = Date.now();
        const stats = emptyStats();
        const entry = { shape, stats, ms: 0, failed: false };
        results.push(entry);
        const rounds = Math.ceil(STATEMENTS / ROUND);
        // A wrong row stops the shape. Equal-but-not-identical rows (images) are recorded, and
        // the shape goes on with equality checks only, so it can still find wrong rows.
        let fatal: FailureCase | string | undefined;
        let image: FailureCase | undefined;
        await Promise.all(
          Array.from({ length: LANES }, async (_, lane) => {
            for (let round = lane; round < rounds && !fatal; round += LANES) {
              const count = Math.min(ROUND, STATEMENTS - round * ROUND);
              const client = await openSession();
              const failure = await runRound(
                client,
                shape,
                lane,
                round,
                count,
                stats,
                () => fatal !== undefined,
                // Counted views keep one stored row per equality class (as DISTINCT and GROUP BY
                // do), so their guarantee is equality; keyed views copy base values and must
                // show the very images the query shows (docs/maintenance.md).
                shape.strategy === "keyed" && image === undefined,
                writerSetting(SHAPES.indexOf(shape), round, rounds),
              );
              if (typeof failure === "object" && failure.failure.kind === "image") image ??= failure;
              else if (failure) fatal ??= failure;
              await tearDown(client, `fz_${shape.tag}${lane}`, `${shape.tag}${lane}_`);
              await client.end();
            }
          }),
        );
        entry.ms = Date.now() - t0;
        if (typeof fatal === "string") {
          entry.failed = true;
          expect.fail(fatal);
        }
        const failures = [fatal, image].filter((f): f is FailureCase => f !== undefined);
        const headlines: string[] = [];
        for (const failure of failures) {
          entry.failed = true;
          const client = await openSession();
          const result = await shrink(client, failure, SHRINK_MS);
          const path = writeReplay(result);
          const c = result.case;
          const f = c.failure;
          const headline =
            f.kind === "error"
              ? `a statement raised ${f.error.code}: ${f.error.message}`
              : f.kind === "mismatch"
                ? `view ${f.view.name} differs from its query (${f.missing.length} missing, ${f.extra.length} extra rows)`
                : `view ${f.view.name} holds rows equal to its query's but not identical (${f.missing.length} missing, ${f.extra.length} extra row images)`;
          const under = c.setting ? ` under ${describeSetting(c.setting)}` : "";
          headlines.push(`${headline}; round ${c.origin.round}${under}; replay in ${path}`);
          console.error(
            `\nDIFFERENTIAL FAILURE in shape ${shape.tag} — IMMV_FUZZ_SEED=${SEED} round ${c.origin.round}${under}: ${headline}\nreplay written to ${path}\n\n${replayScript(result, false)}`,
          );
          await tearDown(client, failure.schema.name, failure.prefix);
          await client.end();
        }
        if (headlines.length > 0) expect.fail(`${shape.tag} (IMMV_FUZZ_SEED=${SEED}): ${headlines.join(" | ")}`);
        expect(stats.statements).toBeGreaterThanOrEqual(STATEMENTS);
      },
      Math.max(300_000, STATEMENTS * 150) + SHRINK_MS + 60_000,
    );
  }
});
