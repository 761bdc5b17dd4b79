import type { Node } from "@pgsql/types";

/** libpg-query wraps every generic node as `{ Tag: body }`; this splits it. */
export function unwrap(node: Node): [tag: string, body: Record<string, unknown>] {
  const [tag, body] = Object.entries(node)[0] as [string, Record<string, unknown>];
  return [tag, body];
}

export function tagOf(node: Node): string {
  return Object.keys(node)[0] as string;
}

/** The `sval` strings of a name list such as ColumnRef.fields or FuncCall.funcname. */
export function names(list: Node[] | undefined): string[] {
  return (list ?? []).map((n) => {
    const [tag, body] = unwrap(n);
    return tag === "String" ? String(body.sval) : "*";
  });
}

export function stringNode(sval: string): Node {
  return { String: { sval } };
}

export function columnRef(table: string, column: string): Node {
  return { ColumnRef: { fields: [stringNode(table), stringNode(column)] } };
}

/** Byte location recorded on a node (libpg-query's `location`), when it has one. */
export function locationOf(node: Node | undefined): number | undefined {
  if (!node) return undefined;
  const [, body] = unwrap(node);
  return typeof body.location === "number" ? body.location : undefined;
}

export function deepClone<T>(value: T): T {
  return structuredClone(value);
}
