/**
 * The calls the type-resolution oracle asks the server about: every built-in function and operator
 * of one major, called with its own argument types (polymorphic ones made concrete), and with each
 * argument replaced in turn by a common type or an untyped literal, so implicit coercions, preferred
 * types and unknown-literal rules are all exercised.
 */
import { PG_CATALOG } from "../../packages/core/src/types/pg-catalog.generated.js";

export interface Call {
  /** A function or operator call, or COALESCE(…) (select_common_type). */
  readonly kind: "function" | "operator" | "coalesce";
  readonly name: string;
  /** Argument types; a prefix operator has one. `unknown` is an untyped literal. */
  readonly args: readonly string[];
  /** The last argument is an array passed with VARIADIC. */
  readonly variadicArray: boolean;
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
    calls.set(JSON.stringify([call.kind, call.name, call.variadicArray, args]), full);
  };
  const withProbes = (call: Omit<Call, "args">, args: readonly (string | undefined)[]) => {
    add(call, args);
    for (const i of args.keys()) {
      for (const probe of PROBE_TYPES) {
        const probed = [...args];
        probed[i] = probe;
        add(call, probed);
      }
    }
  };

  for (const [name, declared, variadic, , returnsSet, shape, , , defaults, versions] of PG_CATALOG.functions) {
    if ((versions & bit) === 0) continue;
    const call = { kind: "function" as const, name, variadicArray: false, shape, returnsSet };
    const args = declared.map(concrete);
    if (variadic !== "") {
      // Variadic: with one and two elements, and with an array written VARIADIC.
      const element = concrete(variadic);
      const array = variadic === "any" ? "_int4" : args.at(-1);
      withProbes(call, [...args.slice(0, -1), element]);
      add(call, [...args.slice(0, -1), element, element]);
      add({ ...call, variadicArray: true }, [...args.slice(0, -1), array]);
      continue;
    }
    withProbes(call, args);
    // Trailing parameters with defaults left out.
    for (let omitted = 1; omitted <= defaults; omitted++) withProbes(call, args.slice(0, -omitted));
  }
  for (const [name, left, right, , , , versions] of PG_CATALOG.operators) {
    if ((versions & bit) === 0) continue;
    const call = { kind: "operator" as const, name, variadicArray: false, shape: "f" as const, returnsSet: false };
    withProbes(call, left === "" ? [concrete(right)] : [concrete(left), concrete(right)]);
  }
  const coalesce = { kind: "coalesce" as const, name: "coalesce", variadicArray: false, shape: "f" as const };
  for (const a of PROBE_TYPES) {
    for (const b of PROBE_TYPES) add({ ...coalesce, returnsSet: false }, [a, b]);
  }
  return [...calls.values()];
}
