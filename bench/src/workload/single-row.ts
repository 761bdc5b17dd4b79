import { balanceOf, branchOf } from "../data.js";
import { record, rotate, type ScenarioContext, timeWrite } from "./context.js";

type Statement = (schema: string) => string;

/** Marks the operations that write `pgbench_branches` (the others write `pgbench_accounts`). */
export const BRANCH_OP = "(branch)";

/**
 * The single-row operations, each a list of statements every contender runs in the same order, in
 * turns of `chunk`.
 */
function operations(ctx: ScenarioContext): { op: string; statements: Statement[]; chunk: number }[] {
  const n = ctx.settings.singleRowStatements;
  const { accounts, branches } = ctx.shape;
  const first = ctx.newAids(n);
  const inserted = Array.from({ length: n }, (_, i) => first + i);
  const someAccount = () => 1 + ctx.random(accounts);
  const updates = Array.from({ length: n }, () => [someAccount(), 1 + ctx.random(1000)]);
  const moves = Array.from({ length: n }, () => [someAccount(), 1 + ctx.random(branches)]);
  const { chunk, branchStatements, branchChunk } = ctx.settings;
  const branchOps = ctx.view.branchWrites ? branchOperations(ctx, branchStatements, branchChunk) : [];
  const accountOps: { op: string; statements: Statement[] }[] = [
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
  return [...accountOps.map((o) => ({ ...o, chunk })), ...branchOps];
}

/**
 * One-row UPDATEs of `pgbench_branches.bbalance` of a random branch: one that keeps the balance on
 * its side of zero and one that moves it across (`bbalance >= 0` is the condition of the LEFT JOIN
 * and IN views). Both change the view rows of all of the branch's accounts in the join views; in
 * the IN view, only the crossing adds or removes them. Stateless, so every contender's copy takes
 * the same path whatever it ran before.
 */
function branchOperations(ctx: ScenarioContext, n: number, chunk: number) {
  const someBranch = () => 1 + ctx.random(ctx.shape.branches);
  const kept = Array.from({ length: n }, () => [someBranch(), 1 + ctx.random(1000)]);
  const crossing = Array.from({ length: n }, () => someBranch());
  return [
    {
      op: `UPDATE bbalance, same sign ${BRANCH_OP}`,
      statements: kept.map(
        ([bid, d]) =>
          (s: string) =>
            `UPDATE ${s}.pgbench_branches SET bbalance = CASE WHEN bbalance >= 0 THEN bbalance + ${d} ELSE bbalance - ${d} END WHERE bid = ${bid}`,
      ),
      chunk,
    },
    {
      op: `UPDATE bbalance across zero ${BRANCH_OP}`,
      statements: crossing.map(
        (bid) => (s: string) => `UPDATE ${s}.pgbench_branches SET bbalance = -1 - bbalance WHERE bid = ${bid}`,
      ),
      chunk,
    },
  ];
}

/**
 * Single-row INSERT / UPDATE / DELETE latency. Contenders take turns in chunks (A B A B …) so drift
 * of the machine hits them alike. A REFRESH after every write would take hours at scale: only the
 * first statement of the first few chunks is followed by one and timed with it.
 */
export async function singleRow(ctx: ScenarioContext): Promise<void> {
  const { refreshSamples } = ctx.settings;
  const session = ctx.engine.main;
  for (const { op, statements, chunk } of operations(ctx)) {
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

export const singleRowUnits = (ctx: Pick<ScenarioContext, "settings" | "contenders" | "view">) =>
  (4 * ctx.settings.singleRowStatements + (ctx.view.branchWrites ? 2 * ctx.settings.branchStatements : 0)) *
  ctx.contenders.length;
