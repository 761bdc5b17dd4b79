import type pg from "pg";

/**
 * Session settings a writer may have (a role that can write a base table, or its driver) that
 * change how values print or how SQL text is read. Each round's workload runs under one of them
 * while the oracle compares in a session that sets nothing: maintenance must not depend on them.
 */
export interface WriterSetting {
  name: string;
  value: string;
}

export const WRITER_SETTINGS: readonly WriterSetting[] = [
  ...["-15", "0", "3"].map((value) => ({ name: "extra_float_digits", value })),
  ...["postgres", "postgres_verbose", "sql_standard", "iso_8601"].map((value) => ({ name: "intervalstyle", value })),
  ...["ISO", "SQL", "German", "Postgres"].flatMap((style) =>
    ["DMY", "MDY"].map((order) => ({ name: "datestyle", value: `'${style}, ${order}'` })),
  ),
  { name: "array_nulls", value: "off" },
  { name: "transform_null_equals", value: "on" },
  // odd offsets (+05:45, -03:30 / -02:30 with daylight saving)
  { name: "timezone", value: "'Asia/Kathmandu'" },
  { name: "timezone", value: "'America/St_Johns'" },
  { name: "bytea_output", value: "escape" },
];

/**
 * The setting of round `round` of the shape at `shapeIndex`, of `rounds` per shape: consecutive
 * rounds, and shapes one after another, take the next settings in turn, so a default run (ten
 * rounds per shape) covers every setting with views of every strategy.
 */
export function writerSetting(shapeIndex: number, round: number, rounds: number): WriterSetting {
  return WRITER_SETTINGS[(shapeIndex * rounds + round) % WRITER_SETTINGS.length]!;
}

export function setStatement(s: WriterSetting): string {
  return `SET ${s.name} = ${s.value}`;
}

export function describeSetting(s: WriterSetting): string {
  return `${s.name} = ${s.value}`;
}

/**
 * Runs `work` (the oracle's comparisons) as a session that sets nothing would, then gives the
 * writer its setting back. SET is transactional: if the transaction is rolled back later, the
 * setting returns to the writer's, set outside it.
 */
export async function asDefaultSession<T>(
  client: pg.Client,
  setting: WriterSetting | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!setting) return work();
  await client.query(`SET ${setting.name} TO DEFAULT`);
  try {
    return await work();
  } finally {
    // In a transaction that work's error aborted, this fails; ROLLBACK restores the setting.
    await client.query(setStatement(setting)).catch(() => {});
  }
}
