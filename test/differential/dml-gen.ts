import { isSettingType, SETTING_TYPES } from "./column-types.js";
import type { Random } from "./random.js";
import {
  type Column,
  copyValue,
  domain,
  literal,
  pgType,
  q,
  randomValue,
  type Schema,
  type Table,
  table as tableOf,
} from "./schema-gen.js";
import { isTemporal, temporalBump, temporalSeries, temporalSetExpression } from "./temporal-gen.js";

/**
 * The workload: data-changing statements of every kind a client sends, and the transaction
 * control around them (BEGIN, SAVEPOINT, RELEASE, ROLLBACK TO, COMMIT, ROLLBACK; recovery after a
 * failed statement as a client would do it). It is a state machine driven by the PRNG and by the
 * outcome of each step, so one seed replays one run.
 */

/** One step as sent to the server. COPY steps carry their data lines. */
export interface Step {
  kind: string;
  sql: string;
  copyRows?: string[];
}

export const CONTROL_KINDS = new Set([
  "begin",
  "savepoint",
  "release",
  "rollback-to",
  "commit",
  "rollback",
  "autosave",
]);

/** Control steps that cannot change what a view shows, so the oracle need not look after them. */
export const UNCHECKED_KINDS = new Set(["begin", "savepoint", "autosave"]);

export function isData(step: Step): boolean {
  return !CONTROL_KINDS.has(step.kind);
}

/** A step as psql input (COPY data inline, terminated by \.). */
export function stepText(step: Step): string {
  if (step.copyRows) return `${step.sql};\n${step.copyRows.join("\n")}\n\\.`;
  return `${step.sql};`;
}

const BULK_ROWS = 300; // above immv's 256-row threshold for EXECUTE-planned maintenance

export class Workload {
  private inTx = false;
  private aborted = false;
  private savepoints: string[] = [];
  private autosave = false;
  private txLeft = 0;
  private spCounter = 0;
  private queue: Step[] = [];
  private pendingData?: Step;
  private readonly weightOf: Map<string, number>;

  constructor(
    private readonly rng: Random,
    private readonly schema: Schema,
    /** Columns each base table's views read (immv's plan: used columns plus the primary key). */
    private readonly used: Map<string, Set<string>>,
  ) {
    this.weightOf = new Map(schema.tables.map((t) => [t.name, used.has(t.name) ? 3 : 1]));
  }

  // ---- transaction state machine -------------------------------------------------------------

  /** The next step to send. */
  next(): Step {
    const queued = this.queue.shift();
    if (queued) return queued;
    const rng = this.rng;
    if (this.inTx && this.aborted) {
      // a failed statement aborted the transaction: back to a savepoint, or give up on it
      if (this.savepoints.length > 0 && rng.chance(0.75)) {
        return { kind: "rollback-to", sql: `ROLLBACK TO SAVEPOINT ${rng.pick(this.savepoints)}` };
      }
      return { kind: "rollback", sql: "ROLLBACK" };
    }
    if (!this.inTx) {
      if (rng.chance(0.22)) {
        this.txLeft = rng.int(1, 8);
        this.autosave = rng.chance(0.25);
        return {
          kind: "begin",
          sql: rng.weighted([
            ["BEGIN", 8],
            ["START TRANSACTION", 1],
            ["BEGIN ISOLATION LEVEL REPEATABLE READ", 1],
            ["BEGIN ISOLATION LEVEL SERIALIZABLE", 1],
          ] as const),
        };
      }
      return this.data();
    }
    if (this.txLeft <= 0) {
      return rng.chance(0.75)
        ? { kind: "commit", sql: rng.pick(["COMMIT", "END"]) }
        : { kind: "rollback", sql: "ROLLBACK" };
    }
    const r = rng.next();
    if (r < 0.14 && this.savepoints.length < 3) {
      return { kind: "savepoint", sql: `SAVEPOINT s${++this.spCounter}` };
    }
    if (r < 0.22 && this.savepoints.length > 0) {
      return { kind: "rollback-to", sql: `ROLLBACK TO SAVEPOINT ${rng.pick(this.savepoints)}` };
    }
    if (r < 0.27 && this.savepoints.length > 0) {
      return { kind: "release", sql: `RELEASE SAVEPOINT ${rng.pick(this.savepoints)}` };
    }
    this.txLeft--;
    const step = this.data();
    if (this.autosave && !step.kind.startsWith("bulk")) {
      // psql's ON_ERROR_ROLLBACK / JDBC autosave: a savepoint around every statement
      this.queue.push(step);
      this.pendingData = step;
      return { kind: "autosave", sql: "SAVEPOINT autosave" };
    }
    return step;
  }

