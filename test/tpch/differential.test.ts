import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { describe, expect, test } from "vitest";
import { isData, type Step } from "../differential/dml-gen.js";
import {
  executeStep,
  type Failure,
  isExpectedError,
  setting,
  setUp,
  type TraceEntry,
  TxTracker,
  type ViewDef,
} from "../differential/oracle.js";
import { deriveSeed, Random } from "../differential/random.js";
import { type FailureCase, replayScript, type ShrinkResult, shrink } from "../differential/replay.js";
import type { Schema } from "../differential/schema-gen.js";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";
import { type DataSet, generateData, seedStatements } from "./data.js";
import { compileTpch, tpchQueries } from "./queries.js";
import { tpchDdl } from "./schema.js";
import { TpchWorkload } from "./workload.js";

/**
 * TPC-H in the differential suite: every TPC-H query that compiles (decided at run time, so
 * queries join as immv learns them) is created as an IMMV over a small seeded TPC-H-shaped data
 * set (data.ts), and after every statement of a random workload over all eight tables
 * (workload.ts) every view is compared with a fresh run of its query as a multiset (diffImmv).
 *
 *   IMMV_TPCH_STATEMENTS      data-changing statements (default 500: about 20 s on a 2-core machine)
 *   IMMV_TPCH_SEED            the seed (default: random; always printed)
 *   IMMV_TPCH_SHRINK_SECONDS  time to spend shrinking a failure (default 120)
 *
 * The data set is redrawn (from seeds derived from the seed) until every one of the 22 queries,
 * compiling or not, selects some rows, so a query that starts to compile is tested on data it
 * selects from.
 */

const STATEMENTS = Number(setting("IMMV_TPCH_STATEMENTS") ?? 500);
const SEED = setting("IMMV_TPCH_SEED") ? Number(setting("IMMV_TPCH_SEED")) : Math.floor(Math.random() * 2 ** 31);
const SHRINK_MS = Number(setting("IMMV_TPCH_SHRINK_SECONDS") ?? 120) * 1000;
const DATA_ATTEMPTS = 200;
/** The IMMVs are the queries' names (q01 …), in a database of their own. */
const PREFIX = "q";
const SCHEMA = "tpch";

console.log(`tpch differential: IMMV_TPCH_SEED=${SEED} IMMV_TPCH_STATEMENTS=${STATEMENTS}`);

