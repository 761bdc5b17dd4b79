import { isSettingType, SETTING_TYPES, type SettingType } from "./column-types.js";
import type { Random } from "./random.js";
import { isTemporal, TEMPORAL_DOMAINS } from "./temporal-gen.js";

/**
 * Random base schemas: 2–3 tables with a single, a composite or no primary key; integer, text and
 * numeric columns, many nullable, and often a column or two whose text form depends on session
 * settings (column-types.ts); foreign keys that cascade or set NULL on delete (sometimes on
 * update, sometimes deferred, sometimes self-referencing); optionally a user AFTER trigger on one
 * table that writes another; for date/time shapes, date, timestamp and timestamptz columns too.
 * Column names come from one pool with one type per name, so USING
 * and NATURAL joins are always well typed, and value domains are tiny so joins match and
 * duplicates are frequent.
 */

export type ColType = "int" | "text" | "numeric" | SettingType;

export interface Column {
  name: string;
  type: ColType;
  nullable: boolean;
  /** pk: part of the primary key; fk: references another table's id; up: references own id. */
  role: "pk" | "fk" | "up" | "data";
}

export interface Table {
  name: string;
  columns: Column[];
  /** Primary-key columns; empty for a table without a primary key (duplicates allowed). */
  pk: string[];
  /** A CHECK constraint on v, so some statements fail with 23514. */
  checkV: boolean;
}

export interface ForeignKey {
  table: string;
  column: string;
  references: string;
  onDelete: "CASCADE" | "SET NULL";
  onUpdate: "NO ACTION" | "CASCADE" | "SET NULL";
  deferred: boolean;
}

export interface UserTrigger {
  /** The table the trigger is on, and the table its function writes. */
  on: string;
  writes: string;
  level: "row" | "statement";
  ddl: string;
}

export interface Schema {
  /** The PostgreSQL schema holding the tables (on the session's search_path). */
  name: string;
  tables: Table[];
  fks: ForeignKey[];
  trigger?: UserTrigger;
  /** CREATE TABLE … and foreign keys, unqualified (run with search_path = name, public). */
  ddl: string;
  /** One single-row INSERT per seed row, parents first (so a replay can drop rows one by one). */
  seedRows: string[];
  /** Runs after the seed rows (the user trigger, if any), so seeding does not fire it. */
  postSeedDdl: string;
}

/** What a view shape needs from the schema. */
export interface SchemaNeeds {
  /** At least this many tables with a primary key … */
  keyed: number;
  /** … and at least this many without one. */
  keyless: number;
  /** Tables carry date/time columns (d date, ts timestamp, tz timestamptz; two or three of them). */
  temporal?: boolean;
}

/** One type per column name, so any two tables' same-named columns can be joined. */
const POOL: Record<string, ColType> = {
  id: "int",
  g: "int",
  k: "int",
  j: "int",
  v: "int",
  x: "numeric",
  t: "text",
  u: "text",
  Note: "text",
  d: "date",
  ts: "timestamp",
  tz: "timestamptz",
  ...Object.fromEntries(Object.entries(SETTING_TYPES).map(([type, spec]) => [spec.column, type as SettingType])),
};

const DATA_COLUMNS = ["j", "v", "x", "t", "u", "Note"] as const;
const TEMPORAL_COLUMNS = ["d", "ts", "tz"] as const;

const SETTING_COLUMNS = Object.values(SETTING_TYPES).map((t) => t.column);

export const TEXTS = ["a", "b", "c", "A", ""] as const;
export const NUMERICS = ["0", "0.5", "1", "1.0", "2.50"] as const;

const RESERVED = new Set(["all", "and", "as", "do", "end", "from", "in", "is", "or", "order", "select", "table", "to"]);

