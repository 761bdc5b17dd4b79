import type { Node } from "@pgsql/types";

/** Whether two analyzed expressions are written the same, ignoring where they stand in the text
 * (how PostgreSQL matches select-list expressions to GROUP BY keys). */
export function sameExpression(a: Node, b: Node): boolean {
  return JSON.stringify(a, withoutLocations) === JSON.stringify(b, withoutLocations);
}

function withoutLocations(key: string, value: unknown): unknown {
  return key === "location" ? undefined : value;
}
