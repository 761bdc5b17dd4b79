import { describe, expect, test } from "vitest";
import { catalogFromRelations } from "./catalog.js";
import { compile } from "./compile.js";
import { byteOffsetToIndex, formatError, ImmvError } from "./errors.js";

const catalog = catalogFromRelations([
  {
    schema: "public",
    name: "orders",
    kind: "table",
    columns: [
      { name: "id", type: "integer", notNull: true },
      { name: "customer_id", type: "integer", notNull: false },
      { name: "amount", type: "numeric", notNull: false },
    ],
    primaryKey: ["id"],
  },
  {
    schema: "public",
    name: "customers",
    kind: "table",
    columns: [
      { name: "id", type: "integer", notNull: true },
      { name: "name", type: "text", notNull: false },
    ],
    primaryKey: ["id"],
  },
]);

async function rejection(query: string): Promise<ImmvError> {
  const error = await compile({ name: "v", query, catalog }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ImmvError)) throw new Error(`expected an ImmvError for: ${query}`);
  return error;
}

/** The rendered error, and the column of the caret compared with where `text` starts on the
 * quoted line: they must be equal for the caret to sit under it. */
async function rendered(sql: string, text: string) {
  const output = formatError(await rejection(sql), sql);
  const lines = output.split("\n");
  const quoted = lines[1] as string;
  return { output, lines, caretColumn: (lines[2] as string).indexOf("^"), textColumn: quoted.indexOf(text) };
}

describe("formatError", () => {
  test("renders code, message, the line with a caret, line and column, and the hint", async () => {
    const sql = "SELECT id FROM orders ORDER BY id";
    expect(formatError(await rejection(sql), sql)).toBe(
      [
        "error[unsupported_clause]: ORDER BY has no meaning in a maintained view",
        "1 | SELECT id FROM orders ORDER BY id",
        "                          ^",
        "  at line 1, column 23",
        "hint: remove ORDER BY from the definition and order when reading the view",
      ].join("\n"),
    );
  });

  test("multi-line SQL: quotes only the offending line, caret under the offending token", async () => {
    const sql =
      "SELECT o.id,\n       c.name\nFROM orders o\nLEFT JOIN (SELECT id, lower(name) AS name FROM customers) c ON c.id = o.customer_id";
    const { output, caretColumn, textColumn } = await rendered(sql, "LEFT");
    expect(output).toBe(
      [
        'error[unsupported_join]: column "name" of a subquery on the NULL-extended side of this LEFT JOIN is computed, not a table\'s column; immv cannot yet tell its NULL from the value it computes',
        "4 | LEFT JOIN (SELECT id, lower(name) AS name FROM customers) c ON c.id = o.customer_id",
        "    ^",
        "  at line 4, column 1",
        "hint: select the table's columns in the subquery and compute the expression in the view's own select list",
      ].join("\n"),
    );
    expect(caretColumn).toBe(textColumn);
  });

  test("multi-line SQL: an error in the middle of a line", async () => {
    const sql = "SELECT id,\n       string_agg(note, '') AS n\nFROM orders";
    const { lines, caretColumn, textColumn } = await rendered(sql, "string_agg");
    expect(lines[1]).toBe("2 |        string_agg(note, '') AS n");
    expect(lines[3]).toBe("  at line 2, column 8");
    expect(caretColumn).toBe(textColumn);
  });

  test("multi-line SQL: the clause keyword, not an earlier line's string or label", async () => {
    const sql = "SELECT id AS limit,\n       'limit 1' AS s\nFROM orders\nLIMIT 5";
    const { lines, caretColumn, textColumn } = await rendered(sql, "LIMIT");
    expect(lines[1]).toBe("4 | LIMIT 5");
    expect(caretColumn).toBe(textColumn);
  });

  test("multi-byte characters earlier on the line and on earlier lines", async () => {
    const sql = "SELECT 'ünïcödé 😀' AS g,\n       '€' AS e, nope\nFROM orders";
    const { lines, caretColumn, textColumn } = await rendered(sql, "nope");
    expect(lines[1]).toBe("2 |        '€' AS e, nope");
    expect(lines[3]).toBe("  at line 2, column 18");
    expect(caretColumn).toBe(textColumn);
  });

  test("a syntax error on a later line", async () => {
    const sql = "SELECT id\nFROM orders\nWHERE id = = 1";
    const { lines, caretColumn } = await rendered(sql, "= 1");
    expect(lines[0]).toMatch(/^error\[syntax_error\]: syntax error at or near "="/);
    expect(lines[1]).toBe("3 | WHERE id = = 1");
    expect(caretColumn).toBe(lines[1]?.lastIndexOf("= 1"));
  });

  test("a syntax error at the end of the input puts the caret after the last character", async () => {
    const sql = "SELECT id\nFROM orders\nWHERE";
    const { lines } = await rendered(sql, "WHERE");
    expect(lines[1]).toBe("3 | WHERE");
    expect(lines[2]).toBe(`${" ".repeat("3 | WHERE".length)}^`);
    expect(lines[3]).toBe("  at line 3, column 6");
  });

  test("an error with no position renders the message and the hint only", async () => {
    const sql = "-- nothing here yet";
    expect(formatError(await rejection(sql), sql)).toBe(
      [
        "error[empty_definition]: the view definition is empty",
        "hint: write the SELECT statement whose result the view should hold",
      ].join("\n"),
    );
  });

  test("a hand-made error at position 0", () => {
    const error = new ImmvError("not_a_select", "not a select", 0, "write a SELECT");
    expect(formatError(error, "DELETE FROM t")).toBe(
      [
        "error[not_a_select]: not a select",
        "1 | DELETE FROM t",
        "    ^",
        "  at line 1, column 1",
        "hint: write a SELECT",
      ].join("\n"),
    );
  });
});

describe("ImmvError", () => {
  test("is an Error with a stable code, a position and a hint", async () => {
    const error = await rejection("SELECT nope FROM orders");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ImmvError");
    expect(error.code).toBe("unknown_column");
    expect(error.position).toBe("SELECT ".length);
    expect(error.hint).toContain("orders.id");
  });
});

describe("byteOffsetToIndex", () => {
  test("counts UTF-8 bytes back into UTF-16 units", () => {
    const text = "aé€😀b";
    expect(byteOffsetToIndex(text, 0)).toBe(0);
    expect(byteOffsetToIndex(text, 1)).toBe(1); // é
    expect(byteOffsetToIndex(text, 3)).toBe(2); // €
    expect(byteOffsetToIndex(text, 6)).toBe(3); // 😀 (two units)
    expect(byteOffsetToIndex(text, 10)).toBe(5); // b
    expect(text[5]).toBe("b");
  });
});

test("formatError keeps tabs under tabs and drops a CRLF's carriage return", () => {
  const sql = "SELECT a\r\nFROM\tt\tWHERE now() > b";
  const error = new ImmvError("non_immutable_function", "now() changes", sql.indexOf("now"), "use IMMUTABLE functions");
  const [, quoted, caret] = formatError(error, sql).split("\n");
  expect(quoted).toBe("2 | FROM\tt\tWHERE now() > b");
  // gutter "2 | " and "FROM" become spaces; the tabs stay
  expect(caret).toBe(`${" ".repeat(4)}    \t \t      ^`);
});
