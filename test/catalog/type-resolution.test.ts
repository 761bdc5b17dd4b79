import { describe, expect, test } from "vitest";
import { createTypeSystem, type Resolution } from "../../packages/core/src/types/index.js";
import { freshDatabase } from "../support/database.js";
import { type Call, corpus, PROBE_ENUM } from "./type-corpus.js";

/**
 * The type system against the server, the real proof: for every built-in function and operator
 * called with exact, coerced and untyped-literal arguments, the server's result type (or its
 * refusal: no such function, not unique) and whether the call may appear in an index predicate
 * (IMMUTABLE as contain_mutable_functions sees it) must equal what createTypeSystem() says.
 */
const { client } = await freshDatabase("type_resolution");
const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
const major = Math.floor(Number(rows[0]?.v) / 10000);
const types = createTypeSystem({ major, types: [{ name: PROBE_ENUM, kind: "enum" }] });
const calls = corpus(major);
const resolutions = calls.map(ours);

/** Server errors that mean resolution failed, by what our resolution calls them. */
const REFUSALS: Readonly<Record<string, string>> = {
  "42883": "no_match",
  "42725": "ambiguous",
  "42804": "indeterminate",
  "42P18": "indeterminate",
};
/** COALESCE's refusals: types of different categories (42804), or one not convertible (42846). */
const COALESCE_REFUSALS: Readonly<Record<string, string>> = { "42804": "no_match", "42846": "no_match" };

/**
 * Ordered-set and hypothetical-set aggregates (percentile_cont, rank(…), …) must be called
 * WITHIN GROUP (ORDER BY …); the server resolves the plain call and then rejects it (SQLSTATE
 * 42809), so their result type cannot be observed this way. Their resolution is the ordinary one.
 */
const WITHIN_GROUP_REQUIRED = "error 42809";

/** A literal each type accepts, for untyped-literal arguments in the immutability check. */
const LITERALS: Readonly<Record<string, string>> = {
  bool: "t",
  date: "2020-01-01",
  timestamp: "2020-01-01",
  timestamptz: "2020-01-01 00:00+00",
  time: "12:00",
  timetz: "12:00+00",
  interval: "1 day",
  int2vector: "0",
  oidvector: "0",
  json: "{}",
  jsonb: "{}",
  jsonpath: "$",
  uuid: "00000000-0000-0000-0000-000000000000",
  inet: "127.0.0.1",
  cidr: "10.0.0.0/8",
  macaddr: "08:00:2b:01:02:03",
  macaddr8: "08:00:2b:01:02:03:04:05",
  bytea: "\\x00",
  point: "(0,0)",
  tsvector: "a",
  tsquery: "a",
  regclass: "pg_class",
  regtype: "int4",
  regconfig: "simple",
  regdictionary: "simple",
  regproc: "now",
  regprocedure: "now()",
  regoper: "||/",
  regoperator: "+(int4,int4)",
  regnamespace: "pg_catalog",
  regrole: "pg_database_owner",
  regcollation: '"default"',
  regtypearray: "{int4}",
  xml: "<a/>",
  [PROBE_ENUM]: "a",
};
// -1 for numbers: also a valid typmod, which typmod functions' planner support checks.
const BY_CATEGORY: Readonly<Record<string, string>> = { N: "-1", S: "a", A: "{}", B: "t", D: "2020-01-01" };
const BY_TYPTYPE: Readonly<Record<string, string>> = { r: "empty", m: "{}" };

