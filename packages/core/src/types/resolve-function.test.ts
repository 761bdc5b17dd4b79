import { describe, expect, test } from "vitest";
import { createTypeSystem, type Resolution } from "./index.js";

// Expectations are PostgreSQL's documented behaviour (functions-datetime, typeconv-func) and pg_proc.
const types = createTypeSystem({ types: [{ name: "public.mood", kind: "enum" }] });

function call(name: string, ...args: string[]): Resolution {
  return types.resolveFunction(name, args);
}

function summary(r: Resolution) {
  return r.ok ? { result: r.result, volatility: r.volatility, argTargets: r.argTargets } : { reason: r.reason };
}

describe("date/time functions are judged by the overload PostgreSQL picks", () => {
  test("date_trunc('month', <timestamp>) is date_trunc(text, timestamp): IMMUTABLE", () => {
    expect(summary(call("date_trunc", "unknown", "timestamp"))).toEqual({
      result: "timestamp",
      volatility: "i",
      argTargets: ["text", "timestamp"],
    });
  });

  test("date_trunc('month', <timestamptz>) reads TimeZone: STABLE", () => {
    expect(summary(call("date_trunc", "unknown", "timestamptz"))).toMatchObject({
      result: "timestamptz",
      volatility: "s",
    });
  });

  test("date_trunc('day', <date>) converts the date to timestamptz (the preferred type): STABLE", () => {
    expect(summary(call("date_trunc", "unknown", "date"))).toMatchObject({ result: "timestamptz", volatility: "s" });
  });

  test("extract and date_part over date and timestamp are IMMUTABLE, over timestamptz STABLE", () => {
    expect(summary(call("extract", "unknown", "date"))).toMatchObject({ result: "numeric", volatility: "i" });
    expect(summary(call("extract", "unknown", "timestamp"))).toMatchObject({ result: "numeric", volatility: "i" });
    expect(summary(call("extract", "unknown", "timestamptz"))).toMatchObject({ result: "numeric", volatility: "s" });
    expect(summary(call("date_part", "unknown", "timestamp"))).toMatchObject({ result: "float8", volatility: "i" });
    expect(summary(call("date_part", "unknown", "timestamptz"))).toMatchObject({ result: "float8", volatility: "s" });
  });

  test("a form whose volatility differs between majors is judged by the most volatile", () => {
    // date_trunc(text, timestamptz, text) is STABLE in 15 and IMMUTABLE from 16 on.
    const args = ["unknown", "timestamptz", "unknown"];
    expect(types.resolveFunction("date_trunc", args)).toMatchObject({ ok: true, volatility: "s" });
    expect(createTypeSystem({ major: 15 }).resolveFunction("date_trunc", args)).toMatchObject({ volatility: "s" });
    expect(createTypeSystem({ major: 16 }).resolveFunction("date_trunc", args)).toMatchObject({ volatility: "i" });
  });

  test("a function of some majors only is resolvable; one major's catalog knows only its own", () => {
    expect(call("array_sample", "_int4", "int4")).toMatchObject({ ok: true, result: "_int4", volatility: "v" });
    expect(createTypeSystem({ major: 15 }).resolveFunction("array_sample", ["_int4", "int4"])).toMatchObject({
      ok: false,
      reason: "no_match",
    });
  });

  test("a signature that changed between majors resolves as each server resolves it", () => {
    // json_strip_nulls(json) in 15–17; json_strip_nulls(json, bool DEFAULT false) in 18.
    expect(call("json_strip_nulls", "json")).toMatchObject({ ok: true, result: "json", volatility: "i" });
  });

  test("now() is STABLE and random() VOLATILE", () => {
    expect(call("now")).toMatchObject({ result: "timestamptz", volatility: "s" });
    expect(call("random")).toMatchObject({ result: "float8", volatility: "v" });
  });
});