  /** Tells the workload how a step went, so the next steps are what a client would send. */
  observe(step: Step, error?: { code?: string }): void {
    const failed = error !== undefined;
    switch (step.kind) {
      case "begin":
        if (!failed) this.inTx = true;
        this.savepoints = [];
        this.aborted = false;
        return;
      case "commit":
      case "rollback":
        this.inTx = false;
        this.aborted = false;
        this.savepoints = [];
        this.queue = [];
        return;
      case "savepoint":
        if (!failed) this.savepoints.push(step.sql.split(" ").at(-1)!);
        return;
      case "autosave":
        return;
      case "release": {
        const at = this.savepoints.indexOf(step.sql.split(" ").at(-1)!);
        if (!failed && at >= 0) this.savepoints = this.savepoints.slice(0, at);
        return;
      }
      case "rollback-to": {
        const name = step.sql.split(" ").at(-1)!;
        const at = this.savepoints.indexOf(name);
        if (!failed) {
          if (at >= 0) this.savepoints = this.savepoints.slice(0, at + 1);
          this.aborted = false;
        }
        return;
      }
      default:
        if (step === this.pendingData) {
          this.pendingData = undefined;
          this.queue.unshift(
            failed
              ? { kind: "rollback-to", sql: "ROLLBACK TO SAVEPOINT autosave" }
              : { kind: "release", sql: "RELEASE SAVEPOINT autosave" },
          );
          return;
        }
        if (failed && this.inTx) {
          this.aborted = true;
          // the rest of a bulk episode would fail in the aborted transaction
          this.queue = this.queue.filter((s) => !s.kind.startsWith("bulk"));
        }
    }
  }

  /** Steps that close an open transaction at the end of a run. */
  finish(): Step[] {
    return this.inTx ? [{ kind: "commit", sql: "COMMIT" }] : [];
  }

  // ---- data-changing statements --------------------------------------------------------------

  private pickTable(filter: (t: Table) => boolean = () => true): Table | undefined {
    const tables = this.schema.tables.filter(filter);
    if (tables.length === 0) return undefined;
    return this.rng.weighted(tables.map((t) => [t, this.weightOf.get(t.name) ?? 1] as const));
  }

  private data(): Step {
    const rng = this.rng;
    const s = this.schema;
    const hasPk = s.tables.some((t) => t.pk.length > 0);
    const keyless = s.tables.some((t) => t.pk.length === 0);
    const updatableParent = s.fks.some((f) => f.onUpdate !== "NO ACTION");
    for (;;) {
      const kind = rng.weighted([
        ["insert", 12],
        ["insert-multi", 9],
        ["insert-select", 3],
        ["insert-dup", keyless ? 3 : 0],
        ["update", 14],
        ["update-from", 2],
        ["delete", 7],
        ["delete-using", 2],
        ["upsert", hasPk ? 6 : 0],
        ["merge", 5],
        ["wcte", 6],
        ["delete-parent", s.fks.length > 0 ? 2 : 0],
        ["update-parent-key", updatableParent ? 2 : 0],
        ["trigger", s.trigger ? 4 : 0],
        ["truncate", 0.8],
        ["copy", 3],
        ["bulk", 0.6],
        ["discard", 0.2],
      ] as const);
      const step = this.generate(kind);
      if (step) return step;
    }
  }

