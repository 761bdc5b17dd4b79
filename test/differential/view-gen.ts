import { isSettingType, SETTING_TYPES } from "./column-types.js";
import type { Random } from "./random.js";
import { type ColType, q, type Schema, type SchemaNeeds, type Table, TEXTS } from "./schema-gen.js";
import { isTemporal, temporalAggregateArgument, temporalAtom, temporalExpression } from "./temporal-gen.js";

/**
 * Random view definitions in the class immv supports: SELECT [DISTINCT] of columns and immutable
 * expressions (arithmetic, COALESCE, CASE, lower(), ||, casts) with and without aliases; FROM with
 * inner joins (JOIN … ON, USING, NATURAL, comma joins with WHERE, CROSS JOIN), self-joins,
 * subqueries in FROM (no aggregate/DISTINCT inside; aliases inside may shadow outer ones), and
 * non-recursive CTEs (referenced once or twice, one may read another); WHERE with comparisons,
 * IS [NOT] NULL, IN lists, BETWEEN, LIKE, AND/OR/NOT. Over a schema with date/time columns it
 * prefers them, with the expressions and conditions of temporal-gen.ts.
 *
 * Scopes are tracked exactly, so every generated definition is valid SQL: a USING or NATURAL join
 * is only produced when PostgreSQL would accept it, and output names are unique.
 */

/** A column of a FROM item as seen from outside it. */
interface Entry {
  alias: string;
  name: string;
  type: ColType;
  /** The base column it passes through unchanged, for foreign-key-aware join conditions. */
  origin?: { table: string; column: string };
  /** Merged into a USING / NATURAL column: no longer reachable unqualified on its own. */
  absorbed?: boolean;
}

interface Cte {
  name: string;
  sql: string;
  entries: Omit<Entry, "alias">[];
  tables: Table[];
  uses: number;
}

interface Source {
  alias: string;
  sql: string;
  entries: Entry[];
  tables: Table[];
}

/** A FROM clause under construction, with PostgreSQL's name-visibility rules. */
class Scope {
  entries: Entry[] = [];
  merged = new Map<string, ColType>();
  tables: Table[] = [];
  aliases = new Set<string>();

  clone(): Scope {
    const c = new Scope();
    c.entries = this.entries.map((e) => ({ ...e }));
    c.merged = new Map(this.merged);
    c.tables = [...this.tables];
    c.aliases = new Set(this.aliases);
    return c;
  }

  add(source: Source): void {
    this.entries.push(...source.entries.map((e) => ({ ...e })));
    this.tables.push(...source.tables);
    this.aliases.add(source.alias);
  }

  /** How many columns an unqualified `name` would match. */
  unqualified(name: string): number {
    return (this.merged.has(name) ? 1 : 0) + this.entries.filter((e) => e.name === name && !e.absorbed).length;
  }

  typeOf(name: string): ColType | undefined {
    return this.merged.get(name) ?? this.entries.find((e) => e.name === name && !e.absorbed)?.type;
  }

  /** Merges `name` of the left side with the right source's column (USING / NATURAL). */
  merge(name: string, right: Entry[]): void {
    const type = this.typeOf(name)!;
    for (const e of this.entries) if (e.name === name && !e.absorbed) e.absorbed = true;
    for (const e of right) if (e.name === name) e.absorbed = true;
    this.merged.set(name, type);
  }

  /** Output names of SELECT *, or undefined when two would collide. */
  starNames(): string[] | undefined {
    const names = [...this.merged.keys(), ...this.entries.filter((e) => !e.absorbed).map((e) => e.name)];
    return new Set(names).size === names.length ? names : undefined;
  }
}

const ALIASES = ["a", "b", "c", "x", "y", "z", "p", "r", "s", "w"];

export class ViewBuilder {
  private subqueries = 0;
  /** Set while writing conditions that later FROM items could make ambiguous. */
  private qualifiedOnly = false;
  private ctes: Cte[] = [];
  /** The schema has date/time columns: views pick them more often than others. */
  private readonly temporal: boolean;

  constructor(
    private readonly rng: Random,
    readonly schema: Schema,
  ) {
    this.temporal = schema.tables.some((t) => t.columns.some((c) => isTemporal(c.type)));
  }

  /** A column to build on: uniform, or weighted towards date/time columns in a temporal schema. */
  private pickEntry(entries: Entry[]): Entry {
    if (!this.temporal) return this.rng.pick(entries);
    return this.rng.weighted(entries.map((e) => [e, isTemporal(e.type) ? 4 : 1] as const));
  }

  // ---- references, expressions, predicates -------------------------------------------------

  private ref(scope: Scope, e: Entry): string {
    if (!this.qualifiedOnly && this.rng.chance(0.2)) {
      if (e.absorbed && scope.merged.has(e.name) && scope.unqualified(e.name) === 1) return q(e.name);
      if (!e.absorbed && scope.unqualified(e.name) === 1) return q(e.name);
    }
    return `${e.alias}.${q(e.name)}`;
  }

  private entriesOf(scope: Scope, type?: ColType): Entry[] {
    return scope.entries.filter((e) => type === undefined || e.type === type);
  }

  private intLiteral(): number {
    return this.rng.int(0, 5);
  }

  private textLiteral(): string {
    return `'${this.rng.pick(TEXTS)}'`;
  }

