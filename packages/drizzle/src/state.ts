import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Kept at the top of the migrations folder, where drizzle-kit (0.31 and 1.0) ignores it. It
 * duplicates what immv.views will hold because generate runs without a database: it is how
 * generate knows what the migrations so far create (see DeployedView in @immv/cli).
 */
export const STATE_FILE = "immv-state.json";

/** What the migrations so far have made of one IMMV. */
export interface ViewState {
  name: string;
  /** Schema of the view applications query. */
  schema: string;
  /** Schema of storage, functions and immv's catalog. */
  storageSchema: string;
  indexes: string[][];
  /** The compiler's hash of what it installs: the creation script (as in immv.views.hash). */
  hash: string;
  compilerVersion: string;
  normalizedDefinition: string;
  strategy: string;
  /** Every base column maintenance reads, with its type: a change to one rebuilds the view. */
  baseColumns: string[];
  /** Triggers that must exist for the view to stay current: maintenance and the storage guard. */
  triggers: { table: string; name: string }[];
  /** The migration that last created or changed it. */
  migration: string;
}

export interface StateFile {
  $comment: string;
  version: 1;
  /** immv's runtime as the migrations install it, per storage schema (absent before runtime 2,
   * when every view's migration carried its own copy). */
  runtime?: { version: number; schemas: string[] };
  views: ViewState[];
}

export function statePath(out: string): string {
  return join(out, STATE_FILE);
}

export function readState(out: string): StateFile {
  const path = statePath(out);
  if (!existsSync(path)) return emptyState();
  const parsed = JSON.parse(readFileSync(path, "utf8")) as StateFile;
  if (parsed.version !== 1 || !Array.isArray(parsed.views)) {
    throw new Error(`${path} is not an immv state file this version understands`);
  }
  return parsed;
}

export function writeState(out: string, views: ViewState[], runtime: StateFile["runtime"]): void {
  mkdirSync(out, { recursive: true });
  const state: StateFile = {
    ...emptyState(),
    ...(runtime ? { runtime } : {}),
    views: [...views].sort((a, b) => a.name.localeCompare(b.name)),
  };
  writeFileSync(statePath(out), `${formatJson(state)}\n`);
}

function emptyState(): StateFile {
  return {
    $comment:
      "Written by immv-drizzle generate: the IMMVs the migrations in this folder create. Commit it; do not edit it.",
    version: 1,
    views: [],
  };
}

export interface ViewChange {
  kind: "new" | "changed" | "removed";
  name: string;
  /** Why a view is rebuilt, for the command's output and the migration's comment. */
  reasons: string[];
  /**
   * A changed view whose base columns or schemas change: it is dropped in a migration before the
   * tables' own, so no ALTER or DROP of a base column meets it, and created after.
   */
  dropFirst: boolean;
  before: ViewState | undefined;
  after: ViewState | undefined;
}

/** What a migration must do to go from the recorded views to the declared ones. */
export function diffViews(before: ViewState[], after: ViewState[]): ViewChange[] {
  const changes: ViewChange[] = [];
  const old = new Map(before.map((v) => [v.name, v]));
  for (const v of after) {
    const prev = old.get(v.name);
    if (!prev) {
      changes.push({ kind: "new", name: v.name, reasons: [], dropFirst: false, before: undefined, after: v });
      continue;
    }
    const reasons = changeReasons(prev, v);
    const dropFirst =
      JSON.stringify(prev.baseColumns) !== JSON.stringify(v.baseColumns) ||
      prev.schema !== v.schema ||
      prev.storageSchema !== v.storageSchema;
    if (reasons.length > 0) changes.push({ kind: "changed", name: v.name, reasons, dropFirst, before: prev, after: v });
  }
  const current = new Set(after.map((v) => v.name));
  for (const v of before) {
    if (!current.has(v.name)) {
      changes.push({ kind: "removed", name: v.name, reasons: [], dropFirst: true, before: v, after: undefined });
    }
  }
  return changes;
}

function changeReasons(prev: ViewState, next: ViewState): string[] {
  const reasons: string[] = [];
  if (prev.normalizedDefinition !== next.normalizedDefinition) reasons.push("definition changed");
  if (prev.compilerVersion !== next.compilerVersion)
    reasons.push(`compiler ${prev.compilerVersion} -> ${next.compilerVersion}`);
  if (JSON.stringify(prev.indexes) !== JSON.stringify(next.indexes)) reasons.push("indexes changed");
  if (prev.schema !== next.schema) reasons.push(`view schema ${prev.schema} -> ${next.schema}`);
  if (prev.storageSchema !== next.storageSchema)
    reasons.push(`storage schema ${prev.storageSchema} -> ${next.storageSchema}`);
  const was = new Set(prev.baseColumns);
  const is = new Set(next.baseColumns);
  const gone = prev.baseColumns.filter((c) => !is.has(c));
  const added = next.baseColumns.filter((c) => !was.has(c));
  if (gone.length > 0 || added.length > 0) {
    reasons.push(`base columns changed (${[...gone.map((c) => `- ${c}`), ...added.map((c) => `+ ${c}`)].join(", ")})`);
  }
  // The same definition compiled to other SQL (a newer immv): its maintenance must reach the database.
  if (reasons.length === 0 && prev.hash !== next.hash) reasons.push("compiled SQL changed");
  return reasons;
}

/** Indented JSON with short arrays and objects of plain values on one line, so diffs stay readable. */
function formatJson(value: unknown, indent = ""): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const entries = Array.isArray(value)
    ? value.map((v) => ["", v] as const)
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => [`${JSON.stringify(k)}: `, v] as const);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  const plain = entries.every(([, v]) => typeof v !== "object" || v === null || Array.isArray(v));
  const oneLine = `${open}${entries.map(([k, v]) => k + formatJson(v, "")).join(", ")}${close}`;
  if (plain && !oneLine.includes("\n") && oneLine.length + indent.length <= 110) return oneLine;
  const inner = `${indent}  `;
  return `${open}\n${entries.map(([k, v]) => inner + k + formatJson(v, inner)).join(",\n")}\n${indent}${close}`;
}
