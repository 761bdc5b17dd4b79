/**
 * Built-in SQL-language functions whose body only casts a polymorphic argument to text and hands
 * it to an IMMUTABLE text function (`anytextcat`: `select $1::text || $2`). They are declared
 * STABLE because some types print depending on settings, but the planner inlines them, so
 * `contain_mutable_functions` — and an index on `'#' || id` — sees the body: as volatile as that
 * argument type's cast to text. Bodies as in pg_proc.prosrc, identical in 15–18.
 */
import type { TypeName } from "./model.js";

export interface TextCastBody {
  readonly name: string;
  readonly args: readonly TypeName[];
  /** The parameter the body casts to text. */
  readonly castArgument: number;
}

export const TEXT_CAST_BODIES: readonly TextCastBody[] = [
  { name: "anytextcat", args: ["anynonarray", "text"], castArgument: 0 },
  { name: "textanycat", args: ["text", "anynonarray"], castArgument: 1 },
  // The operators they implement.
  { name: "||", args: ["anynonarray", "text"], castArgument: 0 },
  { name: "||", args: ["text", "anynonarray"], castArgument: 1 },
  { name: "quote_literal", args: ["anyelement"], castArgument: 0 },
  { name: "quote_nullable", args: ["anyelement"], castArgument: 0 },
];