  private generate(kind: string): Step | undefined {
    const rng = this.rng;
    const s = this.schema;
    switch (kind) {
      case "insert":
      case "insert-multi": {
        const t = this.pickTable()!;
        const sql = this.insertValues(t, kind === "insert" ? 1 : rng.int(2, 4));
        // a multi-row insert into a nearly full keyed table would almost always fail on one row
        if (kind === "insert-multi" && t.pk.length > 0 && rng.chance(0.5)) {
          return { kind: "upsert-nothing", sql: `${sql} ON CONFLICT DO NOTHING` };
        }
        return { kind, sql };
      }
      case "insert-select":
        return { kind, sql: this.insertSelect() };
      case "insert-dup": {
        const t = this.pickTable((x) => x.pk.length === 0)!;
        return { kind, sql: `INSERT INTO ${t.name} SELECT * FROM ${t.name} WHERE ${this.where(t, undefined, true)}` };
      }
      case "update":
        return this.update(this.pickTable()!);
      case "update-from": {
        const t = this.pickTable()!;
        const other = this.pickTable((x) => x !== t) ?? t;
        const col = rng.pick(this.settable(t));
        const src = other.columns.find((c) => c.name === col.name && c.type === col.type);
        const value = src ? `src.${q(src.name)}` : this.setExpr(t, col, "dst");
        return {
          kind,
          sql: `UPDATE ${t.name} AS dst SET ${q(col.name)} = ${value} FROM ${other.name} AS src WHERE dst.k = src.k AND ${this.where(other, "src")}`,
        };
      }
      case "delete": {
        const t = this.pickTable()!;
        if (rng.chance(0.02)) return { kind: "delete-all", sql: `DELETE FROM ${t.name}` };
        // keyless tables get broad deletes: inserts there never fail, so they would grow
        return { kind, sql: `DELETE FROM ${t.name} WHERE ${this.where(t, undefined, t.pk.length > 0)}` };
      }
      case "delete-using": {
        const t = this.pickTable()!;
        const other = this.pickTable((x) => x !== t) ?? t;
        return {
          kind,
          sql: `DELETE FROM ${t.name} AS dst USING ${other.name} AS src WHERE dst.k = src.k AND ${this.where(other, "src", true)} AND ${this.where(t, "dst", true)}`,
        };
      }
      case "upsert":
        return this.upsert(this.pickTable((t) => t.pk.length > 0)!);
      case "merge":
        return this.merge(this.pickTable()!);
      case "wcte":
        return this.writableCte();
      case "delete-parent": {
        const parent = tableOf(s, rng.pick(s.fks).references);
        return { kind, sql: `DELETE FROM ${parent.name} WHERE ${this.where(parent, undefined, true)}` };
      }
      case "update-parent-key": {
        const fk = rng.pick(s.fks.filter((f) => f.onUpdate !== "NO ACTION"));
        const parent = fk.references;
        return {
          kind,
          sql: rng.pick([
            `UPDATE ${parent} SET id = id + 10 WHERE id = ${rng.int(0, 9)}`,
            `UPDATE ${parent} SET id = id - 10 WHERE id >= 10 AND id < 1000`,
            `UPDATE ${parent} SET id = (id + ${rng.int(1, 9)}) % 10 WHERE ${this.where(tableOf(s, parent))}`,
          ]),
        };
      }
      case "trigger": {
        const t = tableOf(s, s.trigger!.on);
        const which = rng.int(0, 2);
        const step =
          which === 0
            ? { kind, sql: this.insertValues(t, rng.int(1, 3)) }
            : which === 1
              ? this.update(t)
              : { kind, sql: `DELETE FROM ${t.name} WHERE ${this.where(t, undefined, true)}` };
        return { ...step, kind };
      }
      case "truncate":
        return this.truncate();
      case "copy":
        return this.copy(this.pickTable()!);
      case "bulk":
        return this.bulk();
      case "discard":
        // drops the session's temp tables, immv's batch stash tables among them
        return this.inTx ? undefined : { kind, sql: "DISCARD TEMP" };
    }
    throw new Error(`unknown statement kind ${kind}`);
  }

  // ---- pieces --------------------------------------------------------------------------------

  private value(c: Column, cast = false): string {
    return literal(randomValue(this.rng, c), c.type, cast);
  }

  /** Columns to write in an INSERT: all, or the required ones plus a random subset. */
  private insertColumns(t: Table): Column[] {
    if (this.rng.chance(0.6)) return t.columns;
    return t.columns.filter((c) => c.role === "pk" || !c.nullable || c.name === "k" || this.rng.chance(0.5));
  }

  private insertValues(t: Table, rows: number): string {
    const cols = this.insertColumns(t);
    const values = Array.from({ length: rows }, () => `(${cols.map((c) => this.value(c)).join(", ")})`);
    return `INSERT INTO ${t.name} (${cols.map((c) => q(c.name)).join(", ")}) VALUES ${values.join(", ")}`;
  }

