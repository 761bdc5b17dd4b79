/**
 * Names of the `view` blocks in a schema's text. The DMMF lists views among the models without
 * marking them, so the schema text is the only place that tells them apart.
 */
export function viewBlockNames(datamodel: string): Set<string> {
  return new Set(Array.from(datamodel.matchAll(/^[ \t]*view[ \t]+([A-Za-z][A-Za-z0-9_]*)[ \t]*\{/gm), (m) => m[1]!));
}

/** 1-based line of the block declaring `name` (model or view), for messages. */
export function blockLine(datamodel: string, name: string): number | undefined {
  const match = new RegExp(`^[ \\t]*(?:view|model)[ \\t]+${name}[ \\t]*\\{`, "m").exec(datamodel);
  return match ? datamodel.slice(0, match.index).split("\n").length : undefined;
}