  /** An immutable expression over one column (sometimes two), with its type and the name
   * PostgreSQL gives it when it has no alias (none when PostgreSQL would say ?column?). */
  expression(scope: Scope, e: Entry): { sql: string; type: ColType; implicitName?: string } {
    const r = this.ref(scope, e);
    const other = (type: ColType) => {
      const candidates = this.entriesOf(scope, type);
      return candidates.length > 0 ? this.ref(scope, this.rng.pick(candidates)) : undefined;
    };
    const rng = this.rng;
    if (isTemporal(e.type)) return temporalExpression(rng, r, e.type, e.name);
    if (isSettingType(e.type)) return rng.pick(SETTING_TYPES[e.type].expressions(r));
    if (e.type === "int") {
      return rng.pick([
        { sql: `${r} * 2 + 1`, type: "int" as const },
        { sql: `${r} - 1`, type: "int" as const },
        { sql: `COALESCE(${r}, -1)`, type: "int" as const, implicitName: "coalesce" },
        { sql: `abs(${r} - 3)`, type: "int" as const, implicitName: "abs" },
        {
          sql: `CASE WHEN ${r} > 2 THEN 'hi' WHEN ${r} IS NULL THEN 'none' ELSE 'lo' END`,
          type: "text" as const,
          implicitName: "case",
        },
        { sql: `${r} % 3`, type: "int" as const },
        { sql: `${r} + ${other("int") ?? 1}`, type: "int" as const },
        { sql: `${r}::text`, type: "text" as const, implicitName: e.name },
        { sql: `COALESCE(${r}, ${other("int") ?? 7}, 0)`, type: "int" as const, implicitName: "coalesce" },
      ]);
    }
    if (e.type === "text") {
      const int = other("int");
      return rng.pick([
        { sql: `lower(${r})`, type: "text" as const, implicitName: "lower" },
        { sql: `upper(${r})`, type: "text" as const, implicitName: "upper" },
        { sql: `${r} || '-'`, type: "text" as const },
        { sql: `${r} || ${other("text") ?? "'!'"}`, type: "text" as const },
        { sql: `COALESCE(${r}, '?')`, type: "text" as const, implicitName: "coalesce" },
        { sql: `char_length(${r})`, type: "int" as const, implicitName: "char_length" },
        { sql: `${r} || COALESCE(${int ?? 1}::text, '')`, type: "text" as const },
        { sql: `CASE ${r} WHEN 'a' THEN 1 WHEN 'A' THEN 1 ELSE 0 END`, type: "int" as const, implicitName: "case" },
      ]);
    }
    return rng.pick([
      { sql: `${r} * 2`, type: "numeric" as const },
      { sql: `${r} + 1`, type: "numeric" as const },
      { sql: `round(${r})`, type: "numeric" as const, implicitName: "round" },
      { sql: `COALESCE(${r}, 0)`, type: "numeric" as const, implicitName: "coalesce" },
      { sql: `${r} + ${other("int") ?? 2}`, type: "numeric" as const },
    ]);
  }

  private atom(scope: Scope): string {
    const rng = this.rng;
    const e = this.pickEntry(scope.entries);
    const r = this.ref(scope, e);
    if (rng.chance(0.12)) {
      const same = this.entriesOf(scope, e.type).filter((o) => o !== e);
      if (same.length > 0) return `${r} ${rng.pick(["=", "<", "<>", "<="])} ${this.ref(scope, rng.pick(same))}`;
    }
    if (isTemporal(e.type)) return temporalAtom(rng, r, e.type);
    if (isSettingType(e.type)) return rng.pick(SETTING_TYPES[e.type].conditions(r));
    if (e.type === "int") {
      const n = this.intLiteral();
      return rng.weighted([
        [`${r} = ${n}`, 1],
        [`${r} <> ${n}`, 2],
        [`${r} > ${rng.int(0, 2)}`, 2],
        [`${r} <= ${rng.int(2, 5)}`, 2],
        [`${r} IS NULL`, 1],
        [`${r} IS NOT NULL`, 2],
        [`${r} IN (${n}, ${this.intLiteral()}, ${this.intLiteral()})`, 1],
        [`${r} NOT IN (${n}, ${this.intLiteral()})`, 1],
        [`${r} BETWEEN 1 AND ${rng.int(3, 5)}`, 1],
        [`COALESCE(${r}, 0) >= ${rng.int(0, 2)}`, 1],
        [`${r} IS DISTINCT FROM ${n}`, 1],
      ]);
    }
    if (e.type === "text") {
      return rng.weighted([
        [`${r} = ${this.textLiteral()}`, 1],
        [`${r} <> ${this.textLiteral()}`, 2],
        [`lower(${r}) = 'a'`, 1],
        [`${r} IS NULL`, 1],
        [`${r} IS NOT NULL`, 2],
        [`${r} LIKE 'a%'`, 1],
        [`${r} IN ('a', 'b', '')`, 1],
        [`${r} >= 'a'`, 1],
      ]);
    }
    return rng.pick([`${r} > 0.5`, `${r} <> 1`, `${r} IS NOT NULL`, `${r} <= 1.0`]);
  }

  predicate(scope: Scope): string {
    return this.rng.weighted([
      [() => this.atom(scope), 6],
      [() => `${this.atom(scope)} AND ${this.atom(scope)}`, 1],
      [() => `(${this.atom(scope)} OR ${this.atom(scope)})`, 3],
      [() => `NOT (${this.atom(scope)})`, 1],
    ] as const)();
  }

  /**
   * `[NOT] EXISTS (SELECT 1 FROM t ex1 [, u ex2] WHERE ex1.c = <outer column> [AND …])`: correlated on
   * a column of the same type, sometimes with a second table joined inside and a filter.
   */
  existsCondition(scope: Scope, n: number): string {
    const rng = this.rng;
    const tables = this.schema.tables;
    for (let attempt = 0; attempt < 10; attempt++) {
      const t = rng.pick(tables);
      const inner = `ex${n}`;
      const outer = this.pickEntry(scope.entries);
      const matching = t.columns.filter((c) => c.type === outer.type);
      if (matching.length === 0) continue;
      // mostly the same-named column (a foreign-key-like correlation), so the condition often holds
      const named = matching.filter((m) => m.name === outer.name);
      const c = rng.pick(named.length > 0 && rng.chance(0.7) ? named : matching);
      const from = [`${t.name} ${inner}`];
      const op = rng.weighted([
        ["=", 6],
        ["<", 1],
        ["<>", 1],
      ] as const);
      const where = [`${inner}.${q(c.name)} ${op} ${outer.alias}.${q(outer.name)}`];
      if (rng.chance(0.3)) {
        const u = rng.pick(tables);
        const shared = u.columns.filter((uc) => t.columns.some((tc) => tc.name === uc.name && tc.type === uc.type));
        if (shared.length > 0) {
          const sc = rng.pick(shared);
          from.push(`${u.name} ${inner}b`);
          where.push(`${inner}b.${q(sc.name)} = ${inner}.${q(sc.name)}`);
        }
      }
      if (rng.chance(0.4)) {
        const f = rng.pick(t.columns);
        where.push(
          isTemporal(f.type)
            ? temporalAtom(rng, `${inner}.${q(f.name)}`, f.type)
            : f.type === "int"
              ? `${inner}.${q(f.name)} ${rng.pick(["<", ">=", "<>"])} ${rng.int(0, 5)}`
              : `${inner}.${q(f.name)} IS ${rng.pick(["", "NOT "])}NULL`,
        );
      }
      const not = rng.chance(0.35) ? "NOT " : "";
      if (rng.chance(0.4)) {
        // the correlation as a comparison with the subquery's column: IN, NOT IN, op ANY / ALL
        const rest = where.slice(1);
        const sub = `SELECT ${inner}.${q(c.name)} FROM ${from.join(", ")}${rest.length > 0 ? ` WHERE ${rest.join(" AND ")}` : ""}`;
        const x = `${outer.alias}.${q(outer.name)}`;
        const flipped = { "=": "=", "<": ">", "<>": "<>" }[op];
        return rng.chance(0.5) && op === "="
          ? `${x} ${not}IN (${sub})`
          : `${not}${x} ${flipped} ${rng.pick(["ANY", "ALL", "SOME"])} (${sub})`;
      }
      return `${not}EXISTS (SELECT ${rng.pick(["1", "*", "NULL"])} FROM ${from.join(", ")} WHERE ${where.join(" AND ")})`;
    }
    return "true";
  }