  /** A WHERE condition on one table. `narrow` (for deletes) selects about a sixth of the rows,
   * broad ones (for updates) about a third, so tables neither drain nor overflow. */
  where(t: Table, alias?: string, narrow = false): string {
    const rng = this.rng;
    const atom = () => {
      const c = rng.pick(t.columns);
      const r = alias ? `${alias}.${q(c.name)}` : q(c.name);
      const v = () => literal(rng.pick(domain(c)), c.type);
      return rng.weighted([
        [`${r} = ${v()}`, 3],
        [`${r} IN (${v()}, ${v()})`, narrow ? 0.5 : 2],
        [`${r} IS NULL`, 0.5],
        [`${r} > ${v()}`, narrow ? 0 : 1],
        [`${r} <> ${v()}`, narrow ? 0 : 0.5],
      ] as const);
    };
    return rng.weighted([
      [atom, 6],
      [() => `${atom()} AND ${atom()}`, narrow ? 1 : 1],
      [() => `(${atom()} OR ${atom()})`, narrow ? 0.3 : 2],
    ] as const)();
  }

  /** Columns an UPDATE may set (any, keys included). */
  private settable(t: Table): Column[] {
    return t.columns;
  }

  /** A new value for a column in terms of its current one, or a literal. `alias` qualifies
   * column references (needed in ON CONFLICT DO UPDATE, where EXCLUDED is in scope too). */
  private setExpr(t: Table, c: Column, alias?: string): string {
    const rng = this.rng;
    const ref = (name: string) => (alias ? `${alias}.${q(name)}` : q(name));
    const col = ref(c.name);
    if (c.role === "pk" && c.name === "id")
      return rng.pick([`(${col} + 1) % 10`, `9 - ${col}`, String(rng.int(0, 9)), `${col} + ${rng.int(1, 3)}`]);
    if (c.role === "pk") return rng.pick([`(${col} + 1) % 3`, String(rng.int(0, 2))]);
    if (c.type === "int") {
      const others = t.columns.filter((o) => o.type === "int" && o !== c && o.role === "data");
      return rng.weighted([
        [this.value(c), 4],
        [`(${col} + 1) % ${domain(c).length}`, 2],
        [col, 1],
        [others.length > 0 ? ref(rng.pick(others).name) : this.value(c), c.role === "data" ? 1 : 0],
      ] as const);
    }
    if (c.type === "text")
      return rng.pick([this.value(c), `CASE WHEN ${col} = 'a' THEN 'b' ELSE 'a' END`, `upper(${col})`, col]);
    if (isTemporal(c.type))
      return rng.pick([
        this.value(c),
        temporalSetExpression(rng, col, c.type),
        ...SETTING_TYPES[c.type].derived(col),
        col,
      ]);
    if (isSettingType(c.type))
      return rng.pick([this.value(c), this.value(c), ...SETTING_TYPES[c.type].derived(col), col]);
    return rng.pick([this.value(c), `${col} + 0.5`, `round(${col})`, `${col} * 1.0`]);
  }

  /** The SET list of an UPDATE of `t`, and what kind of update it is. */
  private updateSets(t: Table): { kind: string; sets: string } {
    const rng = this.rng;
    const used = this.used.get(t.name) ?? new Set<string>();
    const unused = t.columns.filter((c) => !used.has(c.name));
    let cols: Column[];
    if (unused.length > 0 && rng.chance(0.2)) cols = rng.subset(unused, 1, 2);
    else cols = rng.subset(this.settable(t), 1, rng.chance(0.7) ? 1 : 3);
    const kind = cols.some((c) => c.role === "pk")
      ? "update-key"
      : cols.every((c) => !used.has(c.name))
        ? "update-unused"
        : cols.some((c) => c.name === "k" || c.role === "fk" || c.role === "up")
          ? "update-join"
          : "update";
    return { kind, sets: cols.map((c) => `${q(c.name)} = ${this.setExpr(t, c)}`).join(", ") };
  }

