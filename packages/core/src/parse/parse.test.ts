import type { Node, SelectStmt } from "@pgsql/types";
import { beforeAll, describe, expect, test } from "vitest";
import { unwrap } from "./ast.js";
import { textOffsets } from "./offsets.js";
import { loadParser, parseDefinition } from "./parse-definition.js";
import { scanTokens } from "./tokens.js";

beforeAll(loadParser);

describe("textOffsets", () => {
  // a: 1 byte, é: 2 bytes, €: 3 bytes, 😀: 4 bytes and 2 UTF-16 units.
  const text = "aé€😀b";

  test("byte offsets", () => {
    const offsets = textOffsets(text);
    expect([0, 1, 3, 6, 10, 11].map(offsets.fromByte)).toEqual([0, 1, 2, 3, 5, 6]);
  });

  test("code-point offsets (libpg-query's syntax error cursor)", () => {
    const offsets = textOffsets(text);
    expect([0, 1, 2, 3, 4, 5].map(offsets.fromCodePoint)).toEqual([0, 1, 2, 3, 5, 6]);
  });

  test("offsets past the end clamp to the length", () => {
    expect(textOffsets(text).fromByte(99)).toBe(text.length);
    expect(textOffsets("").fromCodePoint(3)).toBe(0);
  });
});

describe("scanTokens", () => {
  const tokens = (sql: string) => scanTokens(sql, textOffsets(sql));

  test("leaves comments out and keeps string contents inside one token", () => {
    const sql = "SELECT 'order by' -- ORDER\n/* LIMIT */ FROM t";
    expect(tokens(sql).map((t) => t.text)).toEqual(["SELECT", "'order by'", "FROM", "t"]);
    expect(tokens(sql).map((t) => t.start)).toEqual([0, 7, sql.indexOf("FROM"), sql.indexOf("t", sql.indexOf("FROM"))]);
  });

  test("quoted identifiers are not keywords; labels after AS or a dot are marked", () => {
    const sql = 'SELECT o.order, x AS limit, "order" FROM t';
    const byText = Object.fromEntries(tokens(sql).map((t) => [t.text, t]));
    expect(byText.order).toMatchObject({ keyword: "order", isLabel: true });
    expect(byText.limit).toMatchObject({ keyword: "limit", isLabel: true });
    expect(byText['"order"']).toMatchObject({ keyword: undefined });
    expect(byText.FROM).toMatchObject({ keyword: "from", isLabel: false });
  });

  test("positions are string indices after multi-byte text", () => {
    const sql = "SELECT '😀é' AS x ORDER BY 1";
    const order = tokens(sql).find((t) => t.keyword === "order");
    expect(order?.start).toBe(sql.indexOf("ORDER"));
  });
});

describe("parseDefinition", () => {
  const firstTarget = (select: SelectStmt) => select.targetList?.[0] as Node;

  test("startOf and lastPositionIn span a subtree's located nodes", () => {
    const sql = "SELECT (a + b) * c AS x FROM t";
    const parsed = parseDefinition(sql);
    const target = firstTarget(parsed.select);
    expect(parsed.startOf(target)).toBe(sql.indexOf("(a"));
    expect(parsed.startOf(unwrap(target)[1].val)).toBe(sql.indexOf("a +"));
    expect(parsed.lastPositionIn(target)).toBe(sql.indexOf("c AS"));
  });

  test("keywordBefore skips labels and strings; keywordAfter finds the next clause", () => {
    const sql = "SELECT x AS order, 'order' FROM t ORDER BY x";
    const parsed = parseDefinition(sql);
    expect(parsed.keywordBefore(["order"], sql.length)).toBe(sql.indexOf("ORDER"));
    expect(parsed.keywordBefore(["order"], sql.indexOf("ORDER"))).toBeUndefined();
    expect(parsed.keywordAfter(["order"], 0)).toBe(sql.indexOf("ORDER"));
    expect(parsed.keywordAfter(["order"], undefined)).toBeUndefined();
  });

  test("identifierAfter matches quoted and case-folded spellings", () => {
    const sql = 'SELECT a AS "Mixed", b AS Folded FROM t';
    const parsed = parseDefinition(sql);
    expect(parsed.identifierAfter("Mixed", 0)).toBe(sql.indexOf('"Mixed"'));
    expect(parsed.identifierAfter("folded", 0)).toBe(sql.indexOf("Folded"));
    expect(parsed.identifierAfter("mixed", 0)).toBeUndefined();
  });

  test("parenBefore finds a subquery's opening parenthesis", () => {
    const sql = "SELECT s.a FROM (SELECT a FROM t) s";
    const parsed = parseDefinition(sql);
    expect(parsed.parenBefore(sql.indexOf("a FROM t"))).toBe(sql.indexOf("(SELECT"));
  });
});
