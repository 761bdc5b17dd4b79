import { statementTriggers } from "./triggers.js";
import type { BenchView } from "./view.js";

const inCredit = (s: string) => `SELECT b.bid FROM ${s}.pgbench_branches b WHERE b.bbalance >= 0`;
const select = (rows: string, s: string, columns = "n.aid, n.bid, n.abalance") =>
  `SELECT ${columns} FROM ${rows} n WHERE n.bid IN (${inCredit(s)})`;

/**
 * The accounts of the branches in credit, as a semi join: `IN (SELECT …)` over the other table.
 * Every fifth branch starts below zero (data.ts); inserted and moved accounts land in or out of the
 * view, and a one-row UPDATE of a branch's balance across zero adds or removes all of its accounts
 * (an UPDATE that keeps the balance on its side of zero changes nothing in the view).
 */
export const inSubqueryView: BenchView = {
  key: "insub",
  id: "credit_accounts",
  title: "semi join: accounts IN (branches in credit)",
  columns: ["aid", "bid", "abalance"],
  concurrent: false,
  branchWrites: true,
  query: (s) =>
    `SELECT a.aid, a.bid, a.abalance FROM ${s}.pgbench_accounts a WHERE a.bid IN (SELECT b.bid FROM ${s}.pgbench_branches b WHERE b.bbalance >= 0)`,
  handWritten: (s) => {
    const v = `${s}.credit_accounts`;
    // A branch whose balance crossed zero in the statement, in the direction `entered` (or left).
    // The foreign key keeps referenced branches from changing bid, so old and new rows pair by bid;
    // an inserted branch has no accounts yet and a referenced one cannot be deleted.
    const crossed = (entered: boolean) =>
      `SELECT n.bid FROM new_rows n JOIN old_rows o ON o.bid = n.bid WHERE ${entered ? "n.bbalance >= 0 AND o.bbalance < 0" : "n.bbalance < 0 AND o.bbalance >= 0"}`;
    return `
CREATE TABLE ${v} (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL);
CREATE INDEX ON ${v} (bid);
INSERT INTO ${v} ${select(`${s}.pgbench_accounts`, s)};
${statementTriggers(`${s}.pgbench_accounts`, `${s}.credit_accounts_on_accounts`, {
  INSERT: `    INSERT INTO ${v} ${select("new_rows", s)};`,
  UPDATE: `    DELETE FROM ${v} v USING (SELECT aid FROM old_rows EXCEPT ${select("new_rows", s, "n.aid")}) gone WHERE v.aid = gone.aid;
    INSERT INTO ${v} ${select("new_rows", s)}
    ON CONFLICT (aid) DO UPDATE SET bid = excluded.bid, abalance = excluded.abalance;`,
  DELETE: `    DELETE FROM ${v} v USING old_rows o WHERE v.aid = o.aid;`,
})}
${statementTriggers(`${s}.pgbench_branches`, `${s}.credit_accounts_on_branches`, {
  UPDATE: `    DELETE FROM ${v} v USING (${crossed(false)}) gone WHERE v.bid = gone.bid;
    INSERT INTO ${v} SELECT a.aid, a.bid, a.abalance FROM ${s}.pgbench_accounts a JOIN (${crossed(true)}) came ON a.bid = came.bid;`,
})}`;
  },
};
