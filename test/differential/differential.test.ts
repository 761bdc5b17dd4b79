import { afterAll, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { shrink, writeReplay } from "./replay.js";
import { SHAPES } from "./views.js";
import { countStatements, generateRound, runSteps, setUp } from "./workload.js";

/**
 * The proof of exactness: seeded random schemas, views of every supported shape and data-changing
 * statements; after every statement (inside transactions too, and after rollbacks) every IMMV must
 * equal its defining query as a multiset. IMMV_FUZZ_STATEMENTS scales the run, IMMV_FUZZ_SEED
 * replays one.
 */
const STATEMENTS = Number(process.env.IMMV_FUZZ_STATEMENTS ?? 2000);
const ROUND = 250;
const SEED = Number(process.env.IMMV_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const { connect } = await freshDatabase("differential");
let checked = 0;
let mismatches = 0;
const stats = { refused: 0 };
const finalRows: number[] = [];

afterAll(() => {
  const shapes = SHAPES.map((s) => `  - ${s.name} (${s.strategy})`).join("\n");
  console.log(
    `differential: seed ${SEED}; ${SHAPES.length} view shapes, each checked after every one of ${checked} statements ` +
      `(${stats.refused} refused by constraints); ${mismatches} mismatches; ` +
      `views held ${finalRows.length ? `${Math.min(...finalRows)}–${Math.max(...finalRows)}` : "no"} rows at the ends of rounds\n${shapes}`,
  );
});

test(
  `every IMMV equals its query after every statement (seed ${SEED})`,
  async () => {
    for (let round = 0; checked < STATEMENTS; round++) {
      const plan = generateRound(SEED + round, Math.min(ROUND, STATEMENTS - checked));
      // a new session per round: one session that creates thousands of views grows and slows
      const client = await connect();
      await setUp(client, plan);
      const failure = await runSteps(client, plan, plan.steps, stats);
      if (failure) {
        mismatches++;
        const prefix = plan.steps.slice(0, failure.at + 1);
        const minimal = await shrink(client, plan, prefix, failure.mismatch);
        const replay = writeReplay(plan, minimal, failure.mismatch);
        console.error(
          `\nMISMATCH — seed ${plan.seed}, view ${failure.mismatch.view.name} (${failure.mismatch.view.shape})\n${failure.mismatch.view.sql}\nreplay (${replay.path}):\n${replay.text}`,
        );
        expect.fail(
          `view ${failure.mismatch.view.name} differs from its query; seed ${plan.seed}; replay in ${replay.path}`,
        );
      }
      checked += countStatements(plan.steps);
      for (const view of plan.views) {
        finalRows.push((await client.query(`SELECT count(*)::int AS n FROM ${view.name}`)).rows[0].n);
      }
      await client.end();
      if (round % 20 === 19) console.error(`differential: ${checked} statements checked`);
    }
    expect(checked).toBeGreaterThanOrEqual(STATEMENTS);
  },
  Math.max(300_000, STATEMENTS * 200),
);
