import { ImmvError } from "../../errors.js";
import type { WindowNode } from "../../ir/relational.js";

/** Window functions are not maintained yet: the WINDOW clause is reported first, then the first
 * call. */
export function rejectWindowClause(node: WindowNode): never {
  throw new ImmvError(
    "window_function",
    "WINDOW clauses are not supported",
    node.clausePosition,
    "compute window functions when reading the view",
  );
}

export function rejectWindowCall(node: WindowNode): never {
  const call = node.calls[0];
  throw new ImmvError(
    "window_function",
    `window function ${call?.name ?? "call"}() OVER (…) is not supported`,
    call?.position,
    "window functions are planned for a later release; compute them when reading the view",
  );
}
