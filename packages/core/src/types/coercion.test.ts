import { expect, test } from "vitest";
import { createTypeSystem } from "./index.js";

// pg_cast contexts and methods, and the I/O conversions PostgreSQL allows without a pg_cast row.
const types = createTypeSystem({
  types: [
    { name: "public.mood", kind: "enum" },
    { name: "public.email", kind: "domain", base: "text" },
  ],
});

test("widening integers is implicit, narrowing needs an assignment", () => {
  expect(types.coercion("int4", "int8", "implicit")).toEqual({ kind: "function", volatility: "i" });
  expect(types.coercion("int8", "int4", "implicit")).toBeUndefined();
  expect(types.coercion("int8", "int4", "assignment")).toEqual({ kind: "function", volatility: "i" });
});

test("timestamp → timestamptz is implicit and STABLE (it reads TimeZone)", () => {
  expect(types.coercion("timestamp", "timestamptz", "implicit")).toEqual({ kind: "function", volatility: "s" });
});

test("varchar → text relabels; a domain relabels to its base type", () => {
  expect(types.coercion("varchar", "text", "implicit")).toEqual({ kind: "binary", volatility: "i" });
  expect(types.coercion("public.email", "text", "implicit")).toEqual({ kind: "binary", volatility: "i" });
  expect(types.coercion("int4", "int4", "implicit")).toEqual({ kind: "none", volatility: "i" });
});

test("to a string type by assignment and from one explicitly through I/O, never implicitly", () => {
  expect(types.coercion("date", "text", "implicit")).toBeUndefined();
  expect(types.coercion("date", "text", "assignment")).toEqual({ kind: "io", volatility: "s" });
  expect(types.coercion("text", "int4", "assignment")).toBeUndefined();
  expect(types.coercion("text", "int4", "explicit")).toEqual({ kind: "io", volatility: "i" });
});

test("an enum converts to text only by assignment, through its STABLE output function", () => {
  expect(types.coercion("public.mood", "text", "implicit")).toBeUndefined();
  expect(types.coercion("public.mood", "text", "assignment")).toEqual({ kind: "io", volatility: "s" });
});

test("arrays convert element by element", () => {
  expect(types.coercion("_int4", "_int8", "implicit")).toEqual({ kind: "function", volatility: "i" });
  expect(types.coercion("_int8", "_int4", "implicit")).toBeUndefined();
});
