import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CompileOptions, catalogFromRelations, compile, ImmvError } from "@immv/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { immv, STACK_FRAME } from "../cli/run-cli.js";
import { freshDatabase } from "../support/database.js";

/**
 * Bad input to every entry point, each with the exact error a user sees. test/cli/errors.test.ts
 * covers the CLI's syntax errors, unknown tables and columns, two statements, usage errors, URLs
 * and database errors; this table adds the rest: blank and comment-only text, other statement
 * kinds, 1 MB and deeply nested definitions, invalid UTF-8 / Unicode, and wrong types.
 */

const catalog = catalogFromRelations([
  {
    schema: "public",
    name: "orders",
    kind: "table",
    columns: [
      { name: "id", type: "integer", notNull: true },
      { name: "amount", type: "numeric", notNull: false },
    ],
    primaryKey: ["id"],
  },
]);

/** A 1 MB definition: one WHERE with 60,000 conditions. */
const HUGE = `SELECT id FROM orders WHERE ${Array(60_000).fill("id <> 12345").join(" AND ")}`;
/** a + a + … 3,000 times: PostgreSQL accepts it; immv's recursive passes cannot follow. */
const DEEP_SUM = `SELECT ${Array(3000).fill("id").join(" + ")} AS s FROM orders`;
/** 10,000 nested parentheses: PostgreSQL's parser itself gives up. */
const DEEP_PARENS = `SELECT id FROM orders WHERE ${"(".repeat(10_000)}id = 1${")".repeat(10_000)}`;

interface Row {
  what: string;
  query: string;
  code: string;
  message: string;
  position?: number;
}

const SQL_ROWS: Row[] = [
  { what: "empty", query: "", code: "empty_definition", message: "the view definition is empty" },
  { what: "whitespace", query: "  \n\t ", code: "empty_definition", message: "the view definition is empty" },
  {
    what: "comments only",
    query: "-- totals\n/* by customer */",
    code: "empty_definition",
    message: "the view definition is empty",
  },
  { what: "semicolons only", query: ";;;", code: "empty_definition", message: "the view definition is empty" },
  {
    what: "two statements",
    query: "SELECT id FROM orders; SELECT id FROM orders",
    code: "multiple_statements",
    message: "the definition holds 2 statements; a view is defined by exactly one SELECT",
    position: 23,
  },
  {
    what: "DDL",
    query: "CREATE TABLE x (id int)",
    code: "not_a_select",
    message: "the definition is a CREATE statement, not a SELECT",
    position: 0,
  },
  {
    what: "DML",
    query: "DELETE FROM orders",
    code: "not_a_select",
    message: "the definition is a DELETE statement, not a SELECT",
    position: 0,
  },
  {
    what: "DML in a writable CTE",
    query: "WITH d AS (DELETE FROM orders RETURNING id) SELECT id FROM d",
    code: "unsupported_clause",
    message: "data-modifying statements in WITH (DELETE) cannot define a view",
    position: 11,
  },
  {
    what: "SELECT INTO",
    query: "SELECT id INTO copy FROM orders",
    code: "unsupported_clause",
    message: "SELECT INTO is not a view definition",
    position: 10,
  },
  {
    what: "deeply nested expression",
    query: DEEP_SUM,
    code: "too_deeply_nested",
    message: "the definition nests expressions too deeply to be compiled",
  },
  {
    what: "nesting beyond PostgreSQL's parser",
    query: DEEP_PARENS,
    code: "syntax_error",
    message: 'memory exhausted at or near "("',
    position: 10_020,
  },
  {
    what: "a NUL character",
    query: "SELECT id FROM orders WHERE 'a\u0000' = 'a'",
    code: "syntax_error",
    message: 'unterminated quoted string at or near "\'a"',
    position: 28,
  },
  {
    what: "invalid Unicode (lone surrogate)",
    query: 'SELECT id AS "\uD800" FROM orders',
    code: "invalid_options",
    message: "the definition is not valid Unicode: a lone UTF-16 surrogate at character 15",
    position: 14,
  },
  {
    what: "unknown table",
    query: "SELECT id FROM nope",
    code: "unknown_table",
    message: 'relation "nope" does not exist',
    position: 15,
  },
  {
    what: "unknown column",
    query: "SELECT total FROM orders",
    code: "unknown_column",
    message: 'column "total" does not exist',
    position: 7,
  },
  {
    what: "unknown function",
    query: "SELECT nope(id) AS x FROM orders",
    code: "unknown_function",
    message: "cannot tell whether function nope() is IMMUTABLE",
    position: 7,
  },
];

async function compileError(options: unknown): Promise<ImmvError> {
  try {
    await compile(options as CompileOptions);
  } catch (error) {
    if (error instanceof ImmvError) return error;
    throw new Error(`expected an ImmvError, got ${(error as Error)?.stack ?? String(error)}`);
  }
  throw new Error("expected an error, the definition compiled");
}

describe("compile(): bad definitions", () => {
  test.each(SQL_ROWS)("$what → $code", async (row) => {
    const error = await compileError({ name: "v", query: row.query, catalog });
    expect({ code: error.code, message: error.message, position: error.position }).toEqual({
      code: row.code,
      message: row.message,
      position: row.position,
    });
    expect(error.hint).not.toBe("");
  });

  test("a 1 MB definition compiles, and is recorded as written", async () => {
    const compiled = await compile({ name: "big", query: HUGE, catalog });
    expect(compiled.descriptor.strategy).toBe("keyed");
    expect(compiled.createSql).toContain(`'${HUGE}'`);
  });
});

