import type { Scenario } from "../results.js";
import type { ScenarioContext } from "./context.js";

/**
 * Compares every contender's view with its defining query as a multiset (EXCEPT ALL both ways)
 * and records the rows that differ. REFRESH is refreshed first: it is only meant to be current then.
 */
export async function verify(ctx: ScenarioContext, scenario: Scenario): Promise<void> {
  const session = ctx.engine.main;
  for (const contender of ctx.contenders.filter((c) => c.hasRows)) {
    await contender.afterWrite?.(session, ctx.view);
    const view = `SELECT ${ctx.view.columns.join(", ")} FROM ${contender.schema}.${ctx.view.id}`;
    const query = ctx.view.query(contender.schema);
    const { rows } = await session.query<{ missing: string; extra: string }>(
      `SELECT (SELECT count(*) FROM (${query} EXCEPT ALL ${view}) d) AS missing,
              (SELECT count(*) FROM (${view} EXCEPT ALL ${query}) d) AS extra`,
    );
    ctx.results.verifications.push({
      view: ctx.view.key,
      scenario,
      contender: contender.id,
      missing: Number(rows[0]?.missing),
      extra: Number(rows[0]?.extra),
    });
  }
}