  private update(t: Table): Step {
    const { kind, sets } = this.updateSets(t);
    const where = this.rng.chance(0.05) ? "" : ` WHERE ${this.where(t)}`;
    return { kind, sql: `UPDATE ${t.name} SET ${sets}${where}` };
  }

  private insertSelect(): string {
    const rng = this.rng;
    const t = this.pickTable()!;
    const src = this.pickTable() ?? t;
    const cols = this.insertColumns(t);
    const exprs = cols.map((c) => {
      const same = src.columns.find((o) => o.name === c.name && o.type === c.type);
      if (c.role === "pk" && c.name === "id" && same) return `(s.id + ${rng.int(1, 9)}) % 10`;
      if (same && (c.role !== "fk" || rng.chance(0.5))) return `s.${q(same.name)}`;
      return this.value(c);
    });
    const conflict = t.pk.length > 0 && rng.chance(0.5) ? " ON CONFLICT DO NOTHING" : "";
    return `INSERT INTO ${t.name} (${cols.map((c) => q(c.name)).join(", ")}) SELECT ${exprs.join(", ")} FROM ${src.name} AS s WHERE ${this.where(src, "s", true)}${conflict}`;
  }

  private upsert(t: Table): Step {
    const rng = this.rng;
    const insert = this.insertValues(t, rng.int(1, 3));
    if (rng.chance(0.3))
      return {
        kind: "upsert-nothing",
        sql: `${insert} ON CONFLICT ${rng.chance(0.5) ? `(${t.pk.join(", ")}) ` : ""}DO NOTHING`,
      };
    const targets = rng.subset(
      t.columns.filter((c) => c.role !== "pk" || rng.chance(0.1)),
      1,
      2,
    );
    const sets = targets.map((c) =>
      rng.chance(0.5) ? `${q(c.name)} = EXCLUDED.${q(c.name)}` : `${q(c.name)} = ${this.setExpr(t, c, t.name)}`,
    );
    const where = rng.chance(0.25) ? ` WHERE ${this.where(t, t.name)}` : "";
    return {
      kind: "upsert-update",
      sql: `${insert} ON CONFLICT (${t.pk.join(", ")}) DO UPDATE SET ${sets.join(", ")}${where}`,
    };
  }

  private merge(t: Table): Step {
    const rng = this.rng;
    // the source: typed VALUES, or another table
    const keyCols =
      t.pk.length > 0 ? t.columns.filter((c) => c.role === "pk") : t.columns.filter((c) => c.name === "k");
    let using: string;
    let srcCols: Column[];
    const other = this.pickTable((x) => x !== t && keyCols.every((k) => x.columns.some((c) => c.name === k.name)));
    if (other && rng.chance(0.3)) {
      srcCols = other.columns.filter((c) => t.columns.some((o) => o.name === c.name && o.type === c.type));
      using = `(SELECT ${srcCols.map((c) => q(c.name)).join(", ")} FROM ${other.name} WHERE ${this.where(other)}) AS src`;
    } else {
      srcCols = t.columns.filter((c) => keyCols.includes(c) || c.name === "k" || !c.nullable || rng.chance(0.6));
      const rows = Array.from(
        { length: rng.int(1, 3) },
        () => `(${srcCols.map((c) => this.value(c, true)).join(", ")})`,
      );
      using = `(VALUES ${rows.join(", ")}) AS src(${srcCols.map((c) => q(c.name)).join(", ")})`;
    }
    const on = keyCols.map((c) => `dst.${q(c.name)} = src.${q(c.name)}`).join(" AND ");
    const srcSet = srcCols.filter((c) => !keyCols.includes(c) && c.role !== "pk");
    const cond = () => {
      const c = rng.pick(srcCols);
      return rng.pick([`src.${q(c.name)} IS NULL`, `dst.k > ${rng.int(1, 4)}`, `src.${q(c.name)} IS NOT NULL`]);
    };
    const update = () => {
      const cols =
        srcSet.length > 0 && rng.chance(0.7)
          ? rng.subset(srcSet, 1, 2)
          : [rng.pick(t.columns.filter((c) => c.role !== "pk"))];
      return `UPDATE SET ${cols
        .map((c) => `${q(c.name)} = ${srcSet.includes(c) ? `src.${q(c.name)}` : this.setExpr(t, c, "dst")}`)
        .join(", ")}`;
    };
    const matched: string[] = [];
    for (let i = rng.int(0, 2); i > 0; i--)
      matched.push(`WHEN MATCHED AND ${cond()} THEN ${rng.pick(["DELETE", update(), "DO NOTHING"])}`);
    if (rng.chance(0.8)) matched.push(`WHEN MATCHED THEN ${rng.chance(0.75) ? update() : "DELETE"}`);
    const notMatched: string[] = [];
    const insertable = srcCols.filter((c) => t.columns.some((o) => o.name === c.name));
    const insert = `INSERT (${insertable.map((c) => q(c.name)).join(", ")}) VALUES (${insertable.map((c) => `src.${q(c.name)}`).join(", ")})`;
    if (rng.chance(0.3)) notMatched.push(`WHEN NOT MATCHED AND src.k IS NULL THEN DO NOTHING`);
    if (rng.chance(0.85)) notMatched.push(`WHEN NOT MATCHED THEN ${insert}`);
    const clauses = rng.chance(0.5) ? [...matched, ...notMatched] : [...notMatched, ...matched];
    if (clauses.length === 0) clauses.push(`WHEN NOT MATCHED THEN ${insert}`);
    return { kind: "merge", sql: `MERGE INTO ${t.name} AS dst USING ${using} ON ${on}\n${clauses.join("\n")}` };
  }

