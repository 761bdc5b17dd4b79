import { ImmvError } from "../../errors.js";
import type { JoinNode } from "../../ir/relational.js";

/** Inner and cross joins are maintained; outer joins not yet. */
export function rejectOuterJoin(node: JoinNode): void {
  if (node.joinType === "inner" || node.joinType === "cross") return;
  throw new ImmvError(
    "unsupported_join",
    `${node.joinType.toUpperCase()} JOIN is not supported yet; only inner joins are maintained`,
    node.position,
    "use an inner join (JOIN … ON, USING, NATURAL, CROSS JOIN or a comma); outer joins are planned",
  );
}
