import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { CompiledView } from "@immv/core";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createImmv, diffImmv } from "../support/immv.js";
import { isData, type Step, UNCHECKED_KINDS, type Workload } from "./dml-gen.js";
import type { Schema } from "./schema-gen.js";
import { asDefaultSession, setStatement, type WriterSetting } from "./writer-settings.js";

/**
 * The oracle: after every statement — inside open transactions too, on the same connection, and
 * after every ROLLBACK / ROLLBACK TO — every IMMV must equal a fresh run of its defining query as
 * a multiset (diffImmv: no missing and no extra rows). A statement that fails with a constraint
 * error is part of the workload; any other error, and any error raised inside immv's maintenance,
 * is a failure too.
 */

export interface ViewDef {
  name: string;
  sql: string;
  compiled?: CompiledView;
}

/** The definition without its top-level DISTINCT (the generators never nest one), or undefined. */
export function withoutDistinct(sql: string): string | undefined {
  return sql.includes("SELECT DISTINCT ") ? sql.replace("SELECT DISTINCT ", "SELECT ") : undefined;
}

export interface StepError {
  code?: string;
  message: string;
  where?: string;
  schema?: string;
}

export interface TraceEntry {
  step: Step;
  error?: StepError;
}

/**
 * - mismatch: diffImmv found missing or extra rows (multiset, by equality);
 * - image: the rows are equal but not identical: the view shows a value's representation that
 *   the query does not produce (numeric 1.0 where the data now holds only 1.00);
 * - error: a statement or check failed in a way the workload does not expect.
 */
export type Failure =
  | { kind: "mismatch" | "image"; at: number; view: ViewDef; missing: unknown[]; extra: unknown[] }
  | { kind: "error"; at: number; error: StepError; view?: ViewDef };

/** Tallies of one shape's run, for the summary. */
export interface Stats {
  rounds: number;
  views: number;
  statements: number;
  refused: number;
  /** Of those, serialization failures / deadlocks (40001, 40P01). */
  retryable: number;
  controlSteps: number;
  checks: number;
  imageChecks: number;
  mismatches: number;
  imageMismatches: number;
  kinds: Map<string, { n: number; refused: number }>;
  /** View sizes sampled during the runs. */
  sizes: number[];
}

export function emptyStats(): Stats {
  return {
    rounds: 0,
    views: 0,
    statements: 0,
    refused: 0,
    retryable: 0,
    controlSteps: 0,
    checks: 0,
    imageChecks: 0,
    mismatches: 0,
    imageMismatches: 0,
    kinds: new Map(),
    sizes: [],
  };
}

/**
 * A tuning variable of the test run (IMMV_FUZZ_*). They only steer vitest, which turbo does not
 * run, so they are read here rather than declared as turbo task inputs.
 */
export function setting(name: string): string | undefined {
  const env: Record<string, string | undefined> = process.env;
  return env[name];
}

// ---- executing steps ------------------------------------------------------------------------

function toStepError(error: unknown): StepError {
  const e = error as { code?: string; message?: string; where?: string; schema?: string };
  return {
    message: e.message ?? String(error),
    ...(e.code ? { code: e.code } : {}),
    ...(e.where ? { where: e.where } : {}),
    ...(e.schema ? { schema: e.schema } : {}),
  };
}

/** Runs one step; returns the error PostgreSQL raised, if any. */
export async function executeStep(client: pg.Client, step: Step): Promise<StepError | undefined> {
  try {
    if (step.copyRows) {
      const stream = client.query(copyFrom(step.sql));
      await pipeline(Readable.from([`${step.copyRows.join("\n")}\n`]), stream);
    } else {
      await client.query(step.sql);
    }
    return undefined;
  } catch (error) {
    return toStepError(error);
  }
}

/** Raised inside immv's maintenance (its functions, its storage): never expected. */
export function fromImmv(e: StepError): boolean {
  return /\bimmv\./.test(e.where ?? "") || e.schema === "immv" || /immv/i.test(e.message);
}

/**
 * Errors a client expects from this workload: integrity violations (unique, foreign key, not
 * null, check; also a deferred foreign key at COMMIT), cardinality violations (ON CONFLICT or
 * MERGE touching a row twice), and TRUNCATE refused while deferred foreign-key checks are
 * pending (55006) — unless immv's maintenance raised them.
 */
export function isExpectedError(e: StepError, step?: Step): boolean {
  if (isRetryable(e)) return true;
  if (fromImmv(e)) return false;
  if (e.code === "55006" && step?.kind.startsWith("truncate")) return true;
  return (e.code ?? "").startsWith("23") || e.code === "21000";
}

/**
 * Serialization failures and deadlocks: the two lanes of a shape run concurrently, and under
 * REPEATABLE READ / SERIALIZABLE immv's per-view maintenance lock (an UPDATE of its row in
 * immv.views) can fail with 40001 even for transactions that maintain different views. A client
 * rolls back and retries; the oracle only needs the views to be exact afterwards.
 */
export function isRetryable(e: StepError): boolean {
  return e.code === "40001" || e.code === "40P01";
}

