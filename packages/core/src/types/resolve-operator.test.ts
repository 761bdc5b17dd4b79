import { describe, expect, test } from "vitest";
import { createTypeSystem, type Resolution } from "./index.js";

// Expectations are PostgreSQL's documented operators (functions-datetime, functions-math,
// typeconv-oper) and their pg_proc volatility.
const types = createTypeSystem({
  types: [
    { name: "public.mood", kind: "enum" },
    { name: "public.price", kind: "domain", base: "numeric" },
  ],
});

function op(left: string | undefined, name: string, right: string): Resolution {
  return types.resolveOperator(name, left, right);
}

describe("date/time arithmetic", () => {
  test("timestamptz + interval is STABLE (the day length depends on TimeZone)", () => {
    expect(op("timestamptz", "+", "interval")).toMatchObject({ ok: true, result: "timestamptz", volatility: "s" });
  });

  test("timestamp + interval and date + integer are IMMUTABLE", () => {
    expect(op("timestamp", "+", "interval")).toMatchObject({ result: "timestamp", volatility: "i" });
    expect(op("date", "+", "int4")).toMatchObject({ result: "date", volatility: "i" });
  });

  test("date + interval is timestamp, date - date is integer", () => {
    expect(op("date", "+", "interval")).toMatchObject({ result: "timestamp", volatility: "i" });
    expect(op("date", "-", "date")).toMatchObject({ result: "int4" });
  });

  test("an untyped literal operand takes the other operand's type when that matches exactly", () => {
    expect(op("timestamp", "<", "unknown")).toMatchObject({ result: "bool", argTargets: ["timestamp", "timestamp"] });
  });

  test("otherwise the one operator the literal fits: timestamp + '1 day' adds an interval", () => {
    expect(op("timestamp", "+", "unknown")).toMatchObject({
      result: "timestamp",
      argTargets: ["timestamp", "interval"],
    });
  });
});

describe("numbers", () => {
  test("int4 + numeric converts the integer: numeric", () => {
    expect(op("int4", "+", "numeric")).toMatchObject({
      result: "numeric",
      argTargets: ["numeric", "numeric"],
      volatility: "i",
    });
  });

  test("mixed integer widths have their own operators", () => {
    expect(op("int2", "*", "int8")).toMatchObject({ result: "int8", argTargets: ["int2", "int8"] });
  });

  test("prefix operators", () => {
    expect(op(undefined, "-", "int4")).toMatchObject({ result: "int4" });
    expect(op(undefined, "|/", "unknown")).toMatchObject({ result: "float8" });
  });

  test("a domain operand works as its base type", () => {
    expect(op("public.price", "*", "int4")).toMatchObject({ result: "numeric", argTargets: ["numeric", "numeric"] });
  });
});

describe("strings", () => {
  test("'x' || 1 is text || anynonarray: text, IMMUTABLE for integers", () => {
    expect(op("unknown", "||", "int4")).toMatchObject({
      result: "text",
      argTargets: ["text", "int4"],
      volatility: "i",
    });
  });

  test("text || timestamptz prints the timestamp under the session's settings: STABLE", () => {
    expect(op("text", "||", "timestamptz")).toMatchObject({ result: "text", volatility: "s" });
  });

  test('text || "char" is not unique (PostgreSQL: operator is not unique)', () => {
    const r = op("text", "||", "char");
    expect(r).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!r.ok) expect(r.candidates.length).toBeGreaterThan(1);
  });

  test("an enum has no implicit cast to text, but prints itself for ||", () => {
    expect(op("public.mood", "=", "text")).toMatchObject({ ok: false, reason: "no_match" });
    expect(op("public.mood", "||", "text")).toMatchObject({ result: "text", volatility: "s" });
    expect(op("public.mood", "=", "unknown")).toMatchObject({
      result: "bool",
      argTargets: ["public.mood", "public.mood"],
    });
  });

  test("no operator for the operands: no_match", () => {
    expect(op("bool", "+", "bool")).toMatchObject({ ok: false, reason: "no_match" });
  });
});
