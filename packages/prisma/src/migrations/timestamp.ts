/**
 * Folder timestamps (`YYYYMMDDHHMMSS`, UTC, as Prisma Migrate writes them) for `count` new
 * migrations: now, or one second after the newest existing migration when that is later, so new
 * migrations always sort last.
 */
export function nextTimestamps(existingFolders: readonly string[], now: Date, count: number): string[] {
  let next = Math.floor(now.getTime() / 1000) * 1000;
  for (const folder of existingFolders) next = Math.max(next, (parse(folder) ?? 0) + 1000);
  return Array.from({ length: count }, (_, i) => format(next + i * 1000));
}

/** The timestamp `seconds` before a folder's, or undefined when the folder has none. */
export function timestampBefore(folder: string, seconds: number): string | undefined {
  const time = parse(folder);
  return time === undefined ? undefined : format(time - seconds * 1000);
}

function parse(folder: string): number | undefined {
  const stamp = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(folder);
  if (!stamp) return undefined;
  const [y, mo, d, h, mi, s] = stamp.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

function format(time: number): string {
  return new Date(time).toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
