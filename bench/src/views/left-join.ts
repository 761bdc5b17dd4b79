import { statementTriggers } from "./triggers.js";
import type { BenchView } from "./view.js";

/** A branch is "in credit" when its balance is not negative: the LEFT JOIN's extra condition. */
const inCredit = (b: string) => `${b}.bbalance >= 0`;
const select = (rows: string, s: string) =>
  `SELECT n.aid, b.bid, n.abalance, b.bbalance, n.bid FROM ${rows} n LEFT JOIN ${s}.pgbench_branches b ON b.bid = n.bid AND ${inCredit("b")}`;

/**
 * pgbench accounts ⟕ branches: every account, with its branch's columns while the branch is in
 * credit and NULLs otherwise — the filtered outer join people write to keep every row of the left
 * table (`customers LEFT JOIN orders ON … AND o.status = 'open'`). A plain `ON b.bid = a.bid` would
 * never leave an account unmatched: the foreign key of `-I f` makes every account's branch exist.
 * With the condition on `bbalance`, every fifth branch starts below zero (data.ts), inserted and
 * moved accounts land on either side, and a one-row UPDATE of a branch's balance across zero moves
 * all its accounts between matched and unmatched. Same columns as the inner-join view `join`.
 */
export const leftJoinView: BenchView = {
  key: "leftjoin",
  id: "account_credit_branches",
  title: "left join: accounts ⟕ branches in credit",
  columns: ["aid", "bid", "abalance", "bbalance"],
  concurrent: false,
  branchWrites: true,
  query: (s) =>
    `SELECT a.aid, b.bid, a.abalance, b.bbalance FROM ${s}.pgbench_accounts a LEFT JOIN ${s}.pgbench_branches b ON b.bid = a.bid AND ${inCredit("b")}`,
  handWritten: (s) => {
    const v = `${s}.account_credit_branches`;
    // account_bid: the account's branch, kept also for unmatched rows (whose bid is NULL), so that an
    // UPDATE of a branch finds all of its accounts' rows.
    return `
CREATE TABLE ${v} (aid int PRIMARY KEY, bid int, abalance int NOT NULL, bbalance int, account_bid int NOT NULL);
CREATE INDEX ON ${v} (account_bid);
INSERT INTO ${v} ${select(`${s}.pgbench_accounts`, s)};
${statementTriggers(`${s}.pgbench_accounts`, `${s}.account_credit_branches_on_accounts`, {
  INSERT: `    INSERT INTO ${v} ${select("new_rows", s)};`,
  UPDATE: `    DELETE FROM ${v} v USING (SELECT aid FROM old_rows EXCEPT SELECT aid FROM new_rows) gone WHERE v.aid = gone.aid;
    INSERT INTO ${v} ${select("new_rows", s)}
    ON CONFLICT (aid) DO UPDATE SET bid = excluded.bid, abalance = excluded.abalance, bbalance = excluded.bbalance,
      account_bid = excluded.account_bid;`,
  DELETE: `    DELETE FROM ${v} v USING old_rows o WHERE v.aid = o.aid;`,
})}
-- The foreign key keeps referenced branches from changing bid or going away, and an inserted branch
-- has no accounts yet: only an UPDATE of a branch changes rows, those of its accounts.
${statementTriggers(`${s}.pgbench_branches`, `${s}.account_credit_branches_on_branches`, {
  UPDATE: `    UPDATE ${v} v SET bid = m.bid, bbalance = m.bbalance
    FROM (SELECT n.bid AS account_bid, CASE WHEN ${inCredit("n")} THEN n.bid END AS bid,
                 CASE WHEN ${inCredit("n")} THEN n.bbalance END AS bbalance FROM new_rows n) m
    WHERE v.account_bid = m.account_bid AND (v.bid, v.bbalance) IS DISTINCT FROM (m.bid, m.bbalance);`,
})}`;
  },
};
