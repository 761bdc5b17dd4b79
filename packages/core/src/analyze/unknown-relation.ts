import type { Catalog } from "../catalog.js";
import type { CteMap } from "./select.js";

/**
 * What to suggest for a FROM name that is neither a CTE nor a table. The Catalog can resolve a
 * name but not list its tables, so the candidates are the CTEs in scope and the one mistake that
 * can be checked: a quoted name whose case differs from the (lower-case) table's.
 */
export function unknownRelationHint(schema: string | undefined, name: string, ctes: CteMap, catalog: Catalog): string {
  const suggestions: string[] = [];
  const folded = name.toLowerCase();
  if (folded !== name && catalog.relation(schema, folded)) {
    suggestions.push(`did you mean ${schema ? `${schema}.` : ""}${folded}? (quoted names keep their case)`);
  }
  if (schema === undefined && ctes.size > 0) {
    suggestions.push(`CTEs in scope: ${[...ctes.keys()].join(", ")}`);
  }
  suggestions.push("check the name and schema (unquoted names are lower-cased); create the table before the view");
  return suggestions.join("; ");
}