describe("compile(): options of the wrong type", () => {
  const ok = { name: "v", query: "SELECT id FROM orders", catalog };
  test.each([
    { what: "no options", options: undefined, message: "compile() expects an options object, got undefined" },
    { what: "a string", options: "SELECT 1", message: 'compile() expects an options object, got string "SELECT 1"' },
    { what: "query is a number", options: { ...ok, query: 5 }, message: "option query must be a string, got number 5" },
    { what: "query is null", options: { ...ok, query: null }, message: "option query must be a string, got null" },
    { what: "name is a number", options: { ...ok, name: 7 }, message: "option name must be a string, got number 7" },
    {
      what: "no catalog",
      options: { name: "v", query: "SELECT id FROM orders" },
      message: "option catalog must be a Catalog (an object with a relation() method), got undefined",
    },
    {
      what: "catalog is an array",
      options: { ...ok, catalog: [] },
      message: "option catalog must be a Catalog (an object with a relation() method), got an array",
    },
    {
      what: "schema is a number",
      options: { ...ok, schema: 1 },
      message: "option schema must be a string, got number 1",
    },
    {
      what: "transaction is a string",
      options: { ...ok, transaction: "yes" },
      message: 'option transaction must be a boolean, got string "yes"',
    },
    {
      what: "name with a lone surrogate",
      options: { ...ok, name: "v\uDC00" },
      message: "the view name is not valid Unicode: a lone UTF-16 surrogate at character 2",
    },
  ])("$what", async ({ options, message }) => {
    const error = await compileError(options);
    expect({ code: error.code, message: error.message }).toEqual({ code: "invalid_options", message });
  });

  test.each([
    ["", 'view name "" is empty'],
    ["x".repeat(64), `view name "${"x".repeat(64)}" is longer than 63 bytes`],
    ["é".repeat(32), `view name "${"é".repeat(32)}" is longer than 63 bytes`],
    ["__ivm_v", 'view name "__ivm_v" starts with the reserved prefix __ivm_'],
    ["a\u0000b", 'view name "a\u0000b" contains a NUL character'],
  ])("view name %j", async (name, message) => {
    const error = await compileError({ ...ok, name });
    expect({ code: error.code, message: error.message }).toEqual({ code: "invalid_name", message });
  });
});

describe("immv CLI: bad input exits 2 (3 for what only the database can tell), never with a stack trace", async () => {
  const { url, client } = await freshDatabase("bad_input");
  const dir = mkdtempSync(join(tmpdir(), "immv-bad-input-"));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const run = (args: string[], input?: string) => immv(args, { env: { DATABASE_URL: url }, input });

  beforeAll(async () => {
    await client.query("CREATE TABLE orders (id int PRIMARY KEY, amount numeric)");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    {
      what: "empty --query",
      args: ["explain", "-q", ""],
      first: "error[empty_definition]: the view definition is empty",
    },
    {
      what: "whitespace",
      args: ["explain", "-q", " \n\t"],
      first: "error[empty_definition]: the view definition is empty",
    },
    {
      what: "comments only",
      args: ["create", "v", "-q", "-- nothing here"],
      first: "error[empty_definition]: the view definition is empty",
    },
    {
      what: "DDL",
      args: ["create", "v", "-q", "DROP TABLE orders"],
      first: "error[not_a_select]: the definition is a DROP statement, not a SELECT",
    },
    {
      what: "DML",
      args: ["sql", "v", "-q", "UPDATE orders SET amount = 0"],
      first: "error[not_a_select]: the definition is an UPDATE statement, not a SELECT",
    },
    {
      what: "deeply nested",
      args: ["explain", "-q", DEEP_SUM],
      first: "error[too_deeply_nested]: the definition nests expressions too deeply to be compiled",
    },
    {
      what: "a 64-byte name",
      args: ["create", "x".repeat(64), "-q", "SELECT id FROM orders"],
      first: `error[invalid_name]: view name "${"x".repeat(64)}" is longer than 63 bytes`,
    },
    {
      what: "--limit that is not a number",
      args: ["check", "v", "--limit", "ten"],
      first: "error: option '--limit <n>' argument 'ten' is invalid. expected a whole number ≥ 0",
    },
  ])("$what", async ({ args, first }) => {
    const result = await run(args);
    expect({ code: result.code, stdout: result.stdout, first: result.stderr.split("\n")[0] }).toEqual({
      code: 2,
      stdout: "",
      first,
    });
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  test("a definition file that is not UTF-8", async () => {
    const latin1 = Buffer.from('SELECT id AS "caf\xe9" FROM orders', "latin1");
    const path = file("latin1.sql", latin1);
    const fromFile = await run(["explain", "-f", path]);
    expect({ code: fromFile.code, stderr: fromFile.stderr }).toEqual({
      code: 2,
      stderr: `error: cannot read ${path}: the definition is not valid UTF-8\nhint: save the file as UTF-8 (PostgreSQL identifiers and literals are stored as UTF-8)\n`,
    });
  });

  test("a 1 MB definition file is compiled", async () => {
    const result = await run(["explain", "--name", "big", "-f", file("huge.sql", HUGE)]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^strategy:\s+keyed$/m);
  });

  test("a type error only PostgreSQL sees exits 3 with its message, and nothing is created", async () => {
    const result = await run(["create", "v", "-q", "SELECT id FROM orders WHERE id = 'abc'"]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 3,
      stderr: 'error: invalid input syntax for type integer: "abc" [SQLSTATE 22P02]\n',
    });
    const { rows } = await client.query("SELECT to_regclass('public.v') AS v");
    expect(rows[0].v).toBeNull();
  });
});