  /** Expressions filling `target`'s columns from a CTE's rows (same-named columns, else literals). */
  private fill(target: Table, from: Table, alias: string): { cols: string; exprs: string } {
    const cols = this.insertColumns(target);
    const exprs = cols.map((c) => {
      const same = from.columns.find((o) => o.name === c.name && o.type === c.type);
      if (same && !(c.role === "fk" && this.rng.chance(0.5))) return `${alias}.${q(same.name)}`;
      return this.value(c);
    });
    return { cols: cols.map((c) => q(c.name)).join(", "), exprs: exprs.join(", ") };
  }

  private writableCte(): Step {
    const rng = this.rng;
    const a = this.pickTable()!;
    const b = rng.chance(0.25) ? a : (this.pickTable((x) => x !== a) ?? a);
    const conflict = (t: Table) => (t.pk.length > 0 && rng.chance(0.6) ? " ON CONFLICT DO NOTHING" : "");
    const variant = rng.int(0, 5);
    if (variant === 0) {
      const col = rng.pick(a.columns.filter((c) => c.role !== "pk"));
      const f = this.fill(b, a, "m");
      return {
        kind: "wcte-update-insert",
        sql: `WITH m AS (UPDATE ${a.name} SET ${q(col.name)} = ${this.setExpr(a, col)} WHERE ${this.where(a)} RETURNING *) INSERT INTO ${b.name} (${f.cols}) SELECT ${f.exprs} FROM m${conflict(b)}`,
      };
    }
    if (variant === 1) {
      const f = this.fill(b, a, "d");
      return {
        kind: a === b ? "wcte-move" : "wcte-delete-insert",
        sql: `WITH d AS (DELETE FROM ${a.name} WHERE ${this.where(a, undefined, true)} RETURNING *) INSERT INTO ${b.name} (${f.cols}) SELECT ${f.exprs} FROM d${conflict(b)}`,
      };
    }
    if (variant === 2) {
      const col = rng.pick(b.columns);
      return {
        kind: "wcte-update-update",
        sql: `WITH u AS (UPDATE ${a.name} SET ${this.updateSets(a).sets} WHERE ${this.where(a)} RETURNING k) UPDATE ${b.name} SET ${q(col.name)} = ${this.setExpr(b, col)} WHERE k IN (SELECT k FROM u)`,
      };
    }
    if (variant === 3) {
      return {
        kind: "wcte-delete-delete",
        sql: `WITH d AS (DELETE FROM ${a.name} WHERE ${this.where(a, undefined, true)} RETURNING k) DELETE FROM ${b.name} WHERE k IN (SELECT k FROM d)${rng.chance(0.5) ? ` AND ${this.where(b, undefined, true)}` : ""}`,
      };
    }
    if (variant === 4) {
      const col = rng.pick(b.columns);
      return {
        kind: "wcte-insert-update",
        sql: `WITH i AS (${this.insertValues(a, rng.int(1, 2))}${conflict(a)} RETURNING k) UPDATE ${b.name} SET ${q(col.name)} = ${this.setExpr(b, col)} WHERE k IN (SELECT k FROM i) OR ${this.where(b)}`,
      };
    }
    // the same table changed by two statements of one command
    const col = rng.pick(a.columns);
    return {
      kind: "wcte-same-table",
      sql: `WITH u AS (UPDATE ${a.name} SET ${q(col.name)} = ${this.setExpr(a, col)} WHERE ${this.where(a)} RETURNING 1) DELETE FROM ${a.name} WHERE ${this.where(a, undefined, true)}`,
    };
  }

