import { describe, expect, it } from "vitest";
import { PrismaImmvError } from "../errors.js";
import { immvQuery } from "./annotation.js";

const at = "prisma/schema.prisma:12";

describe("@immv(…) in a view block's documentation", () => {
  it("reads the quoted query, with escapes and line breaks", () => {
    expect(immvQuery('Totals.\n@immv("SELECT a,\n  \\"b\\" FROM t")', "/p", at)).toEqual({
      query: 'SELECT a,\n  "b" FROM t',
      source: "schema",
    });
  });

  it("is absent when the documentation has no @immv(", () => {
    expect(immvQuery("Just a view.", "/p", at)).toBeUndefined();
    expect(immvQuery(undefined, "/p", at)).toBeUndefined();
  });

  it("names the problem and the place when the annotation is malformed", () => {
    for (const [doc, what] of [
      ["@immv(SELECT 1)", "expects a double-quoted string"],
      ['@immv("SELECT 1"', "is missing its closing parenthesis"],
      ['@immv("SELECT 1)', "has an unterminated string"],
      ['@immv("  ")', "has an empty query"],
    ] as const) {
      const error = catchError(() => immvQuery(doc, "/p", at));
      expect(error).toMatchObject({ code: "annotation_syntax", message: `@immv(…) ${what}`, location: at });
    }
  });

  it("reports a .sql file it cannot read", () => {
    const error = catchError(() => immvQuery('@immv("views/missing.sql")', "/nowhere", at));
    expect(error).toMatchObject({
      code: "sql_file",
      message: "cannot read views/missing.sql named by @immv(…): ENOENT",
    });
  });
});

function catchError(f: () => unknown): PrismaImmvError {
  try {
    f();
  } catch (error) {
    if (error instanceof PrismaImmvError) return error;
    throw error;
  }
  throw new Error("expected a PrismaImmvError");
}
