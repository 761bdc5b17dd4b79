import type { AnalysisResult } from "../analyze/analyze.js";
import { isBuiltinAggregate } from "../analyze/builtins.js";
import type { Expression, ScalarSubqueryExpression, SubqueryExpression } from "../ir/expression.js";
import { findExpression, replaceExpressions, subexpressions } from "../ir/expression-walk.js";
import type {
  AggregateNode,
  BoundAggregateCall,
  JoinNode,
  ProjectNode,
  RelationalNode,
  SemiJoinNode,
} from "../ir/relational.js";
import type { AggregateCall, Aggregation, ExistsCondition, Occurrence, SpjQuery } from "../ir.js";
import { markColumnsUsed } from "./columns-used.js";
import { isMaintainedAggregate } from "./rules/aggregate-call.js";
import { optionalSide, rejectTooManyBranches } from "./rules/join.js";
import {
  rejectUnmaintainable,
  rejectUnmaintainableParts,
  rejectUnmaintainableScalarSubquery,
} from "./rules/maintainable.js";
import { queryLevel } from "./rules/query-level.js";
import { rejectNestedSubquery, rejectUserAggregateInSubquery } from "./rules/scalar-subquery.js";

/**
 * Decides whether the bound definition can be maintained (plan/rules/) and lowers it to the
 * select-project-join form the maintenance strategies are built on: `SELECT [DISTINCT] outputs
 * FROM occurrences WHERE predicates [AND [NOT] EXISTS …]`, optionally aggregated. Subqueries and
 * CTEs are inlined: their scans join the view's occurrences and their conditions its predicates.
 * Outer joins make it a UNION ALL of such branches (see SpjQuery); the first is the one in which
 * every join found its match.
 */
export function lowerToSelectProjectJoin(analysis: AnalysisResult): SpjQuery[] {
  if (analysis.kind === "failed") {
    rejectUnmaintainableParts(analysis.boundFromItems, analysis.viewAggregateCalls);
    throw analysis.error;
  }
  const bound = analysis.definition;
  rejectUnmaintainable(bound);
  const top = bound.query;
  const distinct = top.kind === "distinct";
  const project = distinct ? top.input : top;
  if (project.kind !== "project") throw new Error(`the planner's rules let a view over a ${project.kind} through`);
  let input = project.input;
  let aggregation: Aggregation | undefined;
  if (input.kind === "aggregate") {
    aggregation = {
      groupKeys: input.groupKeys.map((k) => lowerSubqueries(k.expr)),
      calls: input.calls.map(aggregateCall),
    };
    input = input.input;
  }
  const outputs = project.columns.map((c) => ({ name: c.name, expr: lowerSubqueries(c.expr), type: c.displayType }));
  const branches = flatten(input).map(
    (branch): SpjQuery => ({
      ...branch,
      predicates: branch.predicates.map(lowerSubqueries),
      exists: branch.exists.map((c) => ({ ...c, predicates: c.predicates.map((p) => withoutSubquery(p, c.position)) })),
      outputs,
      distinct,
      ...(aggregation ? { aggregation } : {}),
    }),
  );
  for (const branch of branches) markColumnsUsed(branch);
  return branches;
}

/** One branch of a FROM subtree. */
interface Branch {
  occurrences: Occurrence[];
  nulled: Occurrence[];
  predicates: Expression[];
  exists: ExistsCondition[];
}

/** An outer join multiplies branches: more than this many are refused. */
const MAX_BRANCHES = 8;

/** The branches of a FROM tree (see SpjQuery): scans, conditions and EXISTS terms in the order
 * they are written. */
function flatten(root: RelationalNode): Branch[] {
  switch (root.kind) {
    case "scan":
      return [
        {
          occurrences: [{ alias: root.alias, relation: root.relation, columnsUsed: new Set() }],
          nulled: [],
          predicates: [],
          exists: [],
        },
      ];
    case "filter":
      return flatten(root.input).map((b) => ({
        ...b,
        predicates: [...b.predicates, ...root.predicates.map((p) => p.expr)],
      }));
    case "project":
      // A subquery or CTE: its outputs were bound to what they stand for.
      return flatten(root.input);
    case "semi_join": {
      const condition = existsCondition(root);
      return flatten(root.input).map((b) => ({ ...b, exists: [...b.exists, correlatedIn(condition, b)] }));
    }
    case "join":
      return join(root);
    case "aggregate":
    case "distinct":
    case "distinct_on":
    case "set_operation":
    case "window":
    case "sort":
    case "limit":
      throw new Error(`the planner's rules let a nested ${root.kind} through`);
  }
}

