import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import type { Step } from "./dml.js";
import { type Mismatch, type Round, runSteps, seedRowsSql, setUp, stepText } from "./workload.js";

const MAX_SHRINK_ATTEMPTS = 80;

/**
 * Shortens a failing step list while the same view still goes wrong (delta debugging over
 * chunks, halving their size). Bounded, so a failure is reported in seconds, not minutes.
 */
export async function shrink(client: pg.Client, round: Round, steps: Step[], mismatch: Mismatch): Promise<Step[]> {
  const single: Round = { ...round, views: [mismatch.view] };
  const fails = async (candidate: Step[]) => {
    await setUp(client, single);
    return (await runSteps(client, single, candidate)) !== undefined;
  };
  let current = steps;
  let attempts = 0;
  for (
    let chunk = Math.ceil(current.length / 2);
    chunk >= 1 && attempts < MAX_SHRINK_ATTEMPTS;
    chunk = Math.floor(chunk / 2)
  ) {
    for (let start = 0; start < current.length && attempts < MAX_SHRINK_ATTEMPTS; ) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      attempts++;
      if (candidate.length > 0 && (await fails(candidate))) current = candidate;
      else start += chunk;
    }
  }
  return current;
}

/** A psql script that reproduces the failure, written under test/differential/failures/. */
export function writeReplay(round: Round, steps: Step[], mismatch: Mismatch): { path: string; text: string } {
  const view = mismatch.view;
  const text = [
    `-- immv differential failure: seed ${round.seed}, view ${view.name} (${view.shape})`,
    `-- missing from the view: ${JSON.stringify(mismatch.missing)}`,
    `-- extra in the view:     ${JSON.stringify(mismatch.extra)}`,
    round.schema.ddl,
    seedRowsSql(round),
    "-- create the view:",
    `--   immv sql ${view.name} --query "${view.sql.replaceAll('"', '\\"')}" | psql`,
    ...steps.map(stepText),
    `-- after the last statement this returns rows:`,
    `SELECT * FROM (${view.sql}) q EXCEPT ALL SELECT * FROM ${view.name};`,
    "",
  ].join("\n");
  const dir = fileURLToPath(new URL("./failures/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}seed-${round.seed}-${view.name}.sql`;
  writeFileSync(path, text);
  return { path, text };
}
