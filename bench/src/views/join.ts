import { statementTriggers } from "./triggers.js";
import type { BenchView } from "./view.js";

const select = (rows: string, s: string) =>
  `SELECT n.aid, n.bid, n.abalance, b.bbalance FROM ${rows} n JOIN ${s}.pgbench_branches b ON b.bid = n.bid`;

/**
 * pgbench accounts ⋈ branches: one view row per account. It selects `b.bid`, so the primary keys of
 * both tables are in the select list: pg_ivm indexes its view only then, and is unusably slow without.
 */
export const joinView: BenchView = {
  key: "join",
  id: "account_branches",
  title: "join: accounts ⋈ branches",
  columns: ["aid", "bid", "abalance", "bbalance"],
  concurrent: true,
  branchWrites: true,
  query: (s) =>
    `SELECT a.aid, b.bid, a.abalance, b.bbalance FROM ${s}.pgbench_accounts a JOIN ${s}.pgbench_branches b ON b.bid = a.bid`,
  handWritten: (s) => {
    const v = `${s}.account_branches`;
    return `
CREATE TABLE ${v} (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, bbalance int NOT NULL);
CREATE INDEX ON ${v} (bid);
INSERT INTO ${v} ${select(`${s}.pgbench_accounts`, s)};
${statementTriggers(`${s}.pgbench_accounts`, `${s}.account_branches_on_accounts`, {
  INSERT: `    INSERT INTO ${v} ${select("new_rows", s)};`,
  // EXCEPT, not NOT EXISTS: transition tables have no statistics, and an anti-join planned blind
  // can turn into a nested loop over both (43 s for 10k rows on PGlite).
  UPDATE: `    DELETE FROM ${v} v USING (SELECT aid FROM old_rows EXCEPT SELECT aid FROM new_rows) gone WHERE v.aid = gone.aid;
    INSERT INTO ${v} ${select("new_rows", s)}
    ON CONFLICT (aid) DO UPDATE SET bid = excluded.bid, abalance = excluded.abalance, bbalance = excluded.bbalance;`,
  DELETE: `    DELETE FROM ${v} v USING old_rows o WHERE v.aid = o.aid;`,
})}
-- the foreign key keeps referenced branches from changing bid or going away
${statementTriggers(`${s}.pgbench_branches`, `${s}.account_branches_on_branches`, {
  UPDATE: `    UPDATE ${v} v SET bbalance = n.bbalance FROM new_rows n WHERE v.bid = n.bid AND v.bbalance <> n.bbalance;`,
})}`;
  },
};
