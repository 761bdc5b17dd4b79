import type { Random } from "./random.js";

/**
 * Date/time SQL the generators write: expressions, predicates and aggregate arguments over `date`,
 * `timestamp` and `timestamptz` columns, and the DML that changes them. Only IMMUTABLE forms go
 * into views: `date_trunc`/`extract`/`date_part` of `date` and `timestamp`, `date ± integer`,
 * `date - date`, `timestamp ± interval`; `timestamptz` only through `AT TIME ZONE 'UTC'` (which
 * yields a `timestamp`), `timestamptz - timestamptz`, and comparisons with literals that carry
 * their offset. Every literal is ISO, so its reading depends on no session setting.
 */

export type TemporalType = "date" | "timestamp" | "timestamptz";

export function isTemporal(type: string): type is TemporalType {
  return type === "date" || type === "timestamp" || type === "timestamptz";
}

/** Values around month and year ends, a leap day and fractional seconds: truncation and extraction
 * put them in few, colliding groups. timestamptz values carry offsets that move them across days. */
export const TEMPORAL_DOMAINS: Record<TemporalType, readonly string[]> = {
  date: ["2023-12-31", "2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01"],
  timestamp: [
    "2023-12-31 23:59:59.5",
    "2024-01-31 23:00:00",
    "2024-02-01 00:00:00",
    "2024-02-01 13:30:00",
    "2024-02-29 23:59:59",
  ],
  timestamptz: [
    "2023-12-31 23:30:00+00",
    "2024-01-31 23:00:00-05",
    "2024-02-01 00:00:00+00",
    "2024-02-01 01:30:00+02",
    "2024-02-29 12:00:00+05:30",
  ],
};

/** The result types the view generator tracks (double precision from date_part counts as numeric:
 * every numeric form the generator builds on a column exists for it too). */
type ResultType = "int" | "numeric" | TemporalType;

export interface TemporalExpression {
  sql: string;
  type: ResultType;
  /** The column name PostgreSQL gives the expression without an alias, when not ?column?. */
  implicitName?: string;
}

const FIELDS = ["year", "month", "dow", "epoch"] as const;

/** An immutable expression over a date/time column reference `r` (named `name`). */
export function temporalExpression(rng: Random, r: string, type: TemporalType, name: string): TemporalExpression {
  if (type === "date") {
    return rng.pick<TemporalExpression>([
      { sql: `date_trunc('month', ${r}::timestamp)`, type: "timestamp", implicitName: "date_trunc" },
      { sql: `extract(${rng.pick(FIELDS)} FROM ${r})`, type: "numeric", implicitName: "extract" },
      { sql: `date_part('${rng.pick(["year", "month", "dow"])}', ${r})`, type: "numeric", implicitName: "date_part" },
      { sql: `${r} + ${rng.int(1, 31)}`, type: "date" },
      { sql: `${r} - date '2024-01-01'`, type: "int" },
      { sql: `${r} + interval '1 month'`, type: "timestamp" },
      { sql: `${r}::timestamp`, type: "timestamp", implicitName: name },
    ]);
  }
  if (type === "timestamp") {
    return rng.pick<TemporalExpression>([
      {
        sql: `date_trunc('${rng.pick(["month", "day", "hour"])}', ${r})`,
        type: "timestamp",
        implicitName: "date_trunc",
      },
      { sql: `extract(${rng.pick(FIELDS)} FROM ${r})`, type: "numeric", implicitName: "extract" },
      { sql: `date_part('${rng.pick(["year", "month", "hour"])}', ${r})`, type: "numeric", implicitName: "date_part" },
      { sql: `${r} + interval '${rng.pick(["1 day", "90 minutes", "1 month"])}'`, type: "timestamp" },
      { sql: `${r} - interval '1 hour'`, type: "timestamp" },
      { sql: `${r}::date`, type: "date", implicitName: name },
      { sql: `extract(epoch FROM ${r} - timestamp '2024-01-01')`, type: "numeric", implicitName: "extract" },
    ]);
  }
  return rng.pick<TemporalExpression>([
    { sql: `${r} AT TIME ZONE 'UTC'`, type: "timestamp", implicitName: "timezone" },
    {
      sql: `date_trunc('${rng.pick(["month", "day", "hour"])}', ${r} AT TIME ZONE 'UTC')`,
      type: "timestamp",
      implicitName: "date_trunc",
    },
    { sql: `(${r} AT TIME ZONE 'UTC')::date`, type: "date", implicitName: "timezone" },
    { sql: `extract(${rng.pick(FIELDS)} FROM ${r} AT TIME ZONE 'UTC')`, type: "numeric", implicitName: "extract" },
    {
      sql: `extract(epoch FROM ${r} - timestamptz '2024-02-01 00:00:00+00')`,
      type: "numeric",
      implicitName: "extract",
    },
  ]);
}