  /**
   * `(SELECT agg(sqN.c) FROM t sqN WHERE sqN.k = <outer column> [AND …])`: an aggregate subquery
   * used as a value, correlated on a column of the same type (or, a third of the time, not at
   * all). With its type, for comparisons.
   */
  scalarSubquery(scope: Scope, n: number): { sql: string; type: ColType } {
    const rng = this.rng;
    const t = rng.pick(this.schema.tables);
    const inner = `sq${n}`;
    const where: string[] = [];
    const outer = this.pickEntry(scope.entries);
    const matching = t.columns.filter((c) => c.type === outer.type);
    if (matching.length > 0 && rng.chance(0.7)) {
      const named = matching.filter((m) => m.name === outer.name);
      const c = rng.pick(named.length > 0 && rng.chance(0.7) ? named : matching);
      where.push(
        `${inner}.${q(c.name)} ${rng.weighted([
          ["=", 6],
          ["<", 1],
        ] as const)} ${outer.alias}.${q(outer.name)}`,
      );
    }
    if (rng.chance(0.3)) {
      const f = rng.pick(t.columns.filter((c) => c.type === "int"));
      if (f) where.push(`${inner}.${q(f.name)} ${rng.pick(["<", ">=", "<>"])} ${rng.int(0, 5)}`);
    }
    const ints = t.columns.filter((c) => c.type === "int");
    const texts = t.columns.filter((c) => c.type === "text");
    const [value, type] = rng.weighted([
      [["count(*)", "int"], 3],
      [[`count(${inner}.${q(rng.pick(t.columns).name)})`, "int"], 2],
      [ints.length > 0 ? [`sum(${inner}.${q(rng.pick(ints).name)})`, "int"] : ["count(*)", "int"], 2],
      [ints.length > 0 ? [`max(${inner}.${q(rng.pick(ints).name)})`, "int"] : ["count(*)", "int"], 2],
      [texts.length > 0 ? [`min(${inner}.${q(rng.pick(texts).name)})`, "text"] : ["count(*)", "int"], 1],
    ] as const);
    const sql = `(SELECT ${value} FROM ${t.name} ${inner}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""})`;
    return { sql, type: type as ColType };
  }

  // ---- FROM items ----------------------------------------------------------------------------

  private freshAlias(taken: Set<string>): string {
    const free = ALIASES.filter((a) => !taken.has(a));
    return free.length > 0 ? this.rng.pick(free) : `a${taken.size}`;
  }

  /** A base table as a FROM item: bare, aliased, or aliased with a column alias list. */
  base(t: Table, taken: Set<string>): Source {
    const rng = this.rng;
    const bare = !taken.has(t.name) && rng.chance(0.3);
    const alias = bare ? t.name : this.freshAlias(taken);
    let entries: Entry[] = t.columns.map((c) => ({
      alias,
      name: c.name,
      type: c.type,
      origin: { table: t.name, column: c.name },
    }));
    let sql = bare ? t.name : rng.chance(0.5) ? `${t.name} AS ${alias}` : `${t.name} ${alias}`;
    if (!bare && rng.chance(0.1)) {
      // rename a prefix of the columns: ta AS x(x_id, x_k)
      const n = rng.int(1, Math.min(3, entries.length));
      const renamed = entries.map((e, i) => (i < n ? { ...e, name: `${alias}_${e.name.toLowerCase()}` } : e));
      sql = `${t.name} AS ${alias}(${renamed
        .slice(0, n)
        .map((e) => q(e.name))
        .join(", ")})`;
      entries = renamed;
    }
    return { alias, sql, entries, tables: [t] };
  }

