import { SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { type InputTerm, tableOf } from "../plan/program.js";
import { existsChangeTerm } from "./exists-delta.js";
import { type Binding, fromWhere, occurrenceSource } from "./query.js";
import { ident } from "./sql.js";

/**
 * One term of the change of the view's input rows (see InputTerm), as a SELECT of `selectList`
 * plus a sign column. In the term of occurrence `at`, occurrences ordered before it (by base
 * table, then position) are read as they are now, those after it as they were; each row's sign is
 * the product of the signs it was built from.
 */
export function inputTermSql(plan: MaintenancePlan, term: InputTerm, selectList: string[]): string {
  if (term.kind === "exists") return existsChangeTerm(plan, term.branch, term.condition, selectList);
  const occurrences = term.branch.occurrences;
  const order = (i: number) => [plan.baseTables.indexOf(tableOf(plan, occurrences[i]!)), i];
  const at = order(occurrences.indexOf(term.at));
  const before = (i: number) => {
    const [table, position] = order(i);
    return table! < at[0]! || (table === at[0] && position! < at[1]!);
  };
  const bindings = occurrences.map((o, i): Binding => (o === term.at ? "delta" : before(i) ? "post" : "pre"));
  const sources = occurrences.map((o, i) => occurrenceSource(plan, o, bindings[i]!));
  const signs = occurrences
    .filter((_, i) => bindings[i] !== "post")
    .map((o) => `${ident(o.alias)}.${ident(SIGN_COLUMN)}`);
  return `SELECT ${[...selectList, `${signs.join(" * ")} AS ${ident(SIGN_COLUMN)}`].join(",\n       ")}\n${fromWhere(plan, term.branch, sources)}`;
}
