import type { TypeName } from "./model.js";

/**
 * `pg_range` of the built-in range and multirange types, which the extracted catalog data does
 * not carry: the range of each multirange and the subtype of each range. Identical in 15–18.
 */
export const BUILTIN_RANGES: Readonly<Record<TypeName, TypeName>> = {
  int4range: "int4",
  int8range: "int8",
  numrange: "numeric",
  daterange: "date",
  tsrange: "timestamp",
  tstzrange: "timestamptz",
  int4multirange: "int4range",
  int8multirange: "int8range",
  nummultirange: "numrange",
  datemultirange: "daterange",
  tsmultirange: "tsrange",
  tstzmultirange: "tstzrange",
};