/** Quotes an identifier when PostgreSQL would fold or reject it bare. */
export function q(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function pgType(type: ColType): string {
  if (isSettingType(type)) return SETTING_TYPES[type].sql;
  return type === "int" ? "integer" : type;
}

/** The small domain a column's values come from. */
export function domain(column: Column): readonly (string | number)[] {
  // Date/time columns take both the values around month and year ends (temporal-gen.ts) and
  // those whose reading depends on the writer's settings (column-types.ts).
  if (isTemporal(column.type)) return [...TEMPORAL_DOMAINS[column.type], ...SETTING_TYPES[column.type].values];
  if (isSettingType(column.type)) return SETTING_TYPES[column.type].values;
  if (column.type === "text") return TEXTS;
  if (column.type === "numeric") return NUMERICS;
  if (column.role === "pk" && column.name === "g") return [0, 1, 2];
  if (column.role === "pk" || column.role === "fk" || column.role === "up") return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  if (column.name === "j" || column.name === "k") return [0, 1, 2, 3];
  return [0, 1, 2, 3, 4, 5];
}

/** A random value for a column, or null. NOT NULL columns get NULL rarely, to provoke 23502. */
export function randomValue(rng: Random, column: Column): string | number | null {
  const nullChance = column.role === "pk" ? 0.01 : column.nullable ? (column.role === "data" ? 0.2 : 0.25) : 0.03;
  if (rng.chance(nullChance)) return null;
  return rng.pick(domain(column));
}

/** A value as a SQL literal; `cast` types it (needed in VALUES lists that feed MERGE or CTEs). */
export function literal(value: string | number | null, type: ColType, cast = false): string {
  const text =
    value === null ? "NULL" : type === "int" || type === "numeric" ? String(value) : sqlString(String(value));
  return cast ? `${text}::${pgType(type)}` : text;
}

/** A value in COPY text format. */
export function copyValue(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replaceAll("\\", "\\\\").replaceAll("\t", "\\t").replaceAll("\n", "\\n");
}

export function table(schema: Schema, name: string): Table {
  const found = schema.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

export function column(t: Table, name: string): Column {
  const found = t.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${t.name}.${name}`);
  return found;
}

export function generateSchema(rng: Random, name: string, needs: SchemaNeeds): Schema {
  const count = Math.max(needs.keyed + needs.keyless, rng.int(2, 3));
  const kinds: ("single" | "composite" | "none")[] = [];
  for (let i = 0; i < needs.keyed; i++) kinds.push(rng.chance(0.7) ? "single" : "composite");
  for (let i = 0; i < needs.keyless; i++) kinds.push("none");
  while (kinds.length < count)
    kinds.push(
      rng.weighted([
        ["single", 5],
        ["composite", 2],
        ["none", 3],
      ] as const),
    );
  // A foreign key needs a parent with a single-column key: make the first table one when any is keyed.
  const ordered = rng.shuffle(kinds);
  const singleAt = ordered.indexOf("single");
  if (singleAt > 0) [ordered[0], ordered[singleAt]] = [ordered[singleAt]!, ordered[0]!];

  const tables: Table[] = ordered.map((kind, i) => {
    const columns: Column[] = [];
    if (kind === "single") columns.push({ name: "id", type: "int", nullable: false, role: "pk" });
    if (kind === "composite") {
      columns.push({ name: "id", type: "int", nullable: false, role: "pk" });
      columns.push({ name: "g", type: "int", nullable: false, role: "pk" });
    }
    if (kind === "none" && rng.chance(0.5)) columns.push({ name: "id", type: "int", nullable: true, role: "data" });
    columns.push({ name: "k", type: "int", nullable: !rng.chance(0.1), role: "data" });
    let data: string[] = rng.subset(DATA_COLUMNS, 2, 4);
    if (!data.some((c) => POOL[c] === "text")) data = [...data, rng.pick(["t", "u"] as const)];
    if (needs.temporal) data = [...data, ...rng.subset(TEMPORAL_COLUMNS, 2, 3)];
    if (rng.chance(0.7)) data = [...new Set([...data, ...rng.subset(SETTING_COLUMNS, 1, 2)])];
    for (const c of data) columns.push({ name: c, type: POOL[c]!, nullable: !rng.chance(0.12), role: "data" });
    return {
      name: `t${"abc"[i]}`,
      columns,
      pk: kind === "single" ? ["id"] : kind === "composite" ? ["id", "g"] : [],
      checkV: columns.some((c) => c.name === "v") && rng.chance(0.3),
    };
  });

  // Foreign keys: children reference parents with a single-column primary key.
  const fks: ForeignKey[] = [];
  const parents = tables.filter((t) => t.pk.length === 1);
  const fk = (child: Table, parent: Table, columnName: string, onDelete: ForeignKey["onDelete"]) => {
    child.columns.push({ name: columnName, type: "int", nullable: true, role: columnName === "up" ? "up" : "fk" });
    fks.push({
      table: child.name,
      column: columnName,
      references: parent.name,
      onDelete,
      onUpdate: rng.weighted([
        ["NO ACTION", 6],
        ["CASCADE", 3],
        ["SET NULL", 1],
      ] as const),
      deferred: rng.chance(0.15),
    });
  };
  if (parents.length > 0) {
    let nextAction: ForeignKey["onDelete"] = rng.pick(["CASCADE", "SET NULL"] as const);
    const flip = () => {
      const a = nextAction;
      nextAction = a === "CASCADE" ? "SET NULL" : "CASCADE";
      return a;
    };
    for (const [i, child] of tables.entries()) {
      // only earlier tables are parents: no reference cycles between tables
      const candidates = parents.filter((p) => tables.indexOf(p) < i);
      if (candidates.length === 0 || !rng.chance(0.8)) continue;
      const parent = rng.pick(candidates);
      fk(child, parent, `${parent.name}_id`, flip());
      // a second reference to the same parent with the other action, so both kinds meet in one schema
      if (fks.length < 2 && rng.chance(0.5)) fk(child, parent, `${parent.name}_ref`, flip());
    }
    const selfRef = rng.chance(0.25) ? rng.pick(parents) : undefined;
    if (selfRef) fk(selfRef, selfRef, "up", flip());
  }

  const ddl: string[] = [];
  for (const t of tables) {
    const defs = t.columns.map(
      (c) => `${q(c.name)} ${pgType(c.type)}${c.nullable || c.role === "pk" ? "" : " NOT NULL"}`,
    );
    if (t.pk.length > 0) defs.push(`PRIMARY KEY (${t.pk.map(q).join(", ")})`);
    if (t.checkV) defs.push("CHECK (v < 5)");
    ddl.push(`CREATE TABLE ${t.name} (\n  ${defs.join(",\n  ")}\n);`);
  }
  for (const f of fks) {
    ddl.push(
      `ALTER TABLE ${f.table} ADD FOREIGN KEY (${f.column}) REFERENCES ${f.references} (id) ON DELETE ${f.onDelete} ON UPDATE ${f.onUpdate}${f.deferred ? " DEFERRABLE INITIALLY DEFERRED" : ""};`,
    );
  }
  const schema: Schema = { name, tables, fks, ddl: ddl.join("\n"), seedRows: [], postSeedDdl: "" };
  if (tables.length >= 2 && rng.chance(0.55)) schema.trigger = userTrigger(rng, schema);
  schema.postSeedDdl = schema.trigger?.ddl ?? "";
  schema.seedRows = seedRows(rng, schema);
  return schema;
}

/** A column of `t` an UPDATE can change without touching keys: an int data column, else text. */
function bumpable(t: Table): string {
  const int = t.columns.find((c) => c.role === "data" && c.type === "int" && c.name !== "k" && c.name !== "id");
  if (int) return `${q(int.name)} = (COALESCE(${q(int.name)}, 0) + 1) % 5`;
  const text = t.columns.find((c) => c.type === "text")!;
  return `${q(text.name)} = CASE WHEN ${q(text.name)} = 'a' THEN 'b' ELSE 'a' END`;
}

/** An INSERT into `t` of one row built from `keyExpr` (NEW.k / OLD.k), skipping key conflicts. */
function insertFrom(t: Table, keyExpr: string): string {
  const cols = t.columns.filter((c) => c.role === "pk" || c.role === "data");
  const values = cols.map((c) => {
    if (c.name === "id" || c.name === "k") return `COALESCE(${keyExpr}, 0)`;
    if (c.type === "int") return "0";
    if (c.type === "numeric") return "1.0";
    if (isTemporal(c.type)) return literal(TEMPORAL_DOMAINS[c.type][0]!, c.type);
    if (isSettingType(c.type)) return literal(domain(c)[0]!, c.type);
    return "'trg'";
  });
  return `INSERT INTO ${t.name} (${cols.map((c) => q(c.name)).join(", ")}) VALUES (${values.join(", ")})${t.pk.length > 0 ? " ON CONFLICT DO NOTHING" : ""}`;
}

function userTrigger(rng: Random, schema: Schema): UserTrigger {
  const [on, writes] = rng.shuffle(schema.tables);
  const target = writes!;
  const prefix = rng.pick(["aa", "zz"]); // fires before or after immv's statement triggers
  const fn = `${prefix}_${on!.name}_writes_${target.name}`;
  const level = rng.chance(0.7) ? "row" : "statement";
  const catches = rng.chance(0.3);
  // A constraint error inside the trigger is swallowed only when it does not come from immv.
  const guard = (body: string) =>
    catches
      ? `BEGIN\n    ${body};\n  EXCEPTION WHEN integrity_constraint_violation THEN\n    GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT;\n    IF ctx LIKE '%immv.%' THEN RAISE; END IF;\n  END;`
      : `${body};`;
  let body: string;
  let event: string;
  if (level === "row") {
    event = "AFTER INSERT OR UPDATE OR DELETE";
    const onDelete = rng.pick([
      `UPDATE ${target.name} SET ${bumpable(target)} WHERE k = OLD.k`,
      `DELETE FROM ${target.name} WHERE k = OLD.k AND k > 3`,
      insertFrom(target, "OLD.k"),
    ]);
    const onWrite = rng.pick([
      `UPDATE ${target.name} SET ${bumpable(target)} WHERE k = NEW.k`,
      insertFrom(target, "NEW.k"),
    ]);
    // bulk rows (k >= 1000) are left alone: copying 300 of them into another table would make
    // joins there quadratic
    body = `  IF TG_OP = 'DELETE' THEN\n    IF OLD.k < 1000 OR OLD.k IS NULL THEN\n      ${guard(onDelete)}\n    END IF;\n  ELSIF NEW.k < 1000 OR NEW.k IS NULL THEN\n    ${guard(onWrite)}\n  END IF;\n  RETURN NULL;`;
  } else {
    event = "AFTER INSERT";
    body = `  ${guard(`UPDATE ${target.name} SET ${bumpable(target)} WHERE k IN (SELECT k FROM new_rows)`)}\n  RETURN NULL;`;
  }
  const ddl = `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ctx text;
BEGIN
${body}
END $$;
CREATE TRIGGER ${fn} ${event} ON ${on!.name}${level === "statement" ? " REFERENCING NEW TABLE AS new_rows" : ""}
  FOR EACH ${level === "row" ? "ROW" : "STATEMENT"} EXECUTE FUNCTION ${fn}();`;
  return { on: on!.name, writes: target.name, level, ddl };
}

/** Parents before children, so seed rows can reference seed rows. */
export function parentsFirst(schema: Schema): Table[] {
  const out: Table[] = [];
  const visit = (t: Table) => {
    if (out.includes(t)) return;
    for (const f of schema.fks) if (f.table === t.name && f.references !== t.name) visit(table(schema, f.references));
    out.push(t);
  };
  for (const t of schema.tables) visit(t);
  return out;
}

function seedRows(rng: Random, schema: Schema): string[] {
  const inserts: string[] = [];
  const ids = new Map<string, number[]>();
  for (const t of parentsFirst(schema)) {
    const taken = new Set<string>();
    const mine: number[] = [];
    const n = t.pk.length > 0 ? rng.int(6, 10) : rng.int(6, 10);
    for (let i = 0; i < n; i++) {
      const values = t.columns.map((c) => {
        if (c.role === "fk" || c.role === "up") {
          const parent = schema.fks.find((f) => f.table === t.name && f.column === c.name)!.references;
          const pool = parent === t.name ? mine : (ids.get(parent) ?? []);
          return pool.length > 0 && rng.chance(0.8) ? rng.pick(pool) : null;
        }
        const v = randomValue(rng, c);
        if (v === null && !c.nullable) return domain(c)[0]!;
        return t.checkV && c.name === "v" && typeof v === "number" && v >= 5 ? v - 1 : v;
      });
      const key = t.pk.map((p) => values[t.columns.findIndex((c) => c.name === p)]).join(",");
      if (t.pk.length > 0 && taken.has(key)) continue;
      taken.add(key);
      const id = values[t.columns.findIndex((c) => c.name === "id")];
      if (typeof id === "number") mine.push(id);
      inserts.push(
        `INSERT INTO ${t.name} (${t.columns.map((c) => q(c.name)).join(", ")}) VALUES (${values.map((v, j) => literal(v, t.columns[j]!.type)).join(", ")});`,
      );
    }
    ids.set(t.name, mine);
  }
  return inserts;
}
