import { describe, expect, test } from "vitest";
import { createTypeSystem } from "./index.js";

const types = createTypeSystem({ types: [{ name: "public.mood", kind: "enum" }] });

describe("typeNamed reads SQL's spellings of types", () => {
  test.each([
    ["integer", "int4"],
    ["int", "int4"],
    ["INT4", "int4"],
    ["smallint", "int2"],
    ["bigint", "int8"],
    ["real", "float4"],
    ["float(10)", "float4"],
    ["float", "float8"],
    ["double precision", "float8"],
    ["decimal(15,2)", "numeric"],
    ["boolean", "bool"],
    ["varchar", "varchar"],
    ["character varying(20)", "varchar"],
    ["char(3)", "bpchar"],
    ['"char"', "char"],
    ["text", "text"],
    ["timestamp", "timestamp"],
    ["timestamp(3) without time zone", "timestamp"],
    ["timestamp(3) with time zone", "timestamptz"],
    ["timestamptz", "timestamptz"],
    ["time with time zone", "timetz"],
    ["interval day to second(3)", "interval"],
    ["bit varying(8)", "varbit"],
    ["pg_catalog.int4", "int4"],
    ["character varying(20)[]", "_varchar"],
    ["integer[][]", "_int4"],
    ["integer array", "_int4"],
    ["_int4", "_int4"],
    ["public.mood", "public.mood"],
    ["mood", "public.mood"],
    ["mood[]", "public._mood"],
  ])("%s is %s", (spelling, name) => {
    expect(types.typeNamed(spelling)).toBe(name);
  });

  test("names no type names are undefined", () => {
    expect(types.typeNamed("no_such_type")).toBeUndefined();
    expect(types.typeNamed("public.no_such_type")).toBeUndefined();
  });
});

describe("display prints types as format_type does", () => {
  test.each([
    ["int4", "integer"],
    ["_int4", "integer[]"],
    ["timestamp", "timestamp without time zone"],
    ["timestamptz", "timestamp with time zone"],
    ["bpchar", "character"],
    ["varchar", "character varying"],
    ["float8", "double precision"],
    ["char", '"char"'],
    ["any", '"any"'],
    ["numeric", "numeric"],
    ["int2vector", "int2vector"],
    ["public.mood", "public.mood"],
    ["public._mood", "public.mood[]"],
  ])("%s as %s", (name, shown) => {
    expect(types.display(name)).toBe(shown);
  });
});
