import { additiveUpsert, statementTriggers } from "./triggers.js";
import type { BenchView } from "./view.js";

const withRegion = (rows: string, sign: "" | "-", s: string) =>
  `SELECT r.rid, r.name, ${sign}1 AS n, ${sign}a.abalance AS x FROM ${rows} a JOIN ${s}.pgbench_branches b ON b.bid = a.bid JOIN ${s}.bench_regions r ON r.rid = b.rid`;
const delta = (parts: string[]) =>
  `SELECT rid, name, sum(n)::bigint AS n, sum(x)::bigint AS x FROM (${parts.join(" UNION ALL ")}) c GROUP BY rid, name`;

/** Three-table join with GROUP BY: accounts ⋈ branches ⋈ regions, totals per region. */
export const regionTotalsView: BenchView = {
  key: "join3",
  id: "region_totals",
  title: "join of three tables with GROUP BY",
  columns: ["rid", "name", "accounts", "total"],
  concurrent: false,
  query: (s) =>
    `SELECT r.rid, r.name, count(*) AS accounts, sum(a.abalance) AS total FROM ${s}.pgbench_accounts a JOIN ${s}.pgbench_branches b ON b.bid = a.bid JOIN ${s}.bench_regions r ON r.rid = b.rid GROUP BY r.rid, r.name`,
  handWritten: (s) => {
    const v = `${s}.region_totals`;
    const apply = (parts: string[]) =>
      additiveUpsert({ table: v, keys: ["rid", "name"], delta: delta(parts), avg: false });
    const added = withRegion("new_rows", "", s);
    const removed = withRegion("old_rows", "-", s);
    // Branches and regions change rarely: recompute the whole view then.
    const recompute = `    DELETE FROM ${v};\n    INSERT INTO ${v} ${regionTotalsView.query(s)};`;
    return `
CREATE TABLE ${v} (rid int PRIMARY KEY, name text NOT NULL, accounts bigint NOT NULL, total bigint);
INSERT INTO ${v} ${regionTotalsView.query(s)};
${statementTriggers(`${s}.pgbench_accounts`, `${s}.region_totals_on_accounts`, {
  INSERT: apply([added]),
  UPDATE: apply([removed, added]),
  DELETE: apply([removed]),
})}
${statementTriggers(`${s}.pgbench_branches`, `${s}.region_totals_on_branches`, { UPDATE: recompute, DELETE: recompute })}
${statementTriggers(`${s}.bench_regions`, `${s}.region_totals_on_regions`, { UPDATE: recompute, DELETE: recompute })}`;
  },
};
