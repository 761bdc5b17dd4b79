import { ImmvError } from "../../errors.js";
import type { Expression } from "../../ir/expression.js";
import type { JoinNode, RelationalNode } from "../../ir/relational.js";
import type { ExistsCondition, Occurrence } from "../../ir.js";

/** The sides of `node` that an outer join NULL-extends when they find no match. */
function optionalSides(node: JoinNode): RelationalNode[] {
  switch (node.joinType) {
    case "left":
      return [node.right];
    case "right":
      return [node.left];
    case "full":
      return [node.left, node.right];
    default:
      return [];
  }
}

/**
 * A NULL-extended side reads NULL in every column, which is what the view shows only when each
 * of its columns is a column of a table: a subquery's `COALESCE(x, 0)` or constant on that side
 * would read 0 or the constant instead of NULL once inlined.
 */
export function rejectComputedNullableColumns(node: JoinNode): void {
  for (const side of optionalSides(node)) {
    const computed = firstComputedOutput(side);
    if (computed === undefined) continue;
    throw new ImmvError(
      "unsupported_join",
      `column "${computed}" of a subquery on the NULL-extended side of this ${node.joinType.toUpperCase()} JOIN is computed, not a table's column; immv cannot yet tell its NULL from the value it computes`,
      node.position,
      "select the table's columns in the subquery and compute the expression in the view's own select list",
    );
  }
}

function firstComputedOutput(node: RelationalNode): string | undefined {
  switch (node.kind) {
    case "scan":
      return undefined;
    case "project":
      // Outputs are bound to what they stand for: a column of a nested subquery that this one
      // selects is computed here too, and one it does not select is never read.
      return node.columns.find((c) => c.expr.kind !== "column")?.name;
    case "join":
      return firstComputedOutput(node.left) ?? firstComputedOutput(node.right);
    case "filter":
    case "semi_join":
      return firstComputedOutput(node.input);
    default:
      return undefined;
  }
}

interface SideBranch {
  occurrences: Occurrence[];
  nulled: Occurrence[];
  predicates: Expression[];
  exists: ExistsCondition[];
}

/**
 * The side of an outer join that may find no match, as the one branch its NOT EXISTS reads: an
 * outer join or an EXISTS inside it would nest one NOT EXISTS in another.
 */
export function optionalSide<T extends SideBranch>(node: JoinNode, branches: T[]): T {
  const [only] = branches;
  if (branches.length === 1 && only && only.nulled.length === 0 && only.exists.length === 0) return only;
  throw new ImmvError(
    "unsupported_join",
    `the NULL-extended side of this ${node.joinType.toUpperCase()} JOIN holds ${branches.length > 1 || only?.nulled.length ? "an outer join" : "an EXISTS"} of its own, which is not supported yet`,
    node.position,
    "join the tables of that side with inner joins, or move its outer join to the outermost level (a LEFT JOIN b LEFT JOIN c)",
  );
}

export function rejectTooManyBranches(node: JoinNode, max: number): never {
  throw new ImmvError(
    "unsupported_join",
    `with this ${node.joinType.toUpperCase()} JOIN the view's outer joins combine into more than ${max} cases of matched and unmatched sides, each maintained on its own`,
    node.position,
    "use fewer outer joins (or split the view into two IMMVs)",
  );
}

/** An EXISTS subquery is one branch: an outer join in it would nest a NOT EXISTS in the EXISTS. */
export function rejectOuterJoinInExists(node: JoinNode): void {
  if (optionalSides(node).length === 0) return;
  throw new ImmvError(
    "unsupported_join",
    `${node.joinType.toUpperCase()} JOIN inside an EXISTS subquery is not supported yet`,
    node.position,
    "use an inner join inside EXISTS (an outer join's preserved side alone decides whether a row exists)",
  );
}