/** A WHERE condition on a date/time column reference `r`. */
export function temporalAtom(rng: Random, r: string, type: TemporalType): string {
  if (type === "date") {
    return rng.pick([
      `${r} >= date '2024-02-01'`,
      `${r} < '2024-02-29'`,
      `extract(month FROM ${r}) = 2`,
      `${r} - date '2024-01-01' > 30`,
      `${r} + 1 = date '2024-03-01'`,
      `date_part('dow', ${r}) IN (0, 4, 6)`,
      `${r} BETWEEN date '2024-01-31' AND date '2024-02-29'`,
      `${r} IS NULL`,
    ]);
  }
  if (type === "timestamp") {
    return rng.pick([
      `${r} >= timestamp '2024-02-01 00:00:00'`,
      `date_trunc('month', ${r}) = timestamp '2024-02-01'`,
      `extract(hour FROM ${r}) >= 12`,
      `${r} + interval '1 hour' > '2024-02-01 00:00'`,
      `${r}::date = date '2024-02-01'`,
      `${r} - timestamp '2024-01-31' < interval '1 day'`,
      `${r} IS NOT NULL`,
    ]);
  }
  return rng.pick([
    `${r} > timestamptz '2024-02-01 00:00:00+00'`,
    `(${r} AT TIME ZONE 'UTC')::date = date '2024-02-01'`,
    `date_trunc('month', ${r} AT TIME ZONE 'UTC') = timestamp '2024-02-01'`,
    `${r} - timestamptz '2024-02-01 00:00:00+00' < interval '12 hours'`,
    `${r} IS NULL`,
  ]);
}

/** An aggregate argument over a date/time column reference: a number or interval for sum/avg,
 * anything ordered for min/max and count. */
export function temporalAggregateArgument(rng: Random, r: string, type: TemporalType, summable: boolean): string {
  const sums: Record<TemporalType, string[]> = {
    date: [`${r} - date '2024-01-01'`, `extract(day FROM ${r})`, `extract(epoch FROM ${r})`],
    timestamp: [`${r} - timestamp '2024-01-01'`, `extract(epoch FROM ${r})`, `date_part('hour', ${r})`],
    timestamptz: [`${r} - timestamptz '2024-01-01 00:00:00+00'`, `extract(epoch FROM ${r} AT TIME ZONE 'UTC')`],
  };
  if (summable) return rng.pick(sums[type]);
  const ordered: Record<TemporalType, string[]> = {
    date: [r, `${r} + 1`, `date_trunc('month', ${r}::timestamp)`],
    timestamp: [r, `date_trunc('day', ${r})`, `${r}::date`],
    timestamptz: [r, `${r} AT TIME ZONE 'UTC'`],
  };
  return rng.pick([...ordered[type], ...sums[type]]);
}

/** A new value for a date/time column in terms of its current one (UPDATE … SET c = …). */
export function temporalSetExpression(rng: Random, col: string, type: TemporalType): string {
  const forms: Record<TemporalType, string[]> = {
    date: [`${col} + 1`, `${col} - 29`],
    timestamp: [`${col} + interval '1 hour'`, `${col} - interval '1 month'`, `date_trunc('day', ${col})`],
    timestamptz: [`${col} + interval '1 day'`, `${col} - interval '30 minutes'`],
  };
  return rng.pick(forms[type]);
}

/** The i-th of many distinct values (`i` an integer column of generate_series). */
export function temporalSeries(type: TemporalType, i: string): string {
  if (type === "date") return `date '2030-01-01' + ${i}`;
  if (type === "timestamp") return `timestamp '2030-01-01 00:00:00' + ${i} * interval '1 minute'`;
  return `timestamptz '2030-01-01 00:00:00+00' + ${i} * interval '1 minute'`;
}

/** The same value moved on (bulk UPDATEs). */
export function temporalBump(type: TemporalType, col: string): string {
  return type === "date" ? `${col} + 1` : `${col} + interval '1 day'`;
}