  /**
   * The body of a subquery or CTE: SELECT of columns/expressions FROM one table or a two-table
   * join, with a WHERE. Inner aliases are chosen without regard to the outer query's (shadowing).
   */
  private selectBody(pool: Table[], depth: number): { sql: string; entries: Omit<Entry, "alias">[]; tables: Table[] } {
    const rng = this.rng;
    const inner = new Scope();
    const taken = new Set<string>();
    const first =
      depth < 1 && rng.chance(0.15) ? this.subquery(pool, taken, depth + 1) : this.base(rng.pick(pool), taken);
    inner.add(first);
    taken.add(first.alias);
    let from = first.sql;
    if (rng.chance(0.3)) {
      const second = this.base(rng.pick(pool), taken);
      taken.add(second.alias);
      const cond = this.joinCondition(inner, second);
      inner.add(second);
      from += ` JOIN ${second.sql} ON ${cond}`;
    }
    const outputs: Omit<Entry, "alias">[] = [];
    const items: string[] = [];
    const names = new Set<string>();
    const star = inner.starNames();
    if (star && inner.aliases.size === 1 && rng.chance(0.15)) {
      items.push(rng.chance(0.5) ? "*" : `${first.alias}.*`);
      for (const e of inner.entries) {
        outputs.push({ name: e.name, type: e.type, ...(e.origin ? { origin: e.origin } : {}) });
        names.add(e.name);
      }
    } else {
      const chosen = rng.subset(inner.entries, 1, 4);
      // keep a join column most of the time, so outer joins have something to match on
      const k = inner.entries.find((e) => e.name === "k");
      if (k && !chosen.includes(k) && rng.chance(0.7)) chosen.unshift(k);
      for (const e of chosen) {
        if (rng.chance(0.25)) {
          const x = this.expression(inner, e);
          const name = `${e.name.toLowerCase()}_${outputs.length}`;
          items.push(`${x.sql} AS ${name}`);
          outputs.push({ name, type: x.type });
          names.add(name);
        } else {
          const rename = names.has(e.name) || rng.chance(0.15);
          const name = rename ? `${e.name.toLowerCase()}${outputs.length}` : e.name;
          items.push(rename ? `${this.ref(inner, e)} AS ${q(name)}` : this.ref(inner, e));
          outputs.push({ name, type: e.type, ...(e.origin && !rename ? { origin: e.origin } : {}) });
          names.add(name);
        }
      }
    }
    const where = rng.chance(0.3) ? ` WHERE ${this.predicate(inner)}` : "";
    return { sql: `SELECT ${items.join(", ")} FROM ${from}${where}`, entries: outputs, tables: inner.tables };
  }

  /** A subquery in FROM, sometimes with a column alias list. */
  subquery(pool: Table[], taken: Set<string>, depth = 0): Source {
    const body = this.selectBody(pool, depth);
    const alias = `q${++this.subqueries}`;
    let entries = body.entries.map((e) => ({ ...e, alias }));
    let aliasSql = alias;
    if (this.rng.chance(0.1)) {
      entries = entries.map((e, i) => ({ alias, name: `${alias}c${i}`, type: e.type }));
      aliasSql = `${alias}(${entries.map((e) => e.name).join(", ")})`;
    }
    taken.add(alias);
    return { alias, sql: `(${body.sql}) AS ${aliasSql}`, entries, tables: body.tables };
  }

  /** A reference to a CTE: a new one, or (to reference one twice) an existing one. */
  cteRef(pool: Table[], taken: Set<string>): Source {
    const rng = this.rng;
    const reuse = this.ctes.length > 0 && rng.chance(0.4) ? rng.pick(this.ctes) : undefined;
    let cte: Cte;
    if (reuse) cte = reuse;
    else {
      const name = `w${this.ctes.length + 1}`;
      if (this.ctes.length > 0 && rng.chance(0.4)) {
        // a CTE reading the previous one
        const prev = this.ctes.at(-1)!;
        const scope = new Scope();
        const src: Source = {
          alias: prev.name,
          sql: prev.name,
          entries: prev.entries.map((e) => ({ ...e, alias: prev.name })),
          tables: prev.tables,
        };
        scope.add(src);
        prev.uses++;
        const cols = rng.subset(src.entries, 1, src.entries.length);
        const where = rng.chance(0.5) ? ` WHERE ${this.predicate(scope)}` : "";
        cte = {
          name,
          sql: `SELECT ${cols.map((e) => q(e.name)).join(", ")} FROM ${prev.name}${where}`,
          entries: cols.map((e) => ({ name: e.name, type: e.type, ...(e.origin ? { origin: e.origin } : {}) })),
          tables: prev.tables,
          uses: 0,
        };
      } else {
        const body = this.selectBody(pool, 0);
        cte = { name, sql: body.sql, entries: body.entries, tables: body.tables, uses: 0 };
      }
      this.ctes.push(cte);
    }
    cte.uses++;
    const bare = !taken.has(cte.name) && rng.chance(0.4);
    const alias = bare ? cte.name : this.freshAlias(taken);
    taken.add(alias);
    return {
      alias,
      sql: bare ? cte.name : `${cte.name} AS ${alias}`,
      entries: cte.entries.map((e) => ({ ...e, alias })),
      tables: cte.tables,
    };
  }

  // ---- joins --------------------------------------------------------------------------------

  /** An ON condition between the scope so far and a new source: equal columns, preferring
   * foreign-key pairs and same-named integer columns. */
  joinCondition(scope: Scope, right: Source): string {
    const rng = this.rng;
    const pairs: [[Entry, Entry], number][] = [];
    for (const l of scope.entries) {
      for (const r of right.entries) {
        if (l.type !== r.type) continue;
        let w = l.type === "int" ? 2 : l.type === "text" ? 1 : 0.3;
        if (l.name === r.name) w *= 3;
        const fk = (a?: Entry["origin"], b?: Entry["origin"]) =>
          a &&
          b &&
          b.column === "id" &&
          this.schema.fks.some((f) => f.table === a.table && f.column === a.column && f.references === b.table);
        if (fk(l.origin, r.origin) || fk(r.origin, l.origin)) w *= 6;
        if (l.name === "id" && r.name === "id") w /= 2;
        if (!l.origin || !r.origin) w *= 0.3; // computed columns rarely match anything
        pairs.push([[l, r], w]);
      }
    }
    // both sides are visible in ON: an unqualified name must be unique across them
    const both = scope.clone();
    both.add(right);
    const refL = (e: Entry) => this.ref(both, both.entries[scope.entries.indexOf(e)]!);
    const refR = (e: Entry) => `${e.alias}.${q(e.name)}`;
    if (pairs.length === 0) return `${refL(rng.pick(scope.entries))} IS NOT NULL`;
    const [l, r] = rng.weighted(pairs);
    let cond = `${refL(l)} = ${refR(r)}`;
    if (rng.chance(0.1)) {
      const probe = new Scope();
      probe.add(right);
      const saved = this.qualifiedOnly;
      this.qualifiedOnly = true;
      cond += ` AND ${this.atom(probe)}`;
      this.qualifiedOnly = saved;
    } else if (rng.chance(0.06)) {
      const pair = rng.weighted(pairs);
      cond += ` AND ${refL(pair[0])} ${rng.pick(["<>", "<=", "="])} ${refR(pair[1])}`;
    }
    return cond;
  }