/**
 * `L JOIN R ON c` is every pair of their branches with `c`. An outer join adds, for each branch
 * of the side it preserves, the branch in which the other side found no match: that side's scans
 * nulled and `NOT EXISTS (SELECT FROM <other side> WHERE c)` — which needs the other side to be
 * one branch without EXISTS of its own (plan/rules/join.ts).
 */
function join(node: JoinNode): Branch[] {
  const left = flatten(node.left);
  const right = flatten(node.right);
  const condition = node.condition.map((c) => c.expr);
  const branches: Branch[] = left.flatMap((l) =>
    right.map((r) => ({
      occurrences: [...l.occurrences, ...r.occurrences],
      nulled: [...l.nulled, ...r.nulled],
      predicates: [...l.predicates, ...r.predicates, ...condition],
      exists: [...l.exists, ...r.exists],
    })),
  );
  const unmatched = (preserved: Branch[], other: Branch[]) => {
    const side = optionalSide(node, other);
    return preserved.map((p) => ({
      ...p,
      nulled: [...p.nulled, ...side.occurrences],
      exists: [
        ...p.exists,
        correlatedIn(
          {
            negated: true,
            occurrences: side.occurrences,
            predicates: [...side.predicates, ...condition],
            correlated: [],
            position: node.position,
          },
          p,
        ),
      ],
    }));
  };
  if (node.joinType === "left" || node.joinType === "full") branches.push(...unmatched(left, right));
  if (node.joinType === "right" || node.joinType === "full") branches.push(...unmatched(right, left));
  if (branches.length > MAX_BRANCHES) rejectTooManyBranches(node, MAX_BRANCHES);
  return branches;
}

/** `condition` with the outer occurrences of `branch` it refers to as its correlation, in order. */
function correlatedIn(condition: ExistsCondition, branch: Branch): ExistsCondition {
  const referenced = new Set<string>();
  for (const p of condition.predicates) {
    for (const e of subexpressions(p)) if (e.kind === "column") referenced.add(e.alias);
  }
  const own = new Set(condition.occurrences.map((o) => o.alias));
  return {
    ...condition,
    correlated: branch.occurrences.map((o) => o.alias).filter((a) => referenced.has(a) && !own.has(a)),
  };
}

function aggregateCall(call: BoundAggregateCall): AggregateCall {
  const { name } = call.form;
  if (!isMaintainedAggregate(name)) throw new Error(`the planner's rules let ${name}() through`);
  const arg = call.args[0]?.expr;
  return { fn: name, arg: arg && lowerSubqueries(arg), argType: call.argType };
}

/** `e` with each subquery used as a value lowered to a scalar_subquery (see
 * rejectUnmaintainableScalarSubquery for the shapes maintained). */
function lowerSubqueries(e: Expression): Expression {
  return replaceExpressions(e, (x) => (x.kind === "subquery" ? scalarSubquery(x) : undefined));
}

function scalarSubquery(e: SubqueryExpression): ScalarSubqueryExpression {
  rejectUnmaintainableScalarSubquery(e.node, e.position);
  const level = queryLevel(e.node);
  const project = level.project as ProjectNode;
  const aggregate = level.aggregate as AggregateNode;
  const [branch] = flatten(aggregate.input);
  const calls = aggregate.calls.map((call) => {
    if (!isBuiltinAggregate(call.form.name)) rejectUserAggregateInSubquery(call, e.position);
    return call;
  });
  const value = replaceExpressions(project.columns[0]!.expr, (x) => {
    if (x.kind !== "aggregate_result") return undefined;
    const call = calls[x.index]!;
    return {
      kind: "aggregate_call",
      schema: "pg_catalog",
      name: call.form.name,
      args: call.args.map((a) => a.expr),
      star: call.form.star,
      type: x.type,
    };
  });
  const predicates = branch!.predicates;
  for (const inner of [value, ...predicates]) withoutSubquery(inner, e.position);
  return {
    kind: "scalar_subquery",
    occurrences: branch!.occurrences,
    predicates,
    value,
    correlated: e.correlated,
    position: e.position,
    type: e.type,
  };
}

/** `e`, which may not hold a subquery used as a value (inside another subquery). */
function withoutSubquery(e: Expression, position: number | undefined): Expression {
  const nested = findExpression(e, (x) => x.kind === "subquery");
  if (nested !== undefined) rejectNestedSubquery(nested.kind === "subquery" ? nested.position : position);
  return e;
}

function existsCondition(node: SemiJoinNode): ExistsCondition {
  const [sub] = flatten(node.subquery);
  return {
    negated: node.negated,
    occurrences: sub!.occurrences,
    predicates: sub!.predicates,
    correlated: [...node.correlated],
    position: node.position,
  };
}
