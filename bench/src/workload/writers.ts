import type { Session } from "../engine/engine.js";
import { rotate, type ScenarioContext } from "./context.js";
import { rng } from "./rng.js";

/**
 * N sessions each running single-row UPDATEs of random accounts for a fixed time, per contender
 * and number of writers, contenders taking turns. REFRESH is left out: its writes are plain writes
 * and its view is stale until the next REFRESH.
 */
export async function writers(ctx: ScenarioContext, pool: Session[]): Promise<void> {
  const contenders = ctx.contenders.filter((c) => !c.afterWrite);
  for (const count of ctx.settings.writerCounts) {
    for (let round = 0; round < ctx.settings.writerRounds; round++) {
      for (const contender of rotate(contenders, round)) {
        ctx.progress.tick(`${ctx.view.key} · ${count} writers · ${contender.label}`, 0);
        const latencies: number[] = [];
        let errors = 0;
        const start = performance.now();
        const deadline = start + ctx.settings.writerSeconds * 1000;
        await Promise.all(
          pool.slice(0, count).map(async (session, w) => {
            const random = rng(ctx.random(2 ** 31) + w);
            while (performance.now() < deadline) {
              const sql = `UPDATE ${contender.schema}.pgbench_accounts SET abalance = abalance + 1 WHERE aid = ${1 + random(ctx.shape.accounts)}`;
              const t = performance.now();
              try {
                await session.exec(sql);
                latencies.push(performance.now() - t);
              } catch {
                errors++;
              }
            }
          }),
        );
        const seconds = (performance.now() - start) / 1000;
        const run = ctx.results.writers.find(
          (r) => r.view === ctx.view.key && r.writers === count && r.contender === contender.id,
        );
        if (run) {
          run.statements += latencies.length;
          run.seconds += seconds;
          run.latencies.push(...latencies);
          run.errors += errors;
        } else
          ctx.results.writers.push({
            view: ctx.view.key,
            writers: count,
            contender: contender.id,
            statements: latencies.length,
            seconds,
            latencies,
            errors,
          });
        ctx.progress.tick(`${ctx.view.key} · ${count} writers · ${contender.label}`);
      }
    }
  }
}

export const writerUnits = (ctx: Pick<ScenarioContext, "settings" | "contenders">) =>
  ctx.settings.writerCounts.length * ctx.settings.writerRounds * ctx.contenders.filter((c) => !c.afterWrite).length;