describe("argument coercion", () => {
  test("an implicit coercion counts towards the call's volatility (timestamp → timestamptz is STABLE)", () => {
    expect(summary(call("age", "timestamp", "timestamptz"))).toMatchObject({
      result: "interval",
      argTargets: ["timestamptz", "timestamptz"],
      volatility: "s",
    });
  });

  test("an untyped literal is converted at parse time: its input function does not count", () => {
    expect(summary(call("date_trunc", "unknown", "unknown"))).toEqual({ reason: "ambiguous" });
    expect(summary(call("upper", "unknown"))).toEqual({ result: "text", volatility: "i", argTargets: ["text"] });
  });

  test("a call no signature accepts: no_match, with the signatures of that name for a hint", () => {
    const r = call("length", "int4");
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ reason: "no_match" });
    if (!r.ok) expect(r.candidates.map((c) => c.args)).toContainEqual(["text"]);
  });

  test("a function name that is no function at all: no_match without candidates", () => {
    expect(call("no_such_function", "int4")).toEqual({ ok: false, reason: "no_match", candidates: [] });
  });

  test("a type name called on a value is a cast when no function of that name applies", () => {
    // text(integer) has no pg_proc row: it is int4 → text through I/O.
    expect(summary(call("text", "int4"))).toEqual({ result: "text", volatility: "i", argTargets: ["int4"] });
    expect(summary(call("bool", "bool"))).toMatchObject({ result: "bool" });
  });
});

describe("variadic functions and defaults", () => {
  test("concat takes any number of arguments of any type and is STABLE", () => {
    expect(summary(call("concat", "int4", "text", "date"))).toEqual({
      result: "text",
      volatility: "s",
      argTargets: ["int4", "text", "date"],
    });
  });

  test('json_build_object and format take VARIADIC "any"', () => {
    expect(call("json_build_object", "unknown", "int4", "unknown", "bool")).toMatchObject({ result: "json" });
    expect(call("format", "unknown", "int4", "text")).toMatchObject({ result: "text" });
  });

  test("a variadic text[] parameter takes its elements, or an array written VARIADIC", () => {
    expect(call("jsonb_extract_path", "jsonb", "unknown", "unknown")).toMatchObject({
      result: "jsonb",
      argTargets: ["jsonb", "text", "text"],
    });
    expect(types.resolveFunction("jsonb_extract_path", ["jsonb", "_text"], { variadicArray: true })).toMatchObject({
      ok: true,
      result: "jsonb",
    });
    expect(call("jsonb_extract_path", "jsonb", "_text")).toMatchObject({ ok: false, reason: "no_match" });
  });

  test("trailing parameters with defaults may be left out", () => {
    // make_interval(years int DEFAULT 0, months int DEFAULT 0, …)
    expect(call("make_interval", "int4")).toMatchObject({ result: "interval", volatility: "i" });
    expect(call("jsonb_set", "jsonb", "_text", "jsonb")).toMatchObject({ result: "jsonb" });
  });
});

describe("polymorphic functions", () => {
  test("array_length(anyarray, int) over int[]", () => {
    expect(summary(call("array_length", "_int4", "int4"))).toEqual({
      result: "int4",
      volatility: "i",
      argTargets: ["_int4", "int4"],
    });
  });

  test("array_append(anycompatiblearray, anycompatible) takes the common type", () => {
    expect(summary(call("array_append", "_int4", "numeric"))).toMatchObject({
      result: "_numeric",
      argTargets: ["_numeric", "numeric"],
    });
  });

  test("only untyped literals for an anyarray parameter: the type cannot be determined", () => {
    expect(summary(call("array_length", "unknown", "int4"))).toEqual({ reason: "indeterminate" });
  });

  test("anyenum takes enums and nothing else", () => {
    expect(call("enum_first", "public.mood")).toMatchObject({ result: "public.mood", volatility: "s" });
    expect(call("enum_first", "text")).toMatchObject({ ok: false, reason: "no_match" });
    expect(call("enum_first", "unknown")).toMatchObject({ ok: false, reason: "no_match" });
  });

  test("quote_literal is as volatile as its argument's cast to text (the planner inlines it)", () => {
    expect(call("quote_literal", "int4")).toMatchObject({ result: "text", volatility: "i" });
    expect(call("quote_literal", "timestamptz")).toMatchObject({ result: "text", volatility: "s" });
  });
});

describe("user functions", () => {
  const own = createTypeSystem({
    functions: [
      {
        name: "net_price",
        schema: "shop",
        args: ["numeric", "numeric"],
        variadic: undefined,
        result: "numeric",
        returnsSet: false,
        kind: "f",
        volatility: "i",
        strict: true,
        defaults: 1,
      },
    ],
  });

  test("resolve like built-ins, defaults included, and by schema", () => {
    expect(own.resolveFunction("net_price", ["int4"])).toMatchObject({ ok: true, argTargets: ["numeric"] });
    expect(own.resolveFunction("net_price", ["int4", "int4"], { schema: "shop" })).toMatchObject({ ok: true });
    expect(own.resolveFunction("net_price", ["int4", "int4"], { schema: "public" })).toMatchObject({ ok: false });
  });
});
