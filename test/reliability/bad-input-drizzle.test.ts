import { getImmvDefinition, immv } from "@immv/drizzle";
import { compileSchema, type DrizzleProject, SchemaError } from "@immv/drizzle/generate";
import { integer, pgTable, serial } from "drizzle-orm/pg-core";
import { describe, expect, test } from "vitest";

/**
 * Bad input through the Drizzle entry point: an `immv()` declaration compiled the way
 * `immv-drizzle generate` compiles a schema file (test/drizzle runs the command itself). Each
 * failure is a SchemaError naming the file, the immv() call and the compiler's typed error.
 */

const orders = pgTable("orders", { id: serial("id").primaryKey(), amount: integer("amount") });
const project: DrizzleProject = {
  cwd: process.cwd(),
  config: "drizzle.config.ts",
  out: "drizzle",
  schemaFiles: [],
  casing: undefined,
  url: undefined,
};

/** The first two lines of the error for one declaration: the heading and `error[code]: …`. */
async function generateError(name: string, query: string): Promise<string[]> {
  const view = immv(name, { id: integer("id") }).as(query);
  const definition = getImmvDefinition(view);
  if (!definition) throw new Error("immv() attached no definition");
  try {
    await compileSchema(project, {
      immvs: [{ exportName: "v", file: "src/schema.ts", definition }],
      exports: [orders, view],
    });
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    expect(error.messages).toHaveLength(1);
    return (error.messages[0] ?? "").split("\n").slice(0, 2);
  }
  throw new Error("expected a SchemaError; the declaration compiled");
}

/** The call site is the drizzle suite's concern; here only that one is given. */
const HEADING = /^src\/schema\.ts: immv\("(.*)"\) \(export v, .+:\d+:\d+\)$/;

describe("immv() declarations with bad input", () => {
  test.each([
    { what: "empty", query: "", first: "error[empty_definition]: the view definition is empty" },
    { what: "whitespace", query: " \n ", first: "error[empty_definition]: the view definition is empty" },
    { what: "comments only", query: "-- none", first: "error[empty_definition]: the view definition is empty" },
    {
      what: "two statements",
      query: "SELECT id FROM orders; SELECT id FROM orders",
      first: "error[multiple_statements]: the definition holds 2 statements; a view is defined by exactly one SELECT",
    },
    {
      what: "DDL",
      query: "DROP TABLE orders",
      first: "error[not_a_select]: the definition is a DROP statement, not a SELECT",
    },
    {
      what: "DML",
      query: "DELETE FROM orders",
      first: "error[not_a_select]: the definition is a DELETE statement, not a SELECT",
    },
    {
      what: "deeply nested",
      query: `SELECT ${Array(3000).fill("id").join(" + ")} AS id FROM orders`,
      first: "error[too_deeply_nested]: the definition nests expressions too deeply to be compiled",
    },
    {
      what: "invalid Unicode",
      query: 'SELECT id AS "\uD800" FROM orders',
      first: "error[invalid_options]: the definition is not valid Unicode: a lone UTF-16 surrogate at character 15",
    },
    {
      what: "unknown table",
      query: "SELECT id FROM nope",
      first: 'error[unknown_table]: relation "nope" does not exist',
    },
  ])("$what", async ({ query, first }) => {
    const [heading, error] = await generateError("v", query);
    expect(heading).toMatch(HEADING);
    expect(error).toBe(first);
  });

  test.each([
    ["", 'error[invalid_name]: view name "" is empty'],
    [
      "a$b",
      'error[invalid_name]: view name "a$b" contains $, which immv reserves for the names it generates (e.g. <name>$key)',
    ],
    [5 as unknown as string, "error[invalid_options]: option name must be a string, got number 5"],
  ])("name %j", async (name, first) => {
    const [heading, error] = await generateError(name, "SELECT id FROM orders");
    expect(heading).toMatch(HEADING);
    expect(error).toBe(first);
  });
});
