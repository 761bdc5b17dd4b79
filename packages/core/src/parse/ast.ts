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

/**
 * A copy of `node` in which every node for which `replace` returns a node is replaced by it;
 * nodes it leaves (returns undefined for) are copied with their children visited in turn.
 */
export function replaceNodes(node: Node, replace: (n: Node) => Node | undefined): Node {
  const replaced = replace(node);
  if (replaced !== undefined) return replaced;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== "object") return value;
    const keys = Object.keys(value);
    // A wrapped node has exactly one key starting with an upper-case letter.
    if (keys.length === 1 && /^[A-Z]/.test(keys[0] as string)) return replaceNodes(value as Node, replace);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
  };
  const [tag, body] = unwrap(node);
  return { [tag]: visit(body) } as unknown as Node;
}

/** The first node (in pre-order) for which `test` holds. */
export function findNode(node: Node, test: (n: Node) => boolean): Node | undefined {
  let found: Node | undefined;
  replaceNodes(node, (n) => {
    if (found === undefined && test(n)) found = n;
    return found === undefined ? undefined : n;
  });
  return found;
}
