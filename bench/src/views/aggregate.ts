import { additiveUpsert, statementTriggers } from "./triggers.js";
import type { BenchView } from "./view.js";

const delta = (parts: string[]) =>
  `SELECT bid, sum(n)::bigint AS n, sum(x)::bigint AS x FROM (${parts.join(" UNION ALL ")}) c GROUP BY bid`;
const added = "SELECT bid, 1 AS n, abalance AS x FROM new_rows";
const removed = "SELECT bid, -1 AS n, -abalance AS x FROM old_rows";

/** Per-branch count, sum and avg over one table. */
export const aggregateView: BenchView = {
  key: "aggregate",
  id: "branch_totals",
  title: "aggregate: count/sum/avg per branch",
  columns: ["bid", "accounts", "total", "average"],
  concurrent: true,
  query: (s) =>
    `SELECT bid, count(*) AS accounts, sum(abalance) AS total, avg(abalance) AS average FROM ${s}.pgbench_accounts GROUP BY bid`,
  handWritten: (s) => {
    const v = `${s}.branch_totals`;
    const apply = (parts: string[]) => additiveUpsert({ table: v, keys: ["bid"], delta: delta(parts), avg: true });
    return `
CREATE TABLE ${v} (bid int PRIMARY KEY, accounts bigint NOT NULL, total bigint, average numeric);
INSERT INTO ${v} ${aggregateView.query(s)};
${statementTriggers(`${s}.pgbench_accounts`, `${s}.branch_totals_on_accounts`, {
  INSERT: apply([added]),
  UPDATE: apply([removed, added]),
  DELETE: apply([removed]),
})}`;
  },
};
