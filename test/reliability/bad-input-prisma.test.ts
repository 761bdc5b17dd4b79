import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateImmvMigrations, PrismaImmvError } from "@immv/prisma";
import type { Datamodel, Field, Model } from "@prisma/dmmf";
import { afterAll, describe, expect, test } from "vitest";
import { STACK_FRAME } from "../cli/run-cli.js";

/**
 * Bad input through the Prisma generator: a `view` block whose `/// @immv("…")` holds bad SQL,
 * given to the generator as Prisma hands it over (the DMMF and the schema text). Each failure is
 * a PrismaImmvError `compile_error` naming the view block, its line and the compiler's error.
 */

const dir = mkdtempSync(join(tmpdir(), "immv-prisma-bad-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const field = (name: string, type: string, extra: Partial<Field> = {}): Field => ({
  kind: "scalar",
  name,
  type,
  isRequired: true,
  isList: false,
  isUnique: false,
  isId: false,
  isReadOnly: false,
  hasDefaultValue: false,
  nativeType: null,
  ...extra,
});

const model = (name: string, fields: Field[], extra: Partial<Model> = {}): Model => ({
  name,
  dbName: null,
  schema: null,
  fields,
  uniqueFields: [],
  uniqueIndexes: [],
  primaryKey: null,
  ...extra,
});

/** Runs the generator (verify mode) on a schema with one model and one view block over it. */
async function generatorError(query: string): Promise<PrismaImmvError> {
  const schemaText = `model orders {
  id     Int @id
  amount Int
}

view totals {
  id Int @unique
}
`;
  const datamodel = {
    models: [
      model("orders", [field("id", "Int", { isId: true }), field("amount", "Int")]),
      model("totals", [field("id", "Int", { isUnique: true })], { documentation: `@immv(${JSON.stringify(query)})` }),
    ],
    enums: [],
    types: [],
    indexes: [],
  } as unknown as Datamodel;
  try {
    await generateImmvMigrations({
      datamodel,
      schemaText,
      schemaPath: join(dir, "schema.prisma"),
      migrationsDir: join(dir, "migrations"),
      mode: "verify",
      immvSchema: "immv",
      defaultSchema: "public",
    });
  } catch (error) {
    if (error instanceof PrismaImmvError) return error;
    throw error;
  }
  throw new Error("expected a PrismaImmvError; the view compiled");
}

describe("/// @immv(…) with bad input", () => {
  test.each(["", "  "])("an empty annotation %j is refused by the annotation's own check", async (query) => {
    const e = await generatorError(query);
    expect({ code: e.code, message: e.message, location: e.location }).toEqual({
      code: "annotation_syntax",
      message: "@immv(…) has an empty query",
      location: `${join(dir, "schema.prisma")}:6`,
    });
  });

  test.each([
    { what: "comments only", query: "/* later */", error: "error[empty_definition]: the view definition is empty" },
    {
      what: "two statements",
      query: "SELECT id FROM orders; SELECT id FROM orders",
      error: "error[multiple_statements]: the definition holds 2 statements; a view is defined by exactly one SELECT",
    },
    {
      what: "DDL",
      query: "DROP TABLE orders",
      error: "error[not_a_select]: the definition is a DROP statement, not a SELECT",
    },
    {
      what: "DML",
      query: "UPDATE orders SET amount = 0",
      error: "error[not_a_select]: the definition is an UPDATE statement, not a SELECT",
    },
    {
      what: "deeply nested",
      query: `SELECT ${Array(3000).fill("id").join(" + ")} AS id FROM orders`,
      error: "error[too_deeply_nested]: the definition nests expressions too deeply to be compiled",
    },
    {
      what: "unknown table",
      query: "SELECT id FROM nope",
      error: 'error[unknown_table]: relation "nope" does not exist',
    },
  ])("$what", async ({ query, error }) => {
    const e = await generatorError(query);
    expect({ code: e.code, location: e.location }).toEqual({
      code: "compile_error",
      location: `${join(dir, "schema.prisma")}:6`,
    });
    expect(e.message.split("\n").slice(0, 2)).toEqual(["view totals: its @immv query cannot be maintained", error]);
    // Prisma prints `stack` when a generator fails: it must be the rendered error, not frames
    expect(e.stack).not.toMatch(STACK_FRAME);
  });
});
