/**
 * The vocabulary of the type system: how a type, a coercion and a resolved call are described.
 * Types are named the way pg_type names them, so every answer can be checked against a server.
 */
import type { Volatility } from "./pg-catalog-data.js";

export type { Volatility };

/**
 * `pg_type.typname` for built-ins (`int4`, `_int4` for `int4[]`, `timestamptz`, `unknown` for an
 * untyped literal, `record`); `"schema.name"` for user types (their array type is `"schema._name"`).
 */
export type TypeName = string;

export interface TypeInfo {
  readonly name: TypeName;
  /** `pg_type.typcategory`: N numeric, S string, D date/time, T timespan, A array, E enum, P pseudo… */
  readonly category: string;
  readonly preferred: boolean;
  /** `pg_type.typtype`: b base, c composite, d domain, e enum, p pseudo, r range, m multirange. */
  readonly typtype: string;
  /** The element type of an array type. */
  readonly element: TypeName | undefined;
  /** The array type whose elements are this type. */
  readonly array: TypeName | undefined;
  /** The base type of a domain. */
  readonly base: TypeName | undefined;
  /** The subtype of a range type; the range type of a multirange type. */
  readonly rangeOf: TypeName | undefined;
  /** Volatility of `typinput` and `typoutput`, which an I/O conversion calls. */
  readonly inputVolatility: Volatility;
  readonly outputVolatility: Volatility;
}

export type CoercionContext = "implicit" | "assignment" | "explicit";

/**
 * How a value of one type becomes another (PostgreSQL's coercion pathways): `none` (same type, or
 * a polymorphic / "any" parameter), `binary` (relabel), `function` (a pg_cast function, also per
 * element of an array), `io` (the source's output function, then the target's input function).
 */
export interface Coercion {
  readonly kind: "none" | "binary" | "function" | "io";
  readonly volatility: Volatility;
}

/** One signature of a function or operator. Operators have one (prefix) or two arguments. */
export interface Candidate {
  readonly name: string;
  readonly schema: string;
  readonly args: readonly TypeName[];
  /** The element type of a VARIADIC last parameter (`"any"` for VARIADIC "any"). */
  readonly variadic: TypeName | undefined;
  readonly result: TypeName;
  readonly returnsSet: boolean;
  /** f plain function (and every operator), a aggregate, w window function. */
  readonly kind: "f" | "a" | "w";
  readonly volatility: Volatility;
  readonly strict: boolean;
  /** How many trailing parameters have defaults. */
  readonly defaults: number;
}

export type Resolution =
  | {
      readonly ok: true;
      readonly candidate: Candidate;
      /** The result type after polymorphic resolution. */
      readonly result: TypeName;
      /** The type each actual argument is coerced to. */
      readonly argTargets: readonly TypeName[];
      /** Worst of the function's and of the coercions applied to non-literal (non-unknown) args. */
      readonly volatility: Volatility;
    }
  | {
      readonly ok: false;
      /**
       * `no_match`: no signature accepts the arguments; `ambiguous`: several do equally well;
       * `indeterminate`: the signature is polymorphic and every polymorphic argument is an untyped
       * literal (PostgreSQL: "could not determine polymorphic type").
       */
      readonly reason: "no_match" | "ambiguous" | "indeterminate";
      /** The signatures considered, for a hint. */
      readonly candidates: readonly Candidate[];
    };

/** A type defined in the user's database. */
export interface UserType {
  /** `"schema.name"`. */
  readonly name: TypeName;
  readonly kind: "enum" | "domain" | "composite" | "range" | "base";
  /** The base type of a domain; the subtype of a range. */
  readonly base?: TypeName;
}

export interface CallOptions {
  /** Only functions of this schema (a qualified call). */
  readonly schema?: string;
  /** The call's last argument is written `VARIADIC array`: variadic functions take it unexpanded. */
  readonly variadicArray?: boolean;
}

export interface TypeSystem {
  type(name: TypeName): TypeInfo | undefined;
  /** The type a SQL type spelling names: "integer", "timestamp(3) with time zone", "varchar(20)[]", "public.mood". */
  typeNamed(spelling: string): TypeName | undefined;
  /** The type as `format_type` prints it: "timestamp without time zone", "integer[]". */
  display(name: TypeName): string;
  coercion(from: TypeName, to: TypeName, context: CoercionContext): Coercion | undefined;
  resolveFunction(name: string, args: readonly TypeName[], options?: CallOptions): Resolution;
  /** `left` is undefined for a prefix operator. */
  resolveOperator(name: string, left: TypeName | undefined, right: TypeName): Resolution;
  /** PostgreSQL's select_common_type (CASE, COALESCE, GREATEST, ARRAY[…], UNION); undefined when none. */
  commonType(types: readonly TypeName[]): TypeName | undefined;
}