  /**
   * Joins the sources left to right with a random mix of JOIN … ON, USING, NATURAL JOIN, CROSS
   * JOIN (condition in WHERE) and, for the last source, a comma join (condition in WHERE).
   */
  join(sources: Source[], outerChance = 0): { from: string; where: string[]; scope: Scope } {
    const rng = this.rng;
    const scope = new Scope();
    scope.add(sources[0]!);
    let from = sources[0]!.sql;
    const where: string[] = [];
    // A NULL-extended side must read NULL in every column (immv refuses computed subquery
    // columns there) and be one branch: RIGHT and FULL only before any other outer join.
    const plain = (entries: Entry[]) => entries.every((e) => e.origin !== undefined);
    let outerSoFar = false;
    sources.slice(1).forEach((right, i) => {
      const last = i === sources.length - 2;
      if (rng.chance(outerChance)) {
        const kind = rng.weighted([
          ["LEFT", plain(right.entries) ? 4 : 0],
          ["RIGHT", !outerSoFar && plain(scope.entries) ? 2 : 0],
          ["FULL", !outerSoFar && plain(scope.entries) && plain(right.entries) ? 2 : 0],
          ["", 0.001],
        ] as const);
        if (kind !== "") {
          const cond = rng.chance(0.05) ? "true" : this.joinCondition(scope, right);
          scope.add(right);
          from += ` ${kind} ${rng.pick(["", "OUTER "])}JOIN ${right.sql} ON ${cond}`;
          outerSoFar = true;
          return;
        }
      }
      const usable = right.entries
        .filter((r) => right.entries.filter((o) => o.name === r.name).length === 1)
        .filter((r) => scope.unqualified(r.name) === 1 && scope.typeOf(r.name) === r.type)
        .map((r) => r.name);
      const common = right.entries.filter((r) => scope.unqualified(r.name) > 0).map((r) => r.name);
      const naturalOk =
        common.length > 0 &&
        (common.length === 1 || (common.length === 2 && rng.chance(0.3))) &&
        common.every((n) => usable.includes(n)) &&
        new Set(common).size === common.length;
      const style = rng.weighted([
        ["on", 5],
        ["using", usable.length > 0 ? 3 : 0],
        ["natural", naturalOk ? 2 : 0],
        ["cross", 1],
        ["comma", last ? 2 : 0],
      ] as const);
      if (style === "on") {
        const cond = this.joinCondition(scope, right);
        scope.add(right);
        from += ` ${rng.pick(["JOIN", "INNER JOIN"])} ${right.sql} ON ${cond}`;
      } else if (style === "using") {
        const cols = rng.subset(usable, 1, rng.chance(0.8) ? 1 : 2);
        const entries = right.entries;
        scope.add(right);
        for (const c of cols) scope.merge(c, entries);
        from += ` JOIN ${right.sql} USING (${cols.map(q).join(", ")})`;
      } else if (style === "natural") {
        scope.add(right);
        for (const c of common) scope.merge(c, right.entries);
        from += ` NATURAL JOIN ${right.sql}`;
      } else {
        // CROSS JOIN or comma: the join condition (usually) goes to WHERE
        this.qualifiedOnly = true;
        const cond = rng.chance(0.85) ? this.joinCondition(scope, right) : undefined;
        this.qualifiedOnly = false;
        scope.add(right);
        if (cond) where.push(cond);
        from += style === "cross" ? ` CROSS JOIN ${right.sql}` : `, ${right.sql}`;
      }
    });
    return { from, where, scope };
  }

  // ---- the whole view ------------------------------------------------------------------------

  /** The select list: *, alias.*, columns and expressions with unique output names. */
  selectList(scope: Scope, distinct: boolean, sources: Source[]): string {
    const rng = this.rng;
    const star = scope.starNames();
    if (!distinct && star && rng.chance(0.08)) return "*";
    const items: string[] = [];
    const names = new Set<string>();
    if (!distinct && rng.chance(0.08)) {
      const s = rng.pick(sources);
      const own = s.entries.map((e) => e.name);
      if (new Set(own).size === own.length) {
        items.push(`${s.alias}.*`);
        for (const n of own) names.add(n);
      }
    }
    const count = distinct ? rng.int(1, 3) : rng.int(1, 5);
    let fresh = 0;
    for (let i = 0; i < count; i++) {
      const e = this.pickEntry(scope.entries);
      if (rng.chance(distinct ? 0.3 : 0.4)) {
        const x = this.expression(scope, e);
        if (x.implicitName && !names.has(x.implicitName) && rng.chance(0.3)) {
          items.push(x.sql);
          names.add(x.implicitName);
        } else {
          let name = `e${++fresh}`;
          while (names.has(name)) name = `e${++fresh}`;
          items.push(`${x.sql} AS ${name}`);
          names.add(name);
        }
      } else if (!names.has(e.name) && !rng.chance(0.1)) {
        items.push(this.ref(scope, e));
        names.add(e.name);
      } else {
        let name = `${e.alias}_${e.name.toLowerCase()}`;
        while (names.has(name)) name = `${name}_`;
        items.push(`${this.ref(scope, e)} AS ${q(name)}`);
        names.add(name);
      }
    }
    return items.join(", ");
  }

  /** An aggregate argument over a column: its SQL, and whether sum()/avg() accept it (its type
   * is then known to the compiler: a column or a cast). */
  private aggregateArgument(scope: Scope, e: Entry, fn: "count" | "sum" | "avg" | "min" | "max"): string {
    const summable = fn === "sum" || fn === "avg";
    const ref = this.ref(scope, e);
    const rng = this.rng;
    if (isTemporal(e.type)) return temporalAggregateArgument(rng, ref, e.type, summable);
    if (isSettingType(e.type)) return e.origin || !summable ? ref : `(${ref})::${SETTING_TYPES[e.type].sql}`;
    // Through a subquery an expression's type is unknown to the compiler: cast it for sum/avg.
    const r = e.origin || !summable ? ref : `(${ref})::${e.type === "int" ? "int4" : e.type}`;
    if (e.type === "int") {
      // Floating-point sums drift from a recomputation once they round (documented, warned):
      // double precision of quarters stays exact here, real only in avg (summed as double).
      const sums = [
        r,
        `(${r})::int8`,
        `(${r})::int2`,
        `(${r} * 0.25)::float8`,
        ...(fn === "avg" ? [`(${r})::float4`] : []),
        `(${r} * 2)::numeric`,
        `(${r} * interval '1 hour')::interval`,
      ];
      return rng.pick(
        summable
          ? sums
          : [
              ...sums,
              `date '2024-01-01' + ${r}`,
              `(${r})::text`,
              `timestamp '2024-01-01 00:00' + ${r} * interval '1 day'`,
            ],
      );
    }
    if (e.type === "numeric") return rng.pick([r, `(${ref})::float8`, `(${ref} * 3)::numeric`]);
    return rng.pick([r, `lower(${r})`, `${r} || 'x'`]);
  }

