import { balanceOf, branchOf } from "../data.js";
import { record, rotate, type ScenarioContext, timeWrite } from "./context.js";

type Statement = (schema: string) => string;

/** The single-row operations, each a list of statements every contender runs in the same order. */
function operations(ctx: ScenarioContext): { op: string; statements: Statement[] }[] {
  const n = ctx.settings.singleRowStatements;
  const { accounts, branches } = ctx.shape;
  const first = ctx.newAids(n);
  const inserted = Array.from({ length: n }, (_, i) => first + i);
  const someAccount = () => 1 + ctx.random(accounts);
  const updates = Array.from({ length: n }, () => [someAccount(), 1 + ctx.random(1000)]);
  const moves = Array.from({ length: n }, () => [someAccount(), 1 + ctx.random(branches)]);
  return [
    {
      op: "INSERT",
      statements: inserted.map(
        (aid) => (s) =>
          `INSERT INTO ${s}.pgbench_accounts VALUES (${aid}, ${branchOf(String(aid), ctx.shape)}, ${balanceOf(String(aid))}, '')`,
      ),
    },
    {
      op: "UPDATE abalance",
      statements: updates.map(
        ([aid, d]) =>
          (s) =>
            `UPDATE ${s}.pgbench_accounts SET abalance = abalance + ${d} WHERE aid = ${aid}`,
      ),
    },
    {
      op: "UPDATE bid (join/group key)",
      statements: moves.map(
        ([aid, bid]) =>
          (s) =>
            `UPDATE ${s}.pgbench_accounts SET bid = ${bid} WHERE aid = ${aid}`,
      ),
    },
    {
      op: "DELETE",
      statements: inserted.map((aid) => (s) => `DELETE FROM ${s}.pgbench_accounts WHERE aid = ${aid}`),
    },
  ];
}

/**
 * Single-row INSERT / UPDATE / DELETE latency. Contenders take turns in chunks (A B A B …) so drift
 * of the machine hits them alike. A REFRESH after every write would take hours at scale: only the
 * first statement of the first few chunks is followed by one and timed with it.
 */
export async function singleRow(ctx: ScenarioContext): Promise<void> {
  const { chunk, refreshSamples } = ctx.settings;
  const session = ctx.engine.main;
  for (const { op, statements } of operations(ctx)) {
    for (let c = 0; c * chunk < statements.length; c++) {
      for (const contender of rotate(ctx.contenders, c)) {
        ctx.progress.tick(`${ctx.view.key} · ${op} · ${contender.label}`, 0);
        for (let i = c * chunk; i < Math.min(statements.length, (c + 1) * chunk); i++) {
          const withRefresh = i === c * chunk && c < refreshSamples;
          const sample = await timeWrite(session, contender, ctx.view, statements[i]!(contender.schema), withRefresh);
          if (!contender.afterWrite || withRefresh) record(ctx, "single-row", op, contender, sample);
        }
        ctx.progress.tick(
          `${ctx.view.key} · ${op} · ${contender.label}`,
          Math.min(chunk, statements.length - c * chunk),
        );
      }
    }
  }
}

export const singleRowUnits = (ctx: Pick<ScenarioContext, "settings" | "contenders">) =>
  4 * ctx.settings.singleRowStatements * ctx.contenders.length;
