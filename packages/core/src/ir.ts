import type { Node } from "@pgsql/types";
import type { Relation } from "./catalog.js";

/**
 * The analyzed view in select-project-join normal form: subqueries and CTEs are inlined, so the
 * view is `SELECT [DISTINCT] outputs FROM occurrences WHERE predicates` over base tables only.
 * Expressions are libpg-query AST nodes whose column references all read `"<alias>"."<column>"`
 * of an occurrence.
 */
export interface SpjQuery {
  occurrences: Occurrence[];
  /** Conjunction of join conditions and WHERE terms. */
  predicates: Node[];
  outputs: OutputColumn[];
  distinct: boolean;
}

/** One appearance of a base table in the view; a self-join has two occurrences of one table. */
export interface Occurrence {
  /** Unique within the query; the range alias every expression uses for this occurrence. */
  alias: string;
  relation: Relation;
  /** Columns the view reads from this occurrence (the primary key is added by the planner). */
  columnsUsed: Set<string>;
}

export interface OutputColumn {
  name: string;
  expr: Node;
  /** Catalog type when the output is a plain base column, else undefined. */
  type: string | undefined;
}