  /** One aggregate call of the select list. */
  private aggregateCall(scope: Scope): { sql: string; printsAlike: boolean } {
    const rng = this.rng;
    const fn = rng.weighted([
      ["count(*)", 2],
      ["count", 2],
      ["sum", 3],
      ["avg", 2],
      ["min", 2],
      ["max", 2],
    ] as const);
    const count = { sql: "count(*)", printsAlike: true };
    if (fn === "count(*)") return count;
    const pool = scope.entries.filter((e) => aggregates(e.type, fn));
    if (pool.length === 0) return count;
    const entry = this.pickEntry(pool);
    const sql = `${fn}(${this.aggregateArgument(scope, entry, fn)})`;
    // The text form of an interval or date/time result reads IntervalStyle / DateStyle:
    // PostgreSQL marks that cast STABLE, and immv rejects it.
    const temporal =
      entry.type === "interval" || isTemporal(entry.type) || /interval|date '|timestamp(tz)? '/.test(sql);
    return { sql, printsAlike: fn === "count" || !temporal };
  }

  /**
   * A view with GROUP BY (0 to 2 keys when `grouped`, none otherwise) and aggregates: keys are
   * columns or expressions, selected or hidden, named in GROUP BY by expression, ordinal or alias;
   * outputs are aggregates and sometimes expressions over them.
   */
  aggregateView(
    makeSources: (taken: Set<string>) => Source[],
    grouped: boolean,
    whereChance = 0.35,
    existsCount = 0,
    outerChance = 0,
  ): string {
    const rng = this.rng;
    const taken = new Set<string>();
    const sources = makeSources(taken);
    const { from, where, scope } = this.join(sources, outerChance);
    if (rng.chance(whereChance)) where.push(this.predicate(scope));
    for (let i = 1; i <= existsCount; i++) where.push(this.existsCondition(scope, i));
    const items: string[] = [];
    const groupBy: string[] = [];
    const keyCount = grouped ? rng.int(1, 2) : 0;
    for (let i = 0; i < keyCount; i++) {
      const e = this.pickEntry(scope.entries);
      // date/time keys are mostly truncations and extractions (monthly revenue and the like)
      const key = rng.chance(isTemporal(e.type) ? 0.25 : 0.6) ? this.ref(scope, e) : this.expression(scope, e).sql;
      if (rng.chance(0.8)) {
        const alias = `k${i + 1}`;
        items.push(`${key} AS ${alias}`);
        groupBy.push(
          rng.weighted([
            [key, 3],
            [String(items.length), 1],
            [alias, scope.unqualified(alias) === 0 ? 1 : 0],
          ] as const),
        );
      } else {
        groupBy.push(key);
      }
    }
    const calls = rng.int(1, 4);
    for (let i = 0; i < calls; i++) {
      const { sql: call, printsAlike } = this.aggregateCall(scope);
      // Text forms only of results PostgreSQL itself determines: of equal numerics (1, 1.0)
      // min() and max() return whichever they meet first.
      const extremum = call.startsWith("min") || call.startsWith("max");
      const textForm = extremum || !printsAlike ? 0 : 1;
      const expr = rng.weighted([
        [call, 8],
        [`${call}::text`, textForm],
        [call.startsWith("count") ? `${call} * 2 + 1` : `COALESCE(${call}::text, '-')`, textForm],
      ] as const);
      items.push(`${expr} AS a${i + 1}`);
    }
    const ctes = this.ctes.map((c) => `${c.name} AS (${c.sql})`);
    const withClause = ctes.length > 0 ? `WITH ${ctes.join(", ")} ` : "";
    const group = groupBy.length > 0 ? ` GROUP BY ${groupBy.join(", ")}` : "";
    return `${withClause}SELECT ${items.join(", ")} FROM ${from}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""}${group}`;
  }

  /** A view over the given FROM items (built by `makeSources`, which may add CTEs). */
  view(
    makeSources: (taken: Set<string>) => Source[],
    distinct: boolean,
    whereChance = 0.35,
    existsCount = 0,
    outerChance = 0,
    subqueryCount = 0,
  ): string {
    const taken = new Set<string>();
    const sources = makeSources(taken);
    const { from, where, scope } = this.join(sources, outerChance);
    if (this.rng.chance(whereChance)) where.push(this.predicate(scope));
    for (let i = 1; i <= existsCount; i++) where.push(this.existsCondition(scope, i));
    let select = this.selectList(scope, distinct, sources);
    for (let i = 1; i <= subqueryCount; i++) {
      const sub = this.scalarSubquery(scope, i);
      const compared = scope.entries.filter((e) => e.type === sub.type);
      if (compared.length > 0 && this.rng.chance(0.5)) {
        const e = this.pickEntry(compared);
        where.push(`${this.ref(scope, e)} ${this.rng.pick(["<", ">=", "=", "<>"])} ${sub.sql}`);
      } else {
        select += `, ${sub.sql} AS s${i}`;
      }
    }
    const ctes = this.ctes.map((c) => `${c.name} AS (${c.sql})`);
    // sometimes a CTE the view never uses (still checked, never maintained)
    if (ctes.length > 0 && this.rng.chance(0.05))
      ctes.push(`unused AS (SELECT 1 AS one FROM ${this.schema.tables[0]!.name})`);
    const withClause = ctes.length > 0 ? `WITH ${ctes.join(", ")} ` : "";
    return `${withClause}SELECT ${distinct ? "DISTINCT " : ""}${select} FROM ${from}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""}`;
  }
}