/** The query on one line without its comment lines (the replay script passes it to the CLI). */
function oneLine(sql: string): string {
  return sql
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

/** The data set as the differential suite's Schema, so its set-up, shrinking and replay apply. */
function schemaOf(data: DataSet): Schema {
  return { name: SCHEMA, tables: [], fks: [], ddl: tpchDdl(), seedRows: seedStatements(data), postSeedDdl: "" };
}

/** Rows of `sql` with some non-null value (an aggregate without GROUP BY over no rows gives one all-null row). */
async function selectedRows(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM (${sql}) q WHERE NOT (q IS NULL)`);
  return rows[0].n;
}

interface QueryStats {
  statements: number;
  checks: number;
  mismatches: number;
  /** Statements after which the view's content differed from before. */
  changes: number;
  /** Checks that found the view selecting rows (see selectedRows). */
  nonEmpty: number;
  maxRows: number;
}

describe("TPC-H differential: every compiling query's IMMV equals its query after every statement", async () => {
  const { client } = await freshDatabase("tpch_diff");
  await client.query("SET synchronous_commit = off; SET jit = off");

  test(
    "random writes to all eight tables",
    async () => {
      const t0 = Date.now();
      const outcomes = await compileTpch();
      const compiling = outcomes.filter((o) => !o.error);
      const refused = outcomes.filter((o) => o.error);

      // The data set: redrawn until every query selects rows.
      let data: DataSet | undefined;
      let schema: Schema | undefined;
      let attempt = 0;
      let empty: string[] = [];
      for (; attempt < DATA_ATTEMPTS; attempt++) {
        const candidate = generateData(new Random(deriveSeed(SEED, "data", attempt)));
        const candidateSchema = schemaOf(candidate);
        await setUp(client, candidateSchema, candidateSchema.seedRows, [], PREFIX);
        empty = [];
        for (const { name, sql } of tpchQueries()) if ((await selectedRows(client, sql)) === 0) empty.push(name);
        if (empty.length === 0) {
          data = candidate;
          schema = candidateSchema;
          break;
        }
      }
      if (!data || !schema) {
        expect.fail(`no data set of ${DATA_ATTEMPTS} selects rows of every query; last empty: ${empty.join(", ")}`);
      }
      const sizes = data.tables.map(([table, rows]) => `${table} ${rows.length}`).join(", ");

      const views: ViewDef[] = [];
      for (const { name, sql } of compiling) {
        const query = oneLine(sql);
        views.push({ name, sql: query, compiled: await createImmv(client, name, query) });
      }
      const stats = new Map<string, QueryStats>(
        views.map((v) => [v.name, { statements: 0, checks: 0, mismatches: 0, changes: 0, nonEmpty: 0, maxRows: 0 }]),
      );
      const fingerprints = new Map<string, string>();
      const emptyNow = new Map<string, boolean>();
      let workload: TpchWorkload | undefined;
      const kinds = new Map<string, { n: number; refused: number }>();

      /** Compares every view with its query; returns the first difference. */
      const checkAll = async (at: number): Promise<Failure | undefined> => {
        let first: Failure | undefined;
        for (const view of views) {
          const s = stats.get(view.name)!;
          const diff = await diffImmv(client, view.name, view.sql);
          s.checks++;
          if (diff.missing.length > 0 || diff.extra.length > 0) {
            s.mismatches++;
            first ??= { kind: "mismatch", at, view, ...diff };
          }
          const { rows } = await client.query(
            `SELECT md5(coalesce(string_agg(v::text, '|' ORDER BY v::text), '')) AS h, count(*) FILTER (WHERE NOT (v IS NULL))::int AS n FROM ${view.name} v`,
          );
          if (fingerprints.has(view.name) && fingerprints.get(view.name) !== rows[0].h) s.changes++;
          fingerprints.set(view.name, rows[0].h);
          if (rows[0].n > 0) s.nonEmpty++;
          emptyNow.set(view.name, rows[0].n === 0);
          s.maxRows = Math.max(s.maxRows, rows[0].n);
        }
        workload?.observeEmpty(views.filter((v) => emptyNow.get(v.name)).map((v) => v.name));
        return first;
      };

      // the views as created (at -1: before any statement)
      let failure: Failure | undefined = await checkAll(-1);
      workload = new TpchWorkload(new Random(deriveSeed(SEED, "dml")), data);
      const tx = new TxTracker();
      const trace: TraceEntry[] = [];
      let statements = 0;
      let refusedStatements = 0;
      /** Transaction control steps (BEGIN, COMMIT, ROLLBACK) by statement. */
      const control = new Map<string, number>();
      let closing: Step[] | undefined;
      while (!failure) {
        if (statements >= STATEMENTS && !closing) closing = workload.finish();
        const step = closing ? closing.shift() : workload.next();
        if (!step) break;
        const error = await executeStep(client, step);
        trace.push({ step, ...(error ? { error } : {}) });
        workload.observe(step, error);
        tx.observe(step, error);
        const at = trace.length - 1;
        if (!isData(step)) {
          control.set(step.sql, (control.get(step.sql) ?? 0) + 1);
        } else {
          statements++;
          for (const s of stats.values()) s.statements++;
          const kind = kinds.get(step.kind) ?? { n: 0, refused: 0 };
          kind.n++;
          if (error) {
            kind.refused++;
            refusedStatements++;
          }
          kinds.set(step.kind, kind);
        }
        if (error && !isExpectedError(error, step)) {
          failure = { kind: "error", at, error };
          break;
        }
        if (tx.shouldCheck(step)) {
          failure = await checkAll(at);
        }
      }
      const seconds = (Date.now() - t0) / 1000;

      const pad = (s: string | number, n: number) => String(s).padEnd(n);
      const num = (s: string | number, n: number) => String(s).padStart(n);
      const lines = [
        `tpch differential summary — IMMV_TPCH_SEED=${SEED}, ${statements} statements (${refusedStatements} refused by constraints), ${trace.length} steps, ${seconds.toFixed(1)} s; data set attempt ${attempt}: ${sizes} rows`,
        `${pad("query", 5)} ${pad("status", 30)} ${num("stmts", 5)} ${num("checks", 6)} ${num("mism.", 5)} ${num("changed", 7)} ${num("nonempty", 8)} ${num("max rows", 8)}`,
      ];
      for (const o of outcomes) {
        const s = stats.get(o.name);
        lines.push(
          s
            ? `${pad(o.name, 5)} ${pad("compiled", 30)} ${num(s.statements, 5)} ${num(s.checks, 6)} ${num(s.mismatches, 5)} ${num(s.changes, 7)} ${num(`${Math.round((100 * s.nonEmpty) / s.checks)}%`, 8)} ${num(s.maxRows, 8)}`
            : `${pad(o.name, 5)} ${pad(`refused (${o.error?.code})`, 30)}`,
        );
      }
      lines.push(
        `${compiling.length} of ${outcomes.length} compile; refused: ${refused.map((o) => `${o.name} (${o.error?.code})`).join(", ")}`,
        `statement kinds (run/refused): ${[...kinds.entries()]
          .sort((a, b) => b[1].n - a[1].n)
          .map(([kind, k]) => `${kind} ${k.n}/${k.refused}`)
          .join(", ")}`,
        `transaction control: ${[...control.entries()].map(([sql, n]) => `${sql} ${n}`).join(", ")}`,
      );
      console.log(lines.join("\n"));

      if (failure) {
        const dataStatements = trace.slice(0, failure.at + 1).filter((t) => isData(t.step)).length;
        const failureCase: FailureCase = {
          origin: {
            shape: "tpch",
            seed: SEED,
            round: 0,
            roundSeed: deriveSeed(SEED, "data", attempt),
            seedVariable: "IMMV_TPCH_SEED",
          },
          schema,
          seedRows: schema.seedRows,
          views,
          steps: trace.map((t) => t.step),
          failure,
          prefix: PREFIX,
        };
        // the whole run when shrinking itself fails
        const unshrunk: ShrinkResult = {
          case: failureCase,
          trace,
          views,
          reproduced: false,
          original: { steps: trace.length, seedRows: schema.seedRows.length },
        };
        const result = await shrink(client, failureCase, SHRINK_MS).catch((error) => {
          console.error(`shrinking failed: ${(error as Error).message}`);
          return unshrunk;
        });
        const dir = fileURLToPath(new URL("./failures/", import.meta.url));
        mkdirSync(dir, { recursive: true });
        const name = failure.kind === "error" ? "error" : failure.view.name;
        const path = `${dir}tpch-seed${SEED}-statement${dataStatements}-${name}.sql`;
        writeFileSync(path, replayScript(result, true));
        const headline =
          failure.kind === "error"
            ? `statement ${dataStatements} (step ${failure.at + 1}) raised ${failure.error.code}: ${failure.error.message}`
            : `${failure.view.name} differs from its query after statement ${dataStatements} (step ${failure.at + 1}): ${failure.missing.length} missing, ${failure.extra.length} extra rows`;
        console.error(
          `\nTPC-H DIFFERENTIAL FAILURE — IMMV_TPCH_SEED=${SEED}: ${headline}\nreplay written to ${path}\n\n${replayScript(result, false)}`,
        );
        expect.fail(`IMMV_TPCH_SEED=${SEED}: ${headline}; replay in ${path}`);
      }
      expect(statements).toBeGreaterThanOrEqual(STATEMENTS);
      for (const [name, s] of stats) expect(s.checks, name).toBeGreaterThan(STATEMENTS / 2);
    },
    Math.max(120_000, STATEMENTS * 400) + SHRINK_MS + 60_000,
  );
});
