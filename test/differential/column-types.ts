/**
 * Column types whose text form, or the reading of whose literals, depends on the session's
 * settings (writer-settings.ts): float8 (extra_float_digits), interval (IntervalStyle), date and
 * timestamp (DateStyle), timestamptz (TimeZone, DateStyle), bytea (bytea_output) and text[]
 * (array_nulls). Their domains hold values that print alike under some setting (0.2 and 0.24
 * with extra_float_digits = -15), equal values with different images ('1 day' and '24 hours',
 * 0 and -0), and literals whose reading depends on the writer's session ('01/02/2024',
 * '-1 2:00:00', '{a,NULL}'): the writer means what its session reads.
 *
 * View definitions use literals no setting reads differently, and `= NULL` (transform_null_equals);
 * how the generators use each type is kept here, next to its values.
 */

import type { ColType } from "./schema-gen.js";

export type SettingType = "float8" | "interval" | "date" | "timestamp" | "timestamptz" | "bytea" | "text[]";

/** An expression over a column in a view, with its type and the name PostgreSQL gives it. */
export interface TypedExpression {
  sql: string;
  type: ColType;
  implicitName?: string;
}

export interface SettingTypeSpec {
  /** The type as written in DDL and casts. */
  sql: string;
  /** The column's name in the schema generator's pool (one type per name). */
  column: string;
  /** Literal texts of its small domain. */
  values: readonly string[];
  /** DML: new values computed from the current one, `c`. */
  derived(c: string): string[];
  /** DML: a value unique to bulk row `i` (an integer expression). */
  bulk(i: string): string;
  /** Views: immutable expressions over the column `r`. */
  expressions(r: string): TypedExpression[];
  /** Views: conditions on the column `r`, with setting-independent literals. */
  conditions(r: string): string[];
  /** Views: the aggregates over it that PostgreSQL has and that stay exact when maintained. */
  aggregates: readonly ("min" | "max" | "sum" | "avg")[];
}

const typed = (sql: string, type: ColType, implicitName?: string): TypedExpression =>
  implicitName ? { sql, type, implicitName } : { sql, type };

