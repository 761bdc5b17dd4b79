import { statementTriggers } from "./triggers.js";
import type { BenchView } from "./view.js";

/** Per-branch min and max: deletes that remove an extremum force a recompute of the group. */
export const minMaxView: BenchView = {
  key: "minmax",
  id: "branch_extremes",
  title: "aggregate: min/max per branch",
  columns: ["bid", "lowest", "highest"],
  concurrent: false,
  query: (s) => `SELECT bid, min(abalance) AS lowest, max(abalance) AS highest FROM ${s}.pgbench_accounts GROUP BY bid`,
  handWritten: (s) => {
    const v = `${s}.branch_extremes`;
    const add = `    INSERT INTO ${v} AS v (bid, lowest, highest, accounts)
    SELECT bid, min(abalance), max(abalance), count(*) FROM new_rows GROUP BY bid
    ON CONFLICT (bid) DO UPDATE SET lowest = least(v.lowest, excluded.lowest),
      highest = greatest(v.highest, excluded.highest), accounts = v.accounts + excluded.accounts;`;
    const remove = `    UPDATE ${v} v SET accounts = v.accounts - o.n FROM (SELECT bid, count(*) AS n FROM old_rows GROUP BY bid) o WHERE v.bid = o.bid;`;
    const recompute = `    UPDATE ${v} v SET lowest = r.lowest, highest = r.highest
    FROM (SELECT a.bid, min(a.abalance) AS lowest, max(a.abalance) AS highest FROM ${s}.pgbench_accounts a
          WHERE a.bid IN (SELECT o.bid FROM old_rows o JOIN ${v} m ON m.bid = o.bid WHERE o.abalance <= m.lowest OR o.abalance >= m.highest)
          GROUP BY a.bid) r
    WHERE v.bid = r.bid;
    DELETE FROM ${v} WHERE accounts = 0;`;
    return `
CREATE TABLE ${v} (bid int PRIMARY KEY, lowest int, highest int, accounts bigint NOT NULL);
INSERT INTO ${v} SELECT bid, min(abalance), max(abalance), count(*) FROM ${s}.pgbench_accounts GROUP BY bid;
${statementTriggers(`${s}.pgbench_accounts`, `${s}.branch_extremes_on_accounts`, {
  INSERT: add,
  UPDATE: `${remove}\n${add}\n${recompute}`,
  DELETE: `${remove}\n${recompute}`,
})}`;
  },
};
