import { expect, test } from "vitest";
import { createTypeSystem } from "./index.js";

// PostgreSQL's documented rules for UNION, CASE, ARRAY, COALESCE, GREATEST (typeconv-union-case).
const types = createTypeSystem({ types: [{ name: "public.price", kind: "domain", base: "numeric" }] });

test("numbers meet at the type the others convert to implicitly", () => {
  expect(types.commonType(["int4", "numeric"])).toBe("numeric");
  expect(types.commonType(["int2", "int8", "int4"])).toBe("int8");
  expect(types.commonType(["numeric", "float8"])).toBe("float8");
});

test("a preferred type stays: float8 with numeric, text with varchar, timestamptz with timestamp", () => {
  expect(types.commonType(["float8", "numeric"])).toBe("float8");
  expect(types.commonType(["text", "varchar"])).toBe("text");
  expect(types.commonType(["timestamptz", "timestamp"])).toBe("timestamptz");
});

test("untyped literals take the others' type, and are text when alone", () => {
  expect(types.commonType(["unknown", "date", "unknown"])).toBe("date");
  expect(types.commonType(["unknown", "unknown"])).toBe("text");
});

test("a domain survives only when every input has it", () => {
  expect(types.commonType(["public.price", "public.price"])).toBe("public.price");
  expect(types.commonType(["public.price", "numeric"])).toBe("numeric");
});

test("different categories, or a type that cannot convert, have no common type", () => {
  expect(types.commonType(["int4", "bool"])).toBeUndefined();
  expect(types.commonType(["text", "int4"])).toBeUndefined();
  // date and time are both date/time types, but neither converts to the other.
  expect(types.commonType(["date", "time"])).toBeUndefined();
});