export const SETTING_TYPES: Record<SettingType, SettingTypeSpec> = {
  float8: {
    sql: "double precision",
    column: "f",
    values: ["0.1", "0.2", "0.24", "1e-7", "-0", "0.30000000000000004"],
    derived: (c) => [`${c} * 2`, `-${c}`, `${c} + 0.04`],
    bulk: (i) => `1000 + ${i} / 7.0`,
    expressions: (r) => [
      typed(`${r} * 2`, "float8"),
      // float8 to text is IMMUTABLE, yet prints per extra_float_digits
      typed(`${r}::text`, "text"),
      typed(`COALESCE(${r}, 0.5)`, "float8", "coalesce"),
    ],
    conditions: (r) => [`${r} > 0.2`, `${r} = 0.24`, `${r} <> 0.1`, `${r} < 1e-6`],
    // sums of binary fractions drift from a recomputation (documented): min and max only
    aggregates: ["min", "max"],
  },
  interval: {
    sql: "interval",
    column: "iv",
    values: ["1 day", "24 hours", "-1 2:00:00", "1 mon", "30 days", "00:00:00.5"],
    derived: (c) => [`${c} * 2`, `-${c}`, `justify_hours(${c})`],
    bulk: (i) => `${i} * interval '1 second'`,
    expressions: (r) => [
      typed(`${r} * 2`, "interval"),
      typed(`justify_hours(${r})`, "interval", "justify_hours"),
      typed(`${r} + interval '1 hour'`, "interval"),
    ],
    conditions: (r) => [`${r} > interval '1 day'`, `${r} < interval '00:30:00'`, `${r} = interval '24 hours'`],
    aggregates: ["min", "max", "sum", "avg"],
  },
  date: {
    sql: "date",
    column: "dt",
    values: ["2024-01-01", "2024-02-29", "01/02/2024", "1999-12-31"],
    derived: (c) => [`${c} + 1`, `${c} - 31`],
    bulk: (i) => `date '2000-01-01' + ${i}`,
    expressions: (r) => [typed(`${r} + 1`, "date"), typed(`${r} - date '2024-01-01'`, "int")],
    conditions: (r) => [`${r} >= date '2024-01-01'`, `${r} <> date '1999-12-31'`],
    aggregates: ["min", "max"],
  },
  timestamp: {
    sql: "timestamp",
    column: "ts",
    values: ["2024-01-01 10:00", "2024-01-01 10:00:00.25", "2024-03-10 02:30", "01/02/2024 10:00"],
    derived: (c) => [`${c} + interval '1 hour'`, `date_trunc('hour', ${c})`],
    bulk: (i) => `timestamp '2000-01-01 00:00' + ${i} * interval '1 minute'`,
    expressions: (r) => [typed(`${r} + interval '1 hour'`, "timestamp"), typed(`${r}::date`, "date")],
    conditions: (r) => [`${r} < timestamp '2024-01-01 10:00:00.25'`, `${r} >= timestamp '2024-02-01 00:00'`],
    aggregates: ["min", "max"],
  },
  timestamptz: {
    sql: "timestamptz",
    column: "tz",
    values: ["2024-01-01 10:00+00", "2024-01-01 10:00", "2024-03-31 02:30+05:45", "2024-11-03 01:30-04"],
    derived: (c) => [`${c} + interval '1 hour'`],
    bulk: (i) => `timestamptz '2000-01-01 00:00+00' + ${i} * interval '1 minute'`,
    expressions: (r) => [
      typed(`${r} - timestamptz '2024-01-01 00:00+00'`, "interval"),
      typed(`COALESCE(${r}, timestamptz '2000-01-01 00:00+00')`, "timestamptz", "coalesce"),
    ],
    conditions: (r) => [`${r} > timestamptz '2024-01-01 10:00+00'`, `${r} <= timestamptz '2024-03-31 00:00+03'`],
    aggregates: ["min", "max"],
  },
  bytea: {
    sql: "bytea",
    column: "b",
    values: ["\\x", "\\x00", "\\x0a0b", "ab"],
    derived: (c) => [`${c} || '\\x01'::bytea`, `substr(${c}, 2)`],
    bulk: (i) => `convert_to('bulk' || ${i}, 'UTF8')`,
    expressions: (r) => [
      // bytea to text is IMMUTABLE, yet prints per bytea_output
      typed(`${r}::text`, "text"),
      typed(`octet_length(${r})`, "int", "octet_length"),
      typed(`${r} || '\\x01'::bytea`, "bytea"),
    ],
    conditions: (r) => [`${r} <> '\\x00'::bytea`, `octet_length(${r}) > 1`],
    // PostgreSQL has no min or max of bytea
    aggregates: [],
  },
  "text[]": {
    sql: "text[]",
    column: "arr",
    values: ["{a,b}", "{a,NULL}", "{}", "{NULL}", '{"a b",c}'],
    derived: (c) => [`array_append(${c}, 'z')`, `${c}[1:1]`],
    bulk: (i) => `ARRAY['bulk' || ${i}]`,
    expressions: (r) => [
      typed(`cardinality(${r})`, "int", "cardinality"),
      typed(`${r}[1]`, "text"),
      typed(`array_append(${r}, 'z')`, "text[]", "array_append"),
    ],
    // `= NULL` is read as PostgreSQL's default reads it (never true), whatever transform_null_equals
    conditions: (r) => [`${r} @> ARRAY['a']`, `${r} = ARRAY['a', NULL]`, `cardinality(${r}) > 1`, `${r} = NULL`],
    aggregates: ["min", "max"],
  },
};

export function isSettingType(type: string): type is SettingType {
  return type in SETTING_TYPES;
}
