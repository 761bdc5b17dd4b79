import { ImmvError } from "../../errors.js";
import type { DistinctNode, DistinctOnNode } from "../../ir/relational.js";

/** DISTINCT is maintained in the outer SELECT of the view only (a counted view); DISTINCT ON not
 * yet. */
export function rejectDistinctOn(node: DistinctOnNode): never {
  throw new ImmvError(
    "unsupported_clause",
    "DISTINCT ON is not supported yet",
    node.position,
    "use DISTINCT, or select the rows and pick one per group when reading",
  );
}

export function rejectNestedDistinct(node: DistinctNode): never {
  throw new ImmvError(
    "unsupported_clause",
    "DISTINCT inside a subquery or CTE is not supported",
    node.position,
    "move DISTINCT to the outer SELECT of the view",
  );
}