/** Transaction status as the steps leave it, so checks are skipped only in an aborted block. */
export class TxTracker {
  inTx = false;
  aborted = false;

  observe(step: Step, error?: StepError): void {
    if (step.kind === "begin") {
      if (!error) this.inTx = true;
    } else if (step.kind === "commit" || step.kind === "rollback") {
      this.inTx = false;
      this.aborted = false;
    } else if (step.kind === "rollback-to") {
      if (!error) this.aborted = false;
    } else if (error && this.inTx) {
      this.aborted = true;
    }
  }

  /** Whether views should be compared after this step. */
  shouldCheck(step: Step): boolean {
    return !UNCHECKED_KINDS.has(step.kind) && !this.aborted;
  }
}

/** The first view that differs from its query (diffImmv: multiset, by equality), if any. */
export async function checkViews(
  client: pg.Client,
  views: ViewDef[],
  stats?: Stats,
): Promise<{ view: ViewDef; missing: unknown[]; extra: unknown[] } | undefined> {
  for (const view of views) {
    const diff = await diffImmv(client, view.name, view.sql);
    if (stats) stats.checks++;
    if (diff.missing.length > 0 || diff.extra.length > 0) return { view, ...diff };
  }
  return undefined;
}

/**
 * Compares row images (each row's text form), which equality cannot see: numeric 1.0 = 1.00,
 * yet a user reading the view sees which one it holds. Without DISTINCT the images must be the
 * same multiset; with DISTINCT, which of several equal rows PostgreSQL keeps is unspecified, so
 * every stored image must be one the data produces now (the query without DISTINCT).
 */
export async function checkImages(
  client: pg.Client,
  views: ViewDef[],
  stats?: Stats,
): Promise<{ view: ViewDef; missing: unknown[]; extra: unknown[] } | undefined> {
  for (const view of views) {
    const all = withoutDistinct(view.sql);
    const v = `"${view.name.replaceAll('"', '""')}"`;
    // whole-row references under aliases no column can be called ("view row", "query row")
    const stored = `SELECT "view row"::text AS r FROM ${v} AS "view row"`;
    const computed = (query: string) => `SELECT "query row"::text AS r FROM (${query}) AS "query row"`;
    const sql = all
      ? `SELECT 'extra' AS side, r FROM (${stored} EXCEPT ${computed(all)}) d`
      : `SELECT 'missing' AS side, r FROM (${computed(view.sql)} EXCEPT ALL ${stored}) d
         UNION ALL
         SELECT 'extra', r FROM (${stored} EXCEPT ALL ${computed(view.sql)}) d`;
    const { rows } = await client.query(sql);
    if (stats) stats.imageChecks++;
    if (rows.length > 0) {
      return {
        view,
        missing: rows.filter((r) => r.side === "missing").map((r) => r.r),
        extra: rows.filter((r) => r.side === "extra").map((r) => r.r),
      };
    }
  }
  return undefined;
}

// ---- rounds ----------------------------------------------------------------------------------

let ddlChain: Promise<unknown> = Promise.resolve();

/** Runs `work` alone among this file's connections: immv's runtime DDL (CREATE OR REPLACE of its
 * shared functions) is not safe to run concurrently. */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const result = ddlChain.then(work, work);
  ddlChain = result.catch(() => {});
  return result;
}

