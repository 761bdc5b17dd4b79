import { ImmvError } from "../../errors.js";
import type { SetOperationNode } from "../../ir/relational.js";

/** UNION / INTERSECT / EXCEPT: not maintained yet. */
export function rejectSetOperation(node: SetOperationNode): never {
  throw new ImmvError(
    "set_operation",
    `${node.operator.toUpperCase()} is not supported yet`,
    node.position,
    "define one view per branch, or wait for set-operation support",
  );
}
