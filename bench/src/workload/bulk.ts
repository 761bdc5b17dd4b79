import { balanceOf, branchOf } from "../data.js";
import { record, rotate, rowsLabel, type ScenarioContext, timeWrite } from "./context.js";

/**
 * Multi-row statements of each size: INSERT of new accounts, UPDATE of a contiguous range of
 * existing ones, DELETE of the inserted ones (so the table keeps its size). Each statement runs
 * once per contender, contenders in rotating order, and every contender's view is brought up to
 * date inside the timing (REFRESH for the materialized view).
 */
export async function bulk(ctx: ScenarioContext): Promise<void> {
  const session = ctx.engine.main;
  for (let repeat = 0; repeat < ctx.settings.bulkRepeats; repeat++) {
    for (const size of ctx.settings.bulkSizes) {
      const first = ctx.newAids(size);
      const last = first + size - 1;
      const start = 1 + ctx.random(ctx.shape.accounts - size);
      const rows = rowsLabel(size);
      const ops: [string, (s: string) => string][] = [
        [
          `INSERT ${rows} rows`,
          (s) =>
            `INSERT INTO ${s}.pgbench_accounts SELECT i, ${branchOf("i", ctx.shape)}, ${balanceOf("i")}, '' FROM generate_series(${first}, ${last}) i`,
        ],
        [
          `UPDATE ${rows} rows`,
          (s) =>
            `UPDATE ${s}.pgbench_accounts SET abalance = abalance + 1 WHERE aid BETWEEN ${start} AND ${start + size - 1}`,
        ],
        [`DELETE ${rows} rows`, (s) => `DELETE FROM ${s}.pgbench_accounts WHERE aid BETWEEN ${first} AND ${last}`],
      ];
      for (const [index, [op, sql]] of ops.entries()) {
        for (const contender of rotate(ctx.contenders, repeat + index)) {
          ctx.progress.tick(`${ctx.view.key} · ${op} · ${contender.label}`, 0);
          record(
            ctx,
            "bulk",
            op,
            contender,
            await timeWrite(session, contender, ctx.view, sql(contender.schema), true),
          );
          ctx.progress.tick(`${ctx.view.key} · ${op} · ${contender.label}`);
        }
      }
    }
  }
}

export const bulkUnits = (ctx: Pick<ScenarioContext, "settings" | "contenders">) =>
  ctx.settings.bulkRepeats * ctx.settings.bulkSizes.length * 3 * ctx.contenders.length;

/** A large change: an UPDATE of half of the accounts, timed like a bulk statement. */
export async function large(ctx: ScenarioContext): Promise<void> {
  const session = ctx.engine.main;
  const op = `UPDATE 50% (${rowsLabel(Math.floor(ctx.shape.accounts / 2))} rows)`;
  for (let repeat = 0; repeat < ctx.settings.largeRepeats; repeat++) {
    for (const contender of rotate(ctx.contenders, repeat)) {
      ctx.progress.tick(`${ctx.view.key} · ${op} · ${contender.label}`, 0);
      const sql = `UPDATE ${contender.schema}.pgbench_accounts SET abalance = abalance + 1 WHERE aid % 2 = ${repeat % 2}`;
      record(ctx, "large", op, contender, await timeWrite(session, contender, ctx.view, sql, true));
      ctx.progress.tick(`${ctx.view.key} · ${op} · ${contender.label}`);
    }
  }
}

export const largeUnits = (ctx: Pick<ScenarioContext, "settings" | "contenders">) =>
  ctx.settings.largeRepeats * ctx.contenders.length;