  private truncate(): Step {
    const rng = this.rng;
    const s = this.schema;
    const referencedBy = (t: Table) =>
      s.fks.filter((f) => f.references === t.name && f.table !== t.name).map((f) => f.table);
    const t = this.pickTable()!;
    const children = [...new Set(referencedBy(t))];
    if (children.length === 0 && rng.chance(0.6)) return { kind: "truncate", sql: `TRUNCATE ${t.name}` };
    if (children.length > 0 && rng.chance(0.5)) return { kind: "truncate-cascade", sql: `TRUNCATE ${t.name} CASCADE` };
    // several tables at once; CASCADE when a table outside the list references one inside
    const list = [...new Set([t.name, ...children, ...(rng.chance(0.5) ? [rng.pick(s.tables).name] : [])])];
    const outside = list.some((n) => referencedBy(tableOf(s, n)).some((c) => !list.includes(c)));
    return { kind: "truncate-multi", sql: `TRUNCATE ${list.join(", ")}${outside ? " CASCADE" : ""}` };
  }

  private copy(t: Table): Step {
    const cols = this.insertColumns(t);
    const rows = Array.from({ length: this.rng.int(1, t.pk.length > 0 ? 2 : 4) }, () =>
      cols.map((c) => copyValue(randomValue(this.rng, c))).join("\t"),
    );
    return {
      kind: "copy",
      sql: `COPY ${t.name} (${cols.map((c) => q(c.name)).join(", ")}) FROM STDIN`,
      copyRows: rows,
    };
  }

  /**
   * More rows than immv's fast-path threshold: an INSERT of 300 rows, maybe an UPDATE of them,
   * and a DELETE, back to back. Every value of a bulk row is unique (k ≥ 1000), so bulk rows join
   * nothing but themselves, one to one, and views stay small.
   */
  private bulk(): Step {
    const rng = this.rng;
    const t = this.pickTable()!;
    const exprs = t.columns.map((c) => {
      if (c.name === "g") return "0";
      if (c.role === "fk" || c.role === "up" || (c.name === "v" && t.checkV)) return "NULL";
      if (c.type === "text") return "'bulk' || i";
      if (isTemporal(c.type)) return temporalSeries(c.type, "i");
      if (isSettingType(c.type)) return SETTING_TYPES[c.type].bulk("i");
      return "1000 + i";
    });
    const insert: Step = {
      kind: "bulk-insert",
      sql: `INSERT INTO ${t.name} (${t.columns.map((c) => q(c.name)).join(", ")}) SELECT ${exprs.join(", ")} FROM generate_series(1, ${BULK_ROWS}) AS i`,
    };
    const data = t.columns.filter((c) => c.role === "data" && c.name !== "k" && c.name !== "id");
    if (data.length > 0 && rng.chance(0.6)) {
      const c = rng.pick(data);
      this.queue.push({
        kind: "bulk-update",
        sql: `UPDATE ${t.name} SET ${q(c.name)} = ${bulkBump(c)} WHERE k >= 1000`,
      });
    }
    this.queue.push({ kind: "bulk-delete", sql: `DELETE FROM ${t.name} WHERE k >= 1000` });
    return insert;
  }
}

/** A bulk row's value of `c` changed (all bulk values stay distinct). */
function bulkBump(c: Column): string {
  const col = q(c.name);
  if (c.type === "text") return `upper(${col})`;
  if (isTemporal(c.type)) return temporalBump(c.type, col);
  if (isSettingType(c.type)) return SETTING_TYPES[c.type].derived(col)[0] as string;
  return `${col} + 1`;
}

/** `pgType` re-exported for the replay header. */
export { pgType };
