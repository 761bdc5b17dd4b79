import { COUNT_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { argumentColumn, termColumns } from "./aggregate-apply.js";
import { initialState } from "./aggregate-state.js";
import { expressionSql } from "./expression-sql.js";
import { fromWhere, keyOutputList, occurrenceSource, outputList } from "./query.js";
import { ident } from "./sql.js";

/**
 * The query that fills the storage table: visible columns plus hidden identity columns. A view
 * with outer joins reads the UNION ALL of its branches' rows (see SpjQuery), then counts or
 * aggregates them.
 */
export function populateSelect(plan: MaintenancePlan): string {
  const rows = (selectList: string[]) =>
    plan.branches
      .map(
        (b) =>
          `SELECT ${selectList.join(",\n       ")}\n${fromWhere(
            plan,
            b,
            b.occurrences.map((o) => occurrenceSource(plan, o, "post")),
          )}`,
      )
      .join("\nUNION ALL\n");
  const single = plan.branches.length === 1;
  const groupBy = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1)).join(", ");
  if (plan.aggregate) {
    const layout = plan.aggregate;
    const keys = layout.groupColumns.length;
    const over = (expr: string, j: number) => (single ? expr : argumentColumn(j));
    const state = layout.calls.flatMap((c, j) =>
      initialState(c, c.call.arg ? over(expressionSql(c.call.arg), j) : "*"),
    );
    const keyItems = single
      ? plan.query.aggregation!.groupKeys.map((k, i) => `${expressionSql(k)} AS ${ident(layout.groupColumns[i]!.name)}`)
      : layout.groupColumns.map((g) => ident(g.name));
    const items = [...keyItems, `pg_catalog.count(*) AS ${ident(COUNT_COLUMN)}`, ...state].join(",\n       ");
    const grouped = keys > 0 ? `\nGROUP BY ${groupBy(keys)}` : "";
    if (single)
      return `SELECT ${items}\n${fromWhere(
        plan,
        plan.query,
        plan.query.occurrences.map((o) => occurrenceSource(plan, o, "post")),
      )}${grouped}`;
    return `SELECT ${items}\nFROM (\n${rows(termColumns(plan, layout))}\n) AS "__ivm_u"${grouped}`;
  }
  if (plan.strategy === "keyed") return rows([...outputList(plan), ...keyOutputList(plan)]);
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const count = `pg_catalog.count(*) AS ${ident(COUNT_COLUMN)}`;
  if (single) return `${rows([...outputList(plan), count])}\nGROUP BY ${groupBy(visible.length)}`;
  return `SELECT ${[...visible, count].join(", ")}\nFROM (\n${rows(outputList(plan))}\n) AS "__ivm_u"\nGROUP BY ${groupBy(visible.length)}`;
}