/** Whether `fn` of a column of `type` exists and is exact when maintained. */
function aggregates(type: ColType, fn: "count" | "sum" | "avg" | "min" | "max"): boolean {
  if (fn === "count") return true;
  // temporal-gen.ts turns date/time columns into arguments every aggregate takes
  if (isTemporal(type)) return true;
  if (isSettingType(type)) return SETTING_TYPES[type].aggregates.includes(fn);
  return type !== "text" || fn === "min" || fn === "max";
}

// ---- shapes ------------------------------------------------------------------------------------

export interface Shape {
  /** Short tag used in schema and view names. */
  tag: string;
  name: string;
  strategy: "keyed" | "counted" | "aggregate";
  needs: SchemaNeeds;
  /** Views of this shape created on each round's schema and checked after every statement. */
  viewsPerRound: number;
  define(rng: Random, schema: Schema): string;
}

const keyed = (s: Schema) => s.tables.filter((t) => t.pk.length > 0);
const keyless = (s: Schema) => s.tables.filter((t) => t.pk.length === 0);

/** One FROM item over `t`: mostly the table, sometimes a subquery or CTE over it. */
function item(b: ViewBuilder, rng: Random, pool: Table[], taken: Set<string>, nested: number): Source {
  const r = rng.next();
  if (r < nested / 2) return b.subquery(pool, taken);
  if (r < nested) return b.cteRef(pool, taken);
  const s = b.base(rng.pick(pool), taken);
  taken.add(s.alias);
  return s;
}

function distinctTables(rng: Random, pool: Table[], n: number): Table[] {
  return rng.shuffle(pool).slice(0, n);
}

