import { ImmvError } from "../../errors.js";
import type { SemiJoinNode } from "../../ir/relational.js";

/** EXISTS is maintained as an AND-term of a WHERE outside any other EXISTS, correlated with the
 * query around it. */
export function rejectNestedExists(node: SemiJoinNode): never {
  throw new ImmvError(
    "subquery_expression",
    "EXISTS inside an EXISTS subquery is not supported",
    node.position,
    "join the inner tables into the outer EXISTS subquery",
  );
}

/** An uncorrelated EXISTS switches every row of the view at once on any change to its tables. */
export function rejectUncorrelatedExists(node: SemiJoinNode): void {
  if (node.correlated.length > 0) return;
  throw new ImmvError(
    "subquery_expression",
    "this EXISTS does not refer to the outer query, so any change to its tables would switch every row of the view at once",
    node.position,
    "correlate it with the outer query (e.g. WHERE o.customer_id = c.id), or test it when reading the view",
  );
}
