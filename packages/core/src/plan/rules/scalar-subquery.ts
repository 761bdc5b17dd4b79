import { ImmvError } from "../../errors.js";
import type { BoundAggregateCall } from "../../ir/relational.js";

/** A subquery inside another (in its value, its WHERE, or inside EXISTS) would need the change
 * of the inner one to reach the outer one's rows. */
export function rejectNestedSubquery(position: number | undefined): never {
  throw new ImmvError(
    "subquery_expression",
    "a subquery used as a value inside another subquery (or inside EXISTS / IN) is not supported yet",
    position,
    "join the inner subquery's tables into the outer one, or compute it in a view of its own",
  );
}

/** Only built-in aggregates are known to be IMMUTABLE and to live in pg_catalog. */
export function rejectUserAggregateInSubquery(call: BoundAggregateCall, position: number | undefined): never {
  throw new ImmvError(
    "aggregate",
    `aggregate ${call.form.name}() is not a built-in aggregate; a subquery used as a value may use built-in ones only`,
    position,
    "use a built-in aggregate (count, sum, avg, min, max, …)",
  );
}
