import { describe, expect, test } from "vitest";
import { type Catalog, catalogFromRelations } from "../catalog.js";
import { compile } from "../compile.js";
import { ImmvError } from "../errors.js";

/**
 * Expressions are judged by the overload PostgreSQL picks for their argument types (issue 11):
 * the IMMUTABLE forms compile, the STABLE ones are rejected with a hint that fixes them, and every
 * literal must read the same under every session setting.
 */
const catalog: Catalog = catalogFromRelations([
  {
    schema: "public",
    name: "orders",
    kind: "table",
    primaryKey: ["id"],
    columns: [
      { name: "id", type: "integer", notNull: true },
      { name: "placed", type: "timestamp without time zone", notNull: false },
      { name: "placed_tz", type: "timestamp with time zone", notNull: false },
      { name: "day", type: "date", notNull: false },
      { name: "amount", type: "numeric(10,2)", notNull: false },
      { name: "x", type: "double precision", notNull: false },
      { name: "tags", type: "text[]", notNull: false },
      { name: "span", type: "interval", notNull: false },
      { name: "note", type: "text", notNull: false },
      { name: "status", type: "order_status", notNull: false },
    ],
  },
]);

const compiled = (query: string) => compile({ name: "v", query, catalog });

async function rejection(query: string): Promise<ImmvError> {
  try {
    await compiled(query);
  } catch (e) {
    if (e instanceof ImmvError) return e;
    throw e;
  }
  throw new Error(`expected ${query} to be rejected`);
}

describe("date/time functions resolve to the overload of their argument type", () => {
  test.each([
    [
      "SELECT sum(amount) AS revenue, date_trunc('month', placed) AS month FROM orders GROUP BY 2",
      "timestamp without time zone",
    ],
    ["SELECT id, date_trunc('week', day::timestamp) AS w FROM orders", "timestamp without time zone"],
    ["SELECT id, extract(year FROM day) AS y FROM orders", "numeric"],
    ["SELECT id, extract(epoch FROM placed) AS e FROM orders", "numeric"],
    ["SELECT id, date_part('dow', placed) AS d FROM orders", "double precision"],
    ["SELECT id, day + 7 AS next_week FROM orders", "date"],
    ["SELECT id, placed + interval '1 day' AS tomorrow FROM orders", "timestamp without time zone"],
    ["SELECT id, day - date '2024-01-01' AS days FROM orders", "integer"],
    ["SELECT id, placed_tz AT TIME ZONE 'UTC' AS local FROM orders", "timestamp without time zone"],
    ["SELECT id, date_trunc('month', placed_tz AT TIME ZONE 'UTC') AS m FROM orders", "timestamp without time zone"],
  ])("%s", async (query, type) => {
    const view = await compiled(query);
    expect(view.columns[view.columns.length - 1]?.type).toBe(type);
  });

  test("timestamptz + interval is rejected (STABLE: it reads the TimeZone), pointing at the operator", async () => {
    const query = "SELECT id FROM orders WHERE placed_tz + interval '1 day' > placed_tz";
    const error = await rejection(query);
    expect(error.code).toBe("non_immutable_function");
    expect(error.position).toBe(query.indexOf("+"));
    expect(error.hint).toContain("AT TIME ZONE 'UTC'");
  });

  test.each([
    [
      "SELECT date_trunc('month', placed_tz) AS m, count(*) AS n FROM orders GROUP BY 1",
      "date_trunc('month', placed_tz AT TIME ZONE 'UTC')",
    ],
    ["SELECT id, extract(year FROM placed_tz) AS y FROM orders", "EXTRACT(YEAR FROM placed_tz AT TIME ZONE 'UTC')"],
    ["SELECT id, placed_tz::date AS d FROM orders", "(placed_tz AT TIME ZONE 'UTC')::date"],
    // No date_trunc(text, timestamp, text): the two-argument form is the IMMUTABLE one.
    [
      "SELECT id, date_trunc('day', placed_tz, 'UTC') AS d FROM orders",
      "date_trunc('day', placed_tz AT TIME ZONE 'UTC')",
    ],
    // PostgreSQL picks date_trunc(text, timestamptz) for a date: cast it to timestamp instead.
    ["SELECT id, date_trunc('month', day) AS m FROM orders", "date_trunc('month', day::timestamp)"],
  ])("%s is rejected with the AT TIME ZONE form as the hint", async (query, fixed) => {
    const error = await rejection(query);
    expect(error.code).toBe("non_immutable_function");
    expect(error.hint).toContain(fixed);
  });

  test("the message names the overload PostgreSQL picks when it differs from the argument types", async () => {
    const error = await rejection("SELECT id, date_trunc('month', day) AS m FROM orders");
    expect(error.message).toContain("date_trunc(text, timestamp with time zone)");
    expect(error.message).toContain("date_trunc(unknown, date)");
  });

  test("the hint's form compiles", async () => {
    await expect(
      compiled("SELECT date_trunc('month', placed_tz AT TIME ZONE 'UTC') AS m, count(*) AS n FROM orders GROUP BY 1"),
    ).resolves.toBeDefined();
  });
});

