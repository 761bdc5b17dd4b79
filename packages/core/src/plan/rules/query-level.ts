import type {
  AggregateNode,
  DistinctNode,
  DistinctOnNode,
  FilterNode,
  LimitNode,
  ProjectNode,
  RelationalNode,
  SemiJoinNode,
  SetOperationNode,
  SortNode,
  WindowNode,
} from "../../ir/relational.js";

/** The operators one SELECT of the definition binds to, top to bottom, and its FROM tree. */
export interface QueryLevel {
  limit?: LimitNode;
  sort?: SortNode;
  distinct?: DistinctNode;
  distinctOn?: DistinctOnNode;
  project?: ProjectNode;
  window?: WindowNode;
  aggregate?: AggregateNode;
  /** In the order they are written. */
  semiJoins: SemiJoinNode[];
  filter?: FilterNode;
  /** A set operation in place of a select list (with ORDER BY / LIMIT above it). */
  setOperation?: SetOperationNode;
  /** The FROM clause: joins, scans and the levels of subqueries and CTEs. */
  from?: RelationalNode;
}

/** Rank of each operator within one SELECT: below a node only higher ranks belong to the same
 * SELECT (semi joins may repeat); anything else starts its FROM clause. */
const RANK: Record<RelationalNode["kind"], number> = {
  limit: 0,
  sort: 1,
  distinct: 2,
  distinct_on: 2,
  set_operation: 3,
  project: 3,
  window: 4,
  aggregate: 5,
  semi_join: 6,
  filter: 7,
  join: 8,
  scan: 8,
};

/** Splits the tree of one SELECT (see analyze/select.ts for the order it binds in). */
export function queryLevel(root: RelationalNode): QueryLevel {
  const level: QueryLevel = { semiJoins: [] };
  let rank = -1;
  let node: RelationalNode | undefined = root;
  while (node !== undefined) {
    const next: number = RANK[node.kind];
    if (next < rank || (next === rank && node.kind !== "semi_join")) {
      level.from = node;
      return level;
    }
    rank = next;
    switch (node.kind) {
      case "limit":
        level.limit = node;
        node = node.input;
        break;
      case "sort":
        level.sort = node;
        node = node.input;
        break;
      case "distinct":
        level.distinct = node;
        node = node.input;
        break;
      case "distinct_on":
        level.distinctOn = node;
        node = node.input;
        break;
      case "project":
        level.project = node;
        node = node.input;
        break;
      case "window":
        level.window = node;
        node = node.input;
        break;
      case "aggregate":
        level.aggregate = node;
        node = node.input;
        break;
      case "semi_join":
        level.semiJoins.unshift(node);
        node = node.input;
        break;
      case "filter":
        level.filter = node;
        node = node.input;
        break;
      case "set_operation":
        level.setOperation = node;
        node = undefined;
        break;
      case "join":
      case "scan":
        level.from = node;
        node = undefined;
        break;
    }
  }
  return level;
}