function column(type: string): string {
  return `"c_${type.replace(/^public\./, "")}"`;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The call as SQL; untyped literals written by `literal` (for the argument position). */
function sql(call: Call, literal: (i: number) => string | undefined): string | undefined {
  const args: string[] = [];
  for (const [i, type] of call.args.entries()) {
    const arg = type === "unknown" ? literal(i) : column(type);
    if (arg === undefined) return undefined;
    args.push(arg);
  }
  if (call.kind === "operator") {
    const op = `OPERATOR(pg_catalog.${call.name})`;
    return args.length === 1 ? `(${op} ${args[0]})` : `(${args[0]} ${op} ${args[1]})`;
  }
  if (call.kind === "coalesce") return `COALESCE(${args.join(", ")})`;
  if (call.variadicArray) args.push(`VARIADIC ${args.pop()}`);
  return `${quote(call.name)}(${args.join(", ")})${call.shape === "w" ? " OVER ()" : ""}`;
}

function literalFor(type: string): string | undefined {
  const info = types.type(type);
  const text = LITERALS[type] ?? BY_TYPTYPE[info?.typtype ?? ""] ?? BY_CATEGORY[info?.category ?? ""];
  return text === undefined ? undefined : `'${text.replaceAll("'", "''")}'`;
}

function ours(call: Call): Resolution | Common {
  switch (call.kind) {
    case "operator":
      return types.resolveOperator(call.name, call.args.length === 1 ? undefined : call.args[0], call.args.at(-1)!);
    case "function":
      return types.resolveFunction(call.name, call.args, { variadicArray: call.variadicArray });
    case "coalesce":
      return coalesce(call.args);
  }
}

/** COALESCE as the type system sees it: the common type, and the coercions to it. */
type Common =
  | { readonly ok: true; readonly result: string; readonly argTargets: readonly string[]; readonly volatility: string }
  | { readonly ok: false; readonly reason: "no_match" };

function coalesce(args: readonly string[]): Common {
  const common = types.commonType(args);
  if (common === undefined) return { ok: false, reason: "no_match" };
  const volatile = args.some((t) => t !== "unknown" && types.coercion(t, common, "implicit")?.volatility !== "i");
  return { ok: true, result: common, argTargets: args.map(() => common), volatility: volatile ? "s" : "i" };
}

interface Verdict {
  readonly type: string; // a type name, or a refusal reason, or "error <sqlstate>"
  readonly immutable: string | undefined; // "true" | "false" | "error <sqlstate>" | undefined (not checked)
}

async function setUp(): Promise<void> {
  const columnTypes = [...new Set(calls.flatMap((c) => c.args))].filter((t) => t !== "unknown");
  const typeSql = (t: string) => (t.includes(".") ? t : `pg_catalog.${quote(t)}`);
  await client.query(`CREATE TYPE ${PROBE_ENUM} AS ENUM ('a', 'b')`);
  await client.query(
    `CREATE TEMP TABLE probe (k int, ${columnTypes.map((t) => `${column(t)} ${typeSql(t)}`).join(", ")})`,
  );
  // One round trip per batch: each call in a subtransaction, its error caught by SQLSTATE.
  await client.query(`
    CREATE FUNCTION probe_calls(exprs text[], checks text[], OUT n int, OUT typ text, OUT err text, OUT imm text)
    RETURNS SETOF record LANGUAGE plpgsql AS $$
    DECLARE t oid;
    BEGIN
      FOR i IN 1 .. cardinality(exprs) LOOP
        n := i; typ := NULL; err := NULL; imm := NULL; t := NULL;
        BEGIN
          EXECUTE format('SELECT pg_typeof((SELECT %s FROM probe LIMIT 1))::oid', exprs[i]) INTO t;
          SELECT CASE WHEN nspname = 'pg_catalog' THEN typname ELSE nspname || '.' || typname END
            INTO typ FROM pg_type JOIN pg_namespace ON pg_namespace.oid = typnamespace WHERE pg_type.oid = t;
        EXCEPTION WHEN OTHERS THEN err := SQLSTATE;
        END;
        IF t IS NOT NULL AND checks[i] IS NOT NULL THEN
          BEGIN
            EXECUTE format('CREATE INDEX ON probe (k) WHERE (%s) IS NULL', checks[i]);
            RAISE SQLSTATE 'ZZ001';
          EXCEPTION WHEN SQLSTATE 'ZZ001' THEN imm := 'true';
            WHEN SQLSTATE '42P17' THEN imm := 'false';
            WHEN OTHERS THEN imm := 'error ' || SQLSTATE;
          END;
        END IF;
        RETURN NEXT;
      END LOOP;
    END $$`);
}

async function askServer(): Promise<Verdict[]> {
  const exprs: string[] = [];
  const checks: (string | null)[] = [];
  for (const [i, call] of calls.entries()) {
    // Untyped NULL for the type: nothing to parse. A literal of the resolved type for the index
    // predicate, where a NULL would let the planner fold a strict call away.
    exprs.push(sql(call, () => "NULL")!);
    const r = resolutions[i]!;
    // A call of literals only is evaluated by the planner when IMMUTABLE: its errors say nothing.
    const checkable = call.shape === "f" && !call.returnsSet && r.ok && call.args.some((t) => t !== "unknown");
    checks.push((checkable && sql(call, (i) => literalFor(r.argTargets[i]!))) || null);
  }
  const verdicts: Verdict[] = [];
  const batch = 2000;
  for (let start = 0; start < calls.length; start += batch) {
    const result = await client.query<{ n: number; typ: string | null; err: string | null; imm: string | null }>(
      "SELECT * FROM probe_calls($1, $2)",
      [exprs.slice(start, start + batch), checks.slice(start, start + batch)],
    );
    for (const row of result.rows) {
      const refusals = calls[start + row.n - 1]!.kind === "coalesce" ? COALESCE_REFUSALS : REFUSALS;
      verdicts.push({
        type: row.typ ?? refusals[row.err ?? ""] ?? `error ${row.err}`,
        immutable: row.imm ?? undefined,
      });
    }
  }
  return verdicts;
}

function describeCall(call: Call): string {
  if (call.kind !== "operator") return `${call.name}(${call.variadicArray ? "VARIADIC " : ""}${call.args.join(", ")})`;
  return call.args.length === 1 ? `${call.name} ${call.args[0]}` : `${call.args[0]} ${call.name} ${call.args[1]}`;
}

describe(`type resolution agrees with PostgreSQL ${major}`, async () => {
  await setUp();
  const started = Date.now();
  const verdicts = await askServer();
  const typeDiffs: string[] = [];
  const immutableDiffs: string[] = [];
  let checked = 0;
  let notObservable = 0;
  for (const [i, call] of calls.entries()) {
    const server = verdicts[i]!;
    const r = resolutions[i]!;
    const mine = r.ok ? r.result : r.reason;
    if (server.type === WITHIN_GROUP_REQUIRED) {
      notObservable++;
      continue;
    }
    if (mine !== server.type) typeDiffs.push(`${describeCall(call)}: server ${server.type}, ours ${mine}`);
    if (server.immutable !== undefined && r.ok) {
      checked++;
      const ourImmutable = String(r.volatility === "i");
      if (ourImmutable !== server.immutable) {
        immutableDiffs.push(`${describeCall(call)}: server immutable ${server.immutable}, ours ${r.volatility}`);
      }
    }
  }
  const share = (diffs: number, of: number) => `${of - diffs}/${of} (${((100 * (of - diffs)) / of).toFixed(2)}%)`;
  console.log(
    `type resolution oracle, PostgreSQL ${major}: ${calls.length} calls in ${Date.now() - started} ms; ` +
      `result type / refusal agrees ${share(typeDiffs.length, calls.length - notObservable)} ` +
      `(${notObservable} ordered-set aggregate calls not observable); ` +
      `immutability agrees ${share(immutableDiffs.length, checked)}`,
  );

  test("every call resolves to the server's result type, or is refused as the server refuses it", () => {
    expect(typeDiffs.slice(0, 60)).toEqual([]);
  });
  test("every resolved call is IMMUTABLE exactly when the server accepts it in an index predicate", () => {
    expect(checked).toBeGreaterThan(0);
    expect(immutableDiffs.slice(0, 60)).toEqual([]);
  });
});
