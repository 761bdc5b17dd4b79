import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { type Step, stepText } from "./dml-gen.js";
import { type Failure, replaySteps, setUp, type TraceEntry, type ViewDef, withoutDistinct } from "./oracle.js";
import type { Schema } from "./schema-gen.js";
import { describeSetting, setStatement, type WriterSetting } from "./writer-settings.js";

/**
 * Minimal replays of a failure: delta debugging (ddmin) over the statements up to the failing
 * one, then over the seed rows, re-running each candidate from scratch on its own schema; then
 * a psql script that reproduces it, printed and written to test/differential/failures/.
 */

export interface FailureCase {
  /** Where the run came from, for the header; the seed is the value of `seedVariable` (default IMMV_FUZZ_SEED). */
  origin: { shape: string; seed: number; round: number; roundSeed: number; seedVariable?: string };
  schema: Schema;
  seedRows: string[];
  views: ViewDef[];
  steps: Step[];
  failure: Failure;
  /** IMMV names start with this (per lane), so set-up can drop earlier ones. */
  prefix: string;
  /** The setting the statements ran under (the oracle compares without it). */
  setting?: WriterSetting;
}

async function reproduces(
  client: pg.Client,
  c: FailureCase,
): Promise<{ failure?: Failure; views: ViewDef[]; trace: TraceEntry[] }> {
  let views: ViewDef[];
  try {
    views = await setUp(client, c.schema, c.seedRows, c.views, c.prefix);
  } catch {
    return { views: [], trace: [] };
  }
  const { failure, trace } = await replaySteps(client, views, c.steps, c.failure, c.setting);
  return { ...(failure ? { failure } : {}), views, trace };
}

/** Classic ddmin over complements: removes chunks while `fails` still holds. */
async function ddmin<T>(items: T[], fails: (candidate: T[]) => Promise<boolean>, deadline: number): Promise<T[]> {
  let current = items;
  let n = 2;
  while (current.length >= 2 && Date.now() < deadline) {
    const chunk = Math.ceil(current.length / n);
    let reduced = false;
    for (let start = 0; start < current.length && Date.now() < deadline; start += chunk) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (await fails(candidate)) {
        current = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(current.length, n * 2);
    }
  }
  return current;
}

export interface ShrinkResult {
  case: FailureCase;
  /** The final run of the minimal case: each step with the error it raised. */
  trace: TraceEntry[];
  views: ViewDef[];
  reproduced: boolean;
  original: { steps: number; seedRows: number };
}

/**
 * Shrinks a failure within `budgetMs`. The failing view alone is tried first; if the failure
 * needs the round's other views (it should not), all are kept.
 */
export async function shrink(client: pg.Client, input: FailureCase, budgetMs: number): Promise<ShrinkResult> {
  const deadline = Date.now() + budgetMs;
  const original = { steps: input.steps.length, seedRows: input.seedRows.length };
  let c: FailureCase = input;
  if (input.failure.kind !== "error") {
    const alone: FailureCase = {
      ...input,
      views: input.views.filter((v) => v.name === (input.failure as { view: ViewDef }).view.name),
    };
    if ((await reproduces(client, alone)).failure) c = alone;
  }
  const first = await reproduces(client, c);
  if (!first.failure) {
    return { case: c, trace: first.trace, views: first.views, reproduced: false, original };
  }
  // everything after the failing step is irrelevant
  c = { ...c, steps: c.steps.slice(0, first.failure.at + 1) };
  const fails = async (candidate: FailureCase) => (await reproduces(client, candidate)).failure !== undefined;
  const steps = await ddmin(c.steps, (s) => fails({ ...c, steps: s }), deadline);
  c = { ...c, steps };
  const seedRows = await ddmin(c.seedRows, (r) => fails({ ...c, seedRows: r }), deadline);
  c = { ...c, seedRows };
  // fewer rows may let more statements go
  c = { ...c, steps: await ddmin(c.steps, (s) => fails({ ...c, steps: s }), deadline) };
  const last = await reproduces(client, c);
  if (last.failure) c = { ...c, failure: last.failure, steps: c.steps.slice(0, last.failure.at + 1) };
  return { case: c, trace: last.trace, views: last.views, reproduced: last.failure !== undefined, original };
}

function describeFailure(f: Failure): string {
  if (f.kind !== "error") {
    return [
      f.kind === "mismatch"
        ? `view ${f.view.name} differs from its query after step ${f.at + 1}`
        : `view ${f.view.name} holds rows equal to its query's but not identical (row images, ::text) after step ${f.at + 1}`,
      `missing from the view: ${JSON.stringify(f.missing)}`,
      `extra in the view:     ${JSON.stringify(f.extra)}`,
    ].join("\n");
  }
  return `step ${f.at + 1} raised ${f.error.code ?? "?"}: ${f.error.message}${f.error.where ? `\ncontext: ${f.error.where.replaceAll("\n", " | ")}` : ""}`;
}

