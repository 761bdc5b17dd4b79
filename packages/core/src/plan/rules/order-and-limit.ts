import { ImmvError } from "../../errors.js";
import type { LimitNode, SortNode } from "../../ir/relational.js";

/** A maintained view is a multiset: ORDER BY means nothing to it, and top-k is not maintained yet. */
export function rejectSort(node: SortNode): never {
  throw new ImmvError(
    "unsupported_clause",
    "ORDER BY has no meaning in a maintained view",
    node.position,
    "remove ORDER BY from the definition and order when reading the view",
  );
}

export function rejectLimit(node: LimitNode): never {
  throw new ImmvError(
    "unsupported_clause",
    "LIMIT / OFFSET / FETCH cannot be maintained incrementally yet",
    node.position,
    "remove the limit and apply it when reading the view",
  );
}
