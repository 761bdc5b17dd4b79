import os from "node:os";
import { CONTENDERS, type Contender, inReportOrder, loadBaseline } from "./contenders/index.js";
import { dataShape, loadAccounts, schemaSql } from "./data.js";
import type { Engine, Session } from "./engine/engine.js";
import { pgliteEngine } from "./engine/pglite.js";
import { postgresEngine } from "./engine/postgres.js";
import type { BenchOptions } from "./options.js";
import type { Progress } from "./progress.js";
import { emptyResults, type Results } from "./results.js";
import { settingsFor } from "./settings.js";
import { VIEWS } from "./views/index.js";
import { bulk, bulkUnits, large, largeUnits } from "./workload/bulk.js";
import { record, type ScenarioContext } from "./workload/context.js";
import { rng } from "./workload/rng.js";
import { singleRow, singleRowUnits } from "./workload/single-row.js";
import { verify } from "./workload/verify.js";
import { writers, writerUnits } from "./workload/writers.js";

export interface BenchRun {
  results: Results;
  engine: string;
  /** When the measurements started and ended. */
  started: Date;
  finished: Date;
  /** 1-minute load average when the measurements started. */
  loadAtStart: number;
}

/** Loads the data once per contender, then measures every selected view and scenario. */
export async function runBench(options: BenchOptions, progress: Progress): Promise<BenchRun> {
  // Before anything else: a missing or unbuilt baseline stops the run before the data is loaded.
  const baseline = options.baseline === undefined ? undefined : await loadBaseline(options.baseline);
  if (baseline) progress.log(`baseline: immv at ${baseline.info.commit} in ${baseline.info.checkout}`);
  progress.log(options.url ? "connecting to the PostgreSQL server…" : "starting PGlite with pg_ivm…");
  const engine = options.url ? await postgresEngine(options.url, options.keep) : await pgliteEngine();
  const started = new Date();
  const loadAtStart = os.loadavg()[0]!;
  const results = emptyResults();
  if (baseline) results.baseline = baseline.info;
  try {
    const contenders = inReportOrder(availableContenders(engine, options, results), baseline?.contender);
    const shape = dataShape(options.rows);
    progress.phase("loading data", shape.accounts * contenders.length);
    for (const contender of contenders) {
      await engine.main.exec(schemaSql(contender.schema, shape));
      await loadAccounts(engine.main, contender.schema, shape, (rows) =>
        progress.tick(`${contender.schema}.pgbench_accounts`, rows),
      );
    }
    await engine.main.exec("VACUUM ANALYZE");
    const settings = settingsFor(options.quick, shape.accounts);
    const pool = await writerPool(engine, options, Math.max(...settings.writerCounts));
    if (options.scenarios.includes("writers") && pool.length === 0)
      results.skipped.push(`concurrent writers: ${engine.description} has a single session`);
    const random = rng(options.seed);
    let nextAid = shape.accounts + 1;
    const newAids = (count: number) => {
      nextAid += count;
      return nextAid - count;
    };
    try {
      for (const view of VIEWS.filter((v) => options.views.includes(v.key))) {
        const ctx: ScenarioContext = {
          engine,
          view,
          contenders: [],
          shape,
          settings,
          results,
          progress,
          random,
          newAids,
        };
        progress.phase(`${view.key}: create`, contenders.length);
        for (const contender of contenders) {
          progress.tick(`${view.title} · ${contender.label}`, 0);
          const created = await contender.create(engine.main, view);
          if ("reason" in created)
            results.unavailable.push({ view: view.key, contender: contender.id, reason: created.reason });
          else {
            if (contender.hasRows) record(ctx, "create", "create and populate", contender, created);
            ctx.contenders.push(contender);
          }
          progress.tick(`${view.title} · ${contender.label}`);
        }
        // Statistics for every new table (IMMV storage, pg_ivm's table, …), as autovacuum would
        // gather them a little later: the statements that follow are planned with them.
        await engine.main.exec("ANALYZE");
        await verify(ctx, "create");
        await runScenarios(ctx, options, pool);
        for (const contender of ctx.contenders) await contender.drop(engine.main, view);
      }
    } catch (error) {
      results.failure = (error as Error).message;
    } finally {
      for (const session of pool) await session.close();
    }
    progress.stop();
    return { results, engine: engine.description, started, finished: new Date(), loadAtStart };
  } finally {
    progress.stop();
    await engine.close();
  }
}

async function runScenarios(ctx: ScenarioContext, options: BenchOptions, pool: Session[]): Promise<void> {
  const { progress, view } = ctx;
  // After large changes, as autovacuum would: dead rows and stale statistics must not carry over.
  const cleanUp = () => ctx.engine.main.exec("VACUUM ANALYZE");
  if (options.scenarios.includes("single-row")) {
    progress.phase(`${view.key}: single-row`, singleRowUnits(ctx));
    await singleRow(ctx);
    await verify(ctx, "single-row");
    // A one-row write of a branch rewrites the view rows of all of its accounts: many dead rows.
    if (view.branchWrites) await cleanUp();
  }
  if (options.scenarios.includes("bulk") && ctx.settings.bulkSizes.length > 0) {
    progress.phase(`${view.key}: bulk`, bulkUnits(ctx));
    await bulk(ctx);
    await verify(ctx, "bulk");
    await cleanUp();
  }
  if (options.scenarios.includes("large")) {
    progress.phase(`${view.key}: large change`, largeUnits(ctx));
    await large(ctx);
    await verify(ctx, "large");
    await cleanUp();
  }
  if (options.scenarios.includes("writers") && view.concurrent && pool.length > 0) {
    progress.phase(`${view.key}: concurrent writers`, writerUnits(ctx));
    await writers(ctx, pool);
    await verify(ctx, "writers");
  }
}

/** The selected contenders that can run on this engine; the others are recorded with the reason. */
function availableContenders(engine: Engine, options: BenchOptions, results: Results): Contender[] {
  return CONTENDERS.filter((c) => options.contenders.includes(c.id)).filter((c) => {
    const reason = c.unavailable(engine);
    if (reason) results.unavailable.push({ view: "*", contender: c.id, reason });
    return !reason;
  });
}

/** Sessions for concurrent writers; none on an engine with a single session. */
async function writerPool(engine: Engine, options: BenchOptions, size: number): Promise<Session[]> {
  if (!options.scenarios.includes("writers") || engine.maxSessions < size) return [];
  return Promise.all(Array.from({ length: size }, () => engine.connect()));
}
