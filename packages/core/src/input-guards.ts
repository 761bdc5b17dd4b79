import { ImmvError } from "./errors.js";

/**
 * `compile()` is also called from plain JavaScript (ORM schema files, configs): options of the
 * wrong type get a typed error naming the option, not a TypeError from deep inside the compiler.
 */
export function checkCompileOptions(options: unknown): void {
  const problem = optionsProblem(options);
  if (!problem) checkWellFormed(options as { name: string; query: string });
  if (problem) {
    throw new ImmvError(
      "invalid_options",
      problem,
      undefined,
      "call compile({ name, query, catalog }) with a view name, the defining SELECT as a string, and a Catalog (catalogFromRelations, or introspectCatalog from @immv/cli)",
    );
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A lone UTF-16 surrogate has no UTF-8 form: sent to PostgreSQL it would silently become U+FFFD. */
function checkWellFormed(options: { name: string; query: string }): void {
  for (const key of ["query", "name"] as const) {
    const at = options[key].search(LONE_SURROGATE);
    if (at >= 0) {
      throw new ImmvError(
        "invalid_options",
        `the ${key === "query" ? "definition" : "view name"} is not valid Unicode: a lone UTF-16 surrogate at character ${at + 1}`,
        key === "query" ? at : undefined,
        "pass text that was decoded correctly (UTF-8 files read as UTF-8)",
      );
    }
  }
}

function optionsProblem(options: unknown): string | undefined {
  if (typeof options !== "object" || options === null)
    return `compile() expects an options object, got ${kind(options)}`;
  const o = options as Record<string, unknown>;
  for (const key of ["name", "query"] as const) {
    if (typeof o[key] !== "string") return `option ${key} must be a string, got ${kind(o[key])}`;
  }
  const catalog = o.catalog as { relation?: unknown } | null | undefined;
  if (typeof catalog !== "object" || catalog === null || typeof catalog.relation !== "function") {
    return `option catalog must be a Catalog (an object with a relation() method), got ${kind(o.catalog)}`;
  }
  for (const key of ["schema", "viewSchema"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "string")
      return `option ${key} must be a string, got ${kind(o[key])}`;
  }
  if (o.transaction !== undefined && typeof o.transaction !== "boolean") {
    return `option transaction must be a boolean, got ${kind(o.transaction)}`;
  }
  return undefined;
}

function kind(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object"
    ? "an object"
    : `${typeof value} ${JSON.stringify(value) ?? String(value)}`.slice(0, 60);
}

/**
 * Runs the compiler, turning a JavaScript stack overflow (expressions nested thousands deep: the
 * passes walk the tree recursively) into a typed error. PostgreSQL's own limit is similar: its
 * parser and max_stack_depth refuse such definitions too.
 */
export async function withNestingGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new ImmvError(
        "too_deeply_nested",
        "the definition nests expressions too deeply to be compiled",
        undefined,
        "flatten the expression: e.g. a long chain of a + b + … or nested CASE into fewer levels, or move it into an IMMUTABLE function",
      );
    }
    throw error;
  }
}
