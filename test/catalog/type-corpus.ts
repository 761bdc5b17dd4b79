/**
 * The calls the type-resolution oracle asks the server about: every built-in function and operator
 * of one major, called with its own argument types (polymorphic ones made concrete), and with each
 * argument replaced in turn by a common type or an untyped literal, so implicit coercions, preferred
 * types and unknown-literal rules are all exercised.
 */
import { PG_CATALOG } from "../../packages/core/src/types/pg-catalog.generated.js";

export interface Call {
  readonly operator: boolean;
  readonly name: string;
  /** Argument types; a prefix operator has one. `unknown` is an untyped literal. */
  readonly args: readonly string[];
  /** How the call is written: plain, as an aggregate, or as a window function (OVER ()). */
  readonly shape: "f" | "a" | "w";
  readonly returnsSet: boolean;
}

/** The types substituted for each argument in turn. */
export const PROBE_TYPES = [
  "int2",
  "int4",
  "int8",
  "numeric",
  "float4",
  "float8",
  "text",
  "varchar",
  "bpchar",
  "date",
  "timestamp",
  "timestamptz",
  "interval",
  "bool",
  "unknown",
] as const;

/** An enum created in the probe database, standing for anyenum. */
export const PROBE_ENUM = "public.probe_mood";

/** Concrete stand-ins for polymorphic parameters. */
const CONCRETE: Readonly<Record<string, string>> = {
  any: "int4",
  anyelement: "int4",
  anynonarray: "int4",
  anycompatible: "int4",
  anycompatiblenonarray: "int4",
  anyarray: "_int4",
  anycompatiblearray: "_int4",
  anyenum: PROBE_ENUM,
  anyrange: "int4range",
  anycompatiblerange: "int4range",
  anymultirange: "int4multirange",
  anycompatiblemultirange: "int4multirange",
};

export function corpus(major: number): Call[] {
  const bit = 1 << PG_CATALOG.majors.indexOf(major);
  const pseudo = new Set(PG_CATALOG.types.filter((t) => t[3] === "p").map((t) => t[0] as string));
  // Types a table column can have: not pseudo-types, nor arrays of them (cstring[]).
  const columnTypes = new Set(
    PG_CATALOG.types
      .filter((t) => (t[8] & bit) !== 0 && !pseudo.has(t[0]) && !pseudo.has(t[4]))
      .map((t) => t[0] as string),
  );
  const concrete = (type: string) => CONCRETE[type] ?? (columnTypes.has(type) ? type : undefined);

  const calls = new Map<string, Call>();
  const add = (call: Omit<Call, "args">, args: readonly (string | undefined)[]) => {
    if (args.some((a) => a === undefined)) return;
    const full = { ...call, args: args as string[] };
    calls.set(JSON.stringify([call.operator, call.name, args]), full);
  };
  const withProbes = (call: Omit<Call, "args">, args: readonly (string | undefined)[]) => {
    add(call, args);
    for (const i of args.keys()) {
      for (const probe of PROBE_TYPES) add(call, args.with(i, probe));
    }
  };

  for (const [name, declared, variadic, , returnsSet, kind, , , , versions] of PG_CATALOG.functions) {
    if ((versions & bit) === 0) continue;
    const args = declared.map(concrete);
    // A variadic parameter is called with one element, the way most calls use it.
    if (variadic !== "") args[args.length - 1] = concrete(variadic);
    withProbes({ operator: false, name, shape: kind, returnsSet }, args);
  }
  for (const [name, left, right, , , , versions] of PG_CATALOG.operators) {
    if ((versions & bit) === 0) continue;
    const call = { operator: true, name, shape: "f" as const, returnsSet: false };
    withProbes(call, left === "" ? [concrete(right)] : [concrete(left), concrete(right)]);
  }
  return [...calls.values()];
}