const TEMPORAL_FUNCTION = /\b(date_trunc|extract|date_part)\(|AT TIME ZONE/;

/** Draws definitions until one calls a date/time function (what the date/time shapes are about;
 * their operators come along), at most 20 times. */
function callingTemporalFunction(draw: () => string): string {
  let sql = draw();
  for (let i = 0; i < 20 && !TEMPORAL_FUNCTION.test(sql); i++) sql = draw();
  return sql;
}

const OUTER_JOIN = /\b(LEFT|RIGHT|FULL) (OUTER )?JOIN\b/;

/** Draws definitions until one has an outer join, at most 20 times. */
function withOuterJoin(draw: () => string): string {
  let sql = draw();
  for (let i = 0; i < 20 && !OUTER_JOIN.test(sql); i++) sql = draw();
  return sql;
}

/** A view of two or three FROM items (the first from `first`) joined with outer joins most of
 * the time, sometimes with an EXISTS. */
function outerJoinView(rng: Random, schema: Schema, first: Table[], pool: Table[], distinct: boolean): string {
  return withOuterJoin(() => {
    const b = new ViewBuilder(rng, schema);
    return b.view(
      (taken) => [
        item(b, rng, first, taken, 0.2),
        ...Array.from({ length: rng.int(1, 2) }, () => item(b, rng, pool, taken, 0.2)),
      ],
      distinct,
      0.35,
      rng.chance(0.2) ? 1 : 0,
      0.8,
    );
  });
}

export const SHAPES: Shape[] = [
  {
    tag: "sk",
    name: "single table, keyed",
    strategy: "keyed",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const t = rng.pick(keyed(schema));
      return b.view((taken) => [item(b, rng, [t], taken, 0.25)], false, 0.7);
    },
  },
  {
    tag: "sn",
    name: "single table without primary key (counted)",
    strategy: "counted",
    needs: { keyed: 0, keyless: 1 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const t = rng.pick(keyless(schema));
      return b.view((taken) => [item(b, rng, [t], taken, 0.25)], false, 0.6);
    },
  },
  {
    tag: "sd",
    name: "DISTINCT over one table (counted)",
    strategy: "counted",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const t = rng.pick(schema.tables);
      return b.view((taken) => [item(b, rng, [t], taken, 0.2)], true, 0.5);
    },
  },
  {
    tag: "kj",
    name: "inner joins of keyed tables (ON, USING, NATURAL, comma, CROSS JOIN)",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = keyed(schema);
      const tables = distinctTables(rng, pool, rng.int(2, Math.min(3, pool.length)));
      return b.view((taken) => tables.map((t) => item(b, rng, [t], taken, 0)), false);
    },
  },
  {
    tag: "ks",
    name: "self-joins of keyed tables",
    strategy: "keyed",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = keyed(schema);
      const t = rng.pick(pool);
      return b.view((taken) => {
        const sources = [item(b, rng, [t], taken, 0), item(b, rng, [t], taken, 0.15)];
        if (rng.chance(0.3)) sources.push(item(b, rng, pool, taken, 0));
        return rng.shuffle(sources);
      }, false);
    },
  },
  {
    tag: "kq",
    name: "keyed subqueries in FROM and CTEs",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = keyed(schema);
      return b.view((taken) => {
        const n = rng.int(1, 3);
        const sources = [rng.chance(0.5) ? b.subquery(pool, taken) : b.cteRef(pool, taken)];
        for (let i = 1; i < n; i++) sources.push(item(b, rng, pool, taken, 0.6));
        return rng.shuffle(sources);
      }, false);
    },
  },
  {
    tag: "cd",
    name: "DISTINCT over joins, self-joins and subqueries (counted)",
    strategy: "counted",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = schema.tables;
      return b.view((taken) => {
        const n = rng.int(2, 3);
        const sources: Source[] = [];
        for (let i = 0; i < n; i++) sources.push(item(b, rng, pool, taken, 0.3));
        return sources;
      }, true);
    },
  },
  {
    tag: "cn",
    name: "joins with a table without primary key (counted)",
    strategy: "counted",
    needs: { keyed: 1, keyless: 1 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = schema.tables;
      const nokey = keyless(schema);
      return b.view((taken) => {
        const n = rng.int(2, 3);
        const sources: Source[] = [item(b, rng, nokey, taken, 0.2)];
        for (let i = 1; i < n; i++) sources.push(item(b, rng, rng.chance(0.3) ? nokey : pool, taken, 0.2));
        return rng.shuffle(sources);
      }, false);
    },
  },
  {
    tag: "ag",
    name: "GROUP BY over one table (keyed or not, subqueries, CTEs)",
    strategy: "aggregate",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const t = rng.pick(schema.tables);
      return b.aggregateView((taken) => [item(b, rng, [t], taken, 0.25)], true);
    },
  },
  {
    tag: "a0",
    name: "aggregates without GROUP BY (one row, kept at count 0)",
    strategy: "aggregate",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = schema.tables;
      return b.aggregateView((taken) => {
        const sources = [item(b, rng, pool, taken, 0.2)];
        if (rng.chance(0.3)) sources.push(item(b, rng, pool, taken, 0.2));
        return sources;
      }, false);
    },
  },
  {
    tag: "aj",
    name: "GROUP BY over joins, self-joins, subqueries and CTEs",
    strategy: "aggregate",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = schema.tables;
      return b.aggregateView((taken) => {
        const n = rng.int(2, 3);
        const sources: Source[] = [];
        for (let i = 0; i < n; i++) sources.push(item(b, rng, pool, taken, 0.3));
        return sources;
      }, true);
    },
  },
  {
    tag: "ek",
    name: "[NOT] EXISTS over keyed outer tables (correlated, one or two, joins inside)",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = keyed(schema);
      const tables = distinctTables(rng, pool, rng.int(1, 2));
      return b.view((taken) => tables.map((t) => item(b, rng, [t], taken, 0.15)), false, 0.3, rng.int(1, 2));
    },
  },
  {
    tag: "ed",
    name: "[NOT] EXISTS in DISTINCT views and over tables without primary key (counted)",
    strategy: "counted",
    needs: { keyed: 1, keyless: 1 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const distinct = rng.chance(0.5);
      const pool = distinct ? schema.tables : keyless(schema);
      return b.view((taken) => [item(b, rng, pool, taken, 0.15)], distinct, 0.3, rng.int(1, 2));
    },
  },
  {
    tag: "oj",
    name: "LEFT, RIGHT and FULL joins of keyed tables, chained with inner joins (keyed: NULL keys for unmatched sides)",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => outerJoinView(rng, schema, keyed(schema), keyed(schema), false),
  },
  {
    tag: "od",
    name: "outer joins in DISTINCT views and over tables without primary key (counted)",
    strategy: "counted",
    needs: { keyed: 1, keyless: 1 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const distinct = rng.chance(0.5);
      return outerJoinView(rng, schema, distinct ? schema.tables : keyless(schema), schema.tables, distinct);
    },
  },
  {
    tag: "oa",
    name: "GROUP BY and aggregates over outer joins (count of the NULL-extended side and the like)",
    strategy: "aggregate",
    needs: { keyed: 2, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) =>
      withOuterJoin(() => {
        const b = new ViewBuilder(rng, schema);
        const pool = schema.tables;
        return b.aggregateView(
          (taken) => Array.from({ length: rng.int(2, 3) }, () => item(b, rng, pool, taken, 0.15)),
          rng.chance(0.85),
          0.3,
          0,
          0.8,
        );
      }),
  },
  {
    tag: "ea",
    name: "[NOT] EXISTS in aggregate views",
    strategy: "aggregate",
    needs: { keyed: 1, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const pool = schema.tables;
      return b.aggregateView(
        (taken) => Array.from({ length: rng.int(1, 2) }, () => item(b, rng, pool, taken, 0.15)),
        rng.chance(0.8),
        0.3,
        rng.int(1, 2),
      );
    },
  },
  {
    tag: "sq",
    name: "aggregate subqueries used as values, correlated or not, in select lists and WHERE (keyed)",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0 },
    viewsPerRound: 3,
    define: (rng, schema) => {
      const b = new ViewBuilder(rng, schema);
      const tables = distinctTables(rng, keyed(schema), rng.int(1, 2));
      return b.view((taken) => tables.map((t) => item(b, rng, [t], taken, 0.15)), false, 0.3, 0, 0, rng.int(1, 2));
    },
  },
  {
    tag: "tk",
    name: "date/time expressions in select lists and WHERE over keyed tables and joins",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0, temporal: true },
    viewsPerRound: 3,
    define: (rng, schema) =>
      callingTemporalFunction(() => {
        const b = new ViewBuilder(rng, schema);
        const tables = distinctTables(rng, keyed(schema), rng.int(1, 2));
        return b.view((taken) => tables.map((t) => item(b, rng, [t], taken, 0.2)), false, 0.7);
      }),
  },
  {
    tag: "tc",
    name: "date/time expressions in DISTINCT views and over tables without primary key (counted)",
    strategy: "counted",
    needs: { keyed: 1, keyless: 1, temporal: true },
    viewsPerRound: 3,
    define: (rng, schema) =>
      callingTemporalFunction(() => {
        const b = new ViewBuilder(rng, schema);
        const distinct = rng.chance(0.5);
        const pool = distinct ? schema.tables : keyless(schema);
        const n = rng.int(1, 2);
        return b.view((taken) => Array.from({ length: n }, () => item(b, rng, pool, taken, 0.2)), distinct, 0.6);
      }),
  },
  {
    tag: "ta",
    name: "GROUP BY date_trunc / extract / date_part keys, aggregates of date/time values",
    strategy: "aggregate",
    needs: { keyed: 1, keyless: 0, temporal: true },
    viewsPerRound: 3,
    define: (rng, schema) =>
      callingTemporalFunction(() => {
        const b = new ViewBuilder(rng, schema);
        const pool = schema.tables;
        return b.aggregateView((taken) => {
          const sources = [item(b, rng, pool, taken, 0.25)];
          if (rng.chance(0.3)) sources.push(item(b, rng, pool, taken, 0.2));
          return sources;
        }, rng.chance(0.85));
      }),
  },
  {
    tag: "te",
    name: "[NOT] EXISTS correlated on and filtered by date/time columns (keyed)",
    strategy: "keyed",
    needs: { keyed: 2, keyless: 0, temporal: true },
    viewsPerRound: 3,
    define: (rng, schema) =>
      callingTemporalFunction(() => {
        const b = new ViewBuilder(rng, schema);
        const tables = distinctTables(rng, keyed(schema), rng.int(1, 2));
        return b.view((taken) => tables.map((t) => item(b, rng, [t], taken, 0.15)), false, 0.4, rng.int(1, 2));
      }),
  },
];