/** Removes every IMMV whose name starts with `prefix`, then the schema with the base tables. */
export async function tearDown(client: pg.Client, schemaName: string, prefix: string): Promise<void> {
  await client.query("ROLLBACK").catch(() => {});
  await exclusive(async () => {
    const { rows } = await client.query("SELECT to_regclass('immv.views') IS NOT NULL AS present");
    if (rows[0].present) {
      const names = await client.query("SELECT name FROM immv.views WHERE left(name, length($1)) = $1", [prefix]);
      for (const v of names.rows) await client.query("CALL immv.drop($1)", [v.name]);
    }
    await client.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE`);
  });
}

/**
 * Creates the schema, its seed rows (errors ignored, as psql would: a shrunk replay may drop a
 * parent row), the user trigger, and the IMMVs. Returns the compiled views.
 */
export async function setUp(
  client: pg.Client,
  schema: Schema,
  seedRows: string[],
  views: ViewDef[],
  prefix: string,
): Promise<ViewDef[]> {
  await tearDown(client, schema.name, prefix);
  return exclusive(async () => {
    await client.query(`CREATE SCHEMA ${schema.name}`);
    await client.query(`SET search_path = ${schema.name}, public`);
    await client.query(schema.ddl);
    for (const row of seedRows) await client.query(row).catch(() => {});
    if (schema.postSeedDdl) await client.query(schema.postSeedDdl);
    const compiled: ViewDef[] = [];
    for (const view of views) {
      compiled.push({ ...view, compiled: await createImmv(client, view.name, view.sql) });
    }
    return compiled;
  });
}

/** Columns of each base table the views read (from immv's descriptors). */
export function usedColumns(views: ViewDef[]): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const v of views) {
    for (const t of v.compiled?.descriptor.baseTables ?? []) {
      const set = used.get(t.name) ?? new Set<string>();
      for (const c of t.columns) set.add(c.name);
      used.set(t.name, set);
    }
  }
  return used;
}

/**
 * Drives the workload until `statements` data-changing statements ran, checking every view after
 * every step that can change what it shows. Stops at the first failure. The steps run under the
 * `writer`'s setting, the checks as in a session that sets nothing.
 */
export async function runWorkload(
  client: pg.Client,
  workload: Workload,
  views: ViewDef[],
  statements: number,
  stats: Stats,
  trace: TraceEntry[],
  shouldStop: () => boolean,
  images: boolean,
  writer?: WriterSetting,
): Promise<Failure | undefined> {
  const asDefault = <T>(work: () => Promise<T>) => asDefaultSession(client, writer, work);
  if (writer) await client.query(setStatement(writer));
  const tx = new TxTracker();
  let data = 0;
  let closing: Step[] | undefined;
  for (;;) {
    if (shouldStop()) return undefined;
    let step: Step | undefined;
    if (data >= statements && !closing) closing = workload.finish();
    if (closing) {
      step = closing.shift();
      if (!step) return undefined;
    } else {
      step = workload.next();
    }
    const t0 = performance.now();
    const error = await executeStep(client, step);
    const t1 = performance.now();
    trace.push({ step, ...(error ? { error } : {}) });
    workload.observe(step, error);
    tx.observe(step, error);
    const at = trace.length - 1;
    if (isData(step)) {
      data++;
      stats.statements++;
      const k = stats.kinds.get(step.kind) ?? { n: 0, refused: 0 };
      k.n++;
      if (error) {
        k.refused++;
        stats.refused++;
      }
      stats.kinds.set(step.kind, k);
    } else {
      stats.controlSteps++;
    }
    if (error && isRetryable(error)) stats.retryable++;
    if (error && !isExpectedError(error, step)) return { kind: "error", at, error };
    if (tx.shouldCheck(step)) {
      const check = async () => {
        const mismatch = await asDefault(() => checkViews(client, views, stats));
        if (mismatch) return { kind: "mismatch" as const, ...mismatch };
        const image = images ? await asDefault(() => checkImages(client, views, stats)) : undefined;
        return image ? { kind: "image" as const, ...image } : undefined;
      };
      let found: Awaited<ReturnType<typeof check>>;
      try {
        found = await check();
      } catch (e) {
        const checkError = toStepError(e);
        if (!isRetryable(checkError) || !tx.inTx) return { kind: "error", at, error: checkError };
        // The check itself hit a serialization failure (SERIALIZABLE reads can): the client
        // gives up on the transaction, and the views must be exact after the ROLLBACK.
        const rollback: Step = { kind: "rollback", sql: "ROLLBACK" };
        await client.query("ROLLBACK");
        trace.push({ step: rollback });
        workload.observe(rollback);
        tx.observe(rollback);
        stats.retryable++;
        found = await check();
      }
      if (found) return { ...found, at: trace.length - 1 };
      if (setting("IMMV_FUZZ_DEBUG") && performance.now() - t0 > 300)
        console.log(
          `SLOW step ${(t1 - t0).toFixed(0)}ms check ${(performance.now() - t1).toFixed(0)}ms: ${step.sql.slice(0, 200)}\n  views: ${views.map((v) => v.sql).join("\n   ")}`,
        );
      if (data % 40 === 0 && isData(step)) {
        for (const v of views) {
          const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${v.name}`);
          stats.sizes.push(rows[0].n);
        }
      }
    }
  }
}

/**
 * Replays recorded steps (errors ignored, as psql does) under the `writer`'s setting and reports
 * whether the failure shows up again: the same view differing from its query, or an error of the
 * same SQLSTATE from immv.
 */
export async function replaySteps(
  client: pg.Client,
  views: ViewDef[],
  steps: Step[],
  target: Failure,
  writer?: WriterSetting,
): Promise<{ failure?: Failure; trace: TraceEntry[] }> {
  const tx = new TxTracker();
  const trace: TraceEntry[] = [];
  if (writer) await client.query(setStatement(writer));
  try {
    for (const step of steps) {
      const error = await executeStep(client, step);
      trace.push({ step, ...(error ? { error } : {}) });
      tx.observe(step, error);
      const at = trace.length - 1;
      if (error && target.kind === "error" && !isExpectedError(error, step) && error.code === target.error.code) {
        if (fromImmv(error) === fromImmv(target.error)) return { failure: { kind: "error", at, error }, trace };
      }
      if (target.kind !== "error" && tx.shouldCheck(step)) {
        const check = target.kind === "mismatch" ? checkViews : checkImages;
        const found = await asDefaultSession(client, writer, () => check(client, views)).catch(() => undefined);
        if (found) return { failure: { kind: target.kind, at, ...found }, trace };
      }
    }
    return { trace };
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    if (writer) await client.query(`RESET ${writer.name}`);
  }
}