const comment = (text: string) =>
  text
    .split("\n")
    .map((l) => `-- ${l}`.trimEnd())
    .join("\n");

/** The psql script. `full` embeds the creation SQL; otherwise it says how to make it. */
export function replayScript(r: ShrinkResult, full: boolean): string {
  const c = r.case;
  const views = r.views.length > 0 ? r.views : c.views;
  const s = c.schema;
  const errors = new Map(r.trace.map((t, i) => [i, t.error]));
  const statements = c.steps.map((step, i) => {
    const e = errors.get(i);
    const note = e ? `-- expect ERROR ${e.code ?? ""}: ${e.message.split("\n")[0]}\n` : "";
    return `${note}${stepText(step)}`;
  });
  const immvSql = views
    .map(
      (v) =>
        `--   PGOPTIONS='-c search_path=${s.name},public' node packages/cli/dist/main.js sql ${v.name} --url "$DATABASE_URL" -q "${v.sql.replaceAll('"', '\\"')}" | psql "$DATABASE_URL"`,
    )
    .join("\n");
  return [
    comment(
      [
        `immv differential failure — shape ${c.origin.shape}`,
        `${c.origin.seedVariable ?? "IMMV_FUZZ_SEED"}=${c.origin.seed}, round ${c.origin.round} (round seed ${c.origin.roundSeed})`,
        ...(c.setting ? [`the statements run under ${describeSetting(c.setting)}; the checks without it`] : []),
        ...views.map((v) => `view ${v.name}: ${v.sql}`),
        describeFailure(c.failure),
        `minimal: ${c.steps.length} of ${r.original.steps} steps, ${c.seedRows.length} of ${r.original.seedRows} seed rows${r.reproduced ? "" : " (NOT reproduced on replay — nondeterministic?)"}`,
        "",
        full
          ? `run it: psql "$DATABASE_URL" -f <this file>`
          : "run sections 1 and 2, then paste section 3 into the same psql session",
      ].join("\n"),
    ),
    "",
    "-- 1. schema and rows",
    `DO $$ BEGIN IF to_regclass('immv.views') IS NOT NULL THEN ${views.map((v) => `CALL immv.drop('${v.name}', true);`).join(" ")} END IF; END $$;`,
    `DROP SCHEMA IF EXISTS ${s.name} CASCADE;`,
    `CREATE SCHEMA ${s.name};`,
    `SET search_path = ${s.name}, public;`,
    s.ddl,
    ...c.seedRows,
    ...(s.postSeedDdl ? [s.postSeedDdl] : []),
    "",
    "-- 2. the view: the creation SQL `immv sql` prints for it",
    immvSql,
    ...(full ? views.map((v) => `BEGIN;\n${v.compiled?.createSql ?? "-- (not compiled)"}\nCOMMIT;`) : []),
    "",
    "-- 3. the statements (errors noted are part of the workload; psql reports them and goes on)",
    `SET search_path = ${s.name}, public;`,
    ...(c.setting ? [`${setStatement(c.setting)};`] : []),
    ...statements,
    "",
    "-- 4. rows that differ between the view and its query (none when exact)",
    ...(c.setting ? [`RESET ${c.setting.name};`] : []),
    ...views.map((v) => `SELECT * FROM immv.check('${v.name}');`),
    ...(c.failure.kind === "image"
      ? [
          "-- immv.check compares by equality; the row images (text forms) show the difference:",
          ...views.map((v) => {
            const all = withoutDistinct(v.sql);
            const stored = `SELECT "view row"::text FROM ${v.name} AS "view row"`;
            const computed = (q: string) => `SELECT "query row"::text FROM (${q}) AS "query row"`;
            return all
              ? `${stored} EXCEPT ${computed(all)};`
              : `SELECT 'missing' AS side, * FROM (${computed(v.sql)} EXCEPT ALL ${stored}) d\nUNION ALL\nSELECT 'extra', * FROM (${stored} EXCEPT ALL ${computed(v.sql)}) d;`;
          }),
        ]
      : []),
    "",
  ].join("\n");
}

/** Writes the full script under test/differential/failures/ and returns its path. */
export function writeReplay(r: ShrinkResult): string {
  const dir = fileURLToPath(new URL("./failures/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const c = r.case;
  const view =
    c.failure.kind === "error" ? "error" : `${c.failure.view.name}${c.failure.kind === "image" ? "-image" : ""}`;
  const path = `${dir}${c.origin.shape}-seed${c.origin.seed}-round${c.origin.round}-${view}.sql`;
  writeFileSync(path, replayScript(r, true));
  return path;
}