describe("operators", () => {
  test("an operator that does not exist for the operand types is rejected where it is written", async () => {
    const query = "SELECT id FROM orders WHERE day + placed > day";
    const error = await rejection(query);
    expect(error.code).toBe("unknown_function");
    expect(error.position).toBe(query.indexOf("+"));
  });

  test("text || integer is IMMUTABLE (PostgreSQL inlines it to a cast to text); text || timestamptz is not", async () => {
    await expect(compiled("SELECT id, note || id AS s FROM orders")).resolves.toBeDefined();
    expect((await rejection("SELECT id, note || placed_tz AS s FROM orders")).code).toBe("non_immutable_function");
  });

  test("comparisons of a type immv has no description of (an enum) are accepted", async () => {
    await expect(compiled("SELECT id FROM orders WHERE status = 'paid'")).resolves.toBeDefined();
  });

  test("arithmetic on such a type asks for a cast", async () => {
    expect((await rejection("SELECT id, status || 'x' AS s FROM orders")).code).toBe("unknown_type");
  });
});

describe("literals read the same in every session", () => {
  test.each([
    ["SELECT id FROM orders WHERE day > '01/02/2024'", "'01/02/2024'"],
    ["SELECT id FROM orders WHERE placed > '2024-01-01 10:00'::timestamptz", "'2024-01-01 10:00'"],
    ["SELECT id FROM orders WHERE placed_tz > '2024-01-01 10:00'", "'2024-01-01 10:00'"],
    ["SELECT id FROM orders WHERE span < '-1 2:00:00'::interval", "'-1 2:00:00'"],
    ["SELECT id FROM orders WHERE span < interval '-1 day 2 hours'", "'-1 day 2 hours'"],
    ["SELECT id FROM orders WHERE tags = '{x,NULL}'::text[]", "'{x,NULL}'"],
    ["SELECT id FROM orders WHERE tags = '{x,NULL}'", "'{x,NULL}'"],
    ["SELECT id FROM orders WHERE day = ANY ('{2024-01-01,01/02/2024}')", "'{2024"],
    ["SELECT id FROM orders WHERE day = 'today'", "'today'"],
    ["SELECT id FROM orders WHERE '12.50'::money IS NOT NULL", "'12.50'"],
  ])("%s is rejected at the literal", async (query, at) => {
    const error = await rejection(query);
    expect(error.code).toBe("non_immutable_function");
    expect(error.position).toBe(query.indexOf(at));
  });

  test.each([
    "SELECT id FROM orders WHERE day > '2024-01-02'",
    "SELECT id FROM orders WHERE placed >= '2024-01-02 10:00:00' AND placed < timestamp '2024-02-01'",
    "SELECT id FROM orders WHERE placed_tz > '2024-01-01 10:00:00+02'",
    "SELECT id FROM orders WHERE placed_tz > '2024-01-01T10:00:00Z'::timestamptz",
    "SELECT id FROM orders WHERE span < '-1 day -02:00:00'::interval",
    "SELECT id FROM orders WHERE span < interval '1 day 2 hours'",
    "SELECT id FROM orders WHERE tags = '{x,\"NULL\"}'::text[]",
    "SELECT id FROM orders WHERE tags = ARRAY['x', NULL]",
    "SELECT id FROM orders WHERE day BETWEEN '2024-01-01' AND 'infinity'",
  ])("%s compiles", async (query) => {
    await expect(compiled(query)).resolves.toBeDefined();
  });

  test("x = NULL compares with a typed NULL, so transform_null_equals cannot turn it into IS NULL", async () => {
    const view = await compiled("SELECT id FROM orders WHERE note = NULL");
    expect(view.normalizedDefinition).toContain("note = NULL::text");
  });
});

describe("output types follow PostgreSQL's resolution", () => {
  test.each([
    ["SELECT id, amount * 2 AS a FROM orders", "numeric"],
    ["SELECT id, x + 1 AS a FROM orders", "double precision"],
    ["SELECT id, id + 1 AS a FROM orders", "integer"],
    ["SELECT id, id + 3000000000 AS a FROM orders", "bigint"],
    ["SELECT id, note || id::text AS a FROM orders", "text"],
    ["SELECT id, coalesce(amount, 0) AS a FROM orders", "numeric"],
    ["SELECT id, CASE WHEN id > 1 THEN x ELSE 0 END AS a FROM orders", "double precision"],
    ["SELECT id, tags[1] AS a FROM orders", "text"],
    ["SELECT id, 'plain' AS a FROM orders", "text"],
    ["SELECT count(*) AS n, sum(id) AS s, avg(x) AS a, max(day) AS d FROM orders", "date"],
    ["SELECT sum(length(note)) AS s FROM orders", "bigint"],
    ["SELECT avg(abs(amount)) AS a FROM orders", "numeric"],
  ])("%s", async (query, type) => {
    const view = await compiled(query);
    expect(view.columns[view.columns.length - 1]?.type).toBe(type);
  });

  test("a base column keeps its declared type with modifiers", async () => {
    const view = await compiled("SELECT id, amount FROM orders");
    expect(view.columns.map((c) => c.type)).toEqual(["integer", "numeric(10,2)"]);
  });
});

describe("range literals", () => {
  test("bounds are read as the range's subtype", async () => {
    const query = "SELECT id FROM orders WHERE day <@ '[01/02/2024,2024-03-01)'::daterange";
    const error = await rejection(query);
    expect(error.code).toBe("non_immutable_function");
    await expect(
      compiled("SELECT id FROM orders WHERE day <@ '[2024-01-02,2024-03-01)'::daterange"),
    ).resolves.toBeDefined();
  });
});
