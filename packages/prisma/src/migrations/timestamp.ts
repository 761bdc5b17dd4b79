/**
 * Folder timestamps (`YYYYMMDDHHMMSS`, UTC, as Prisma Migrate writes them) for `count` new
 * migrations: now, or one second after the newest existing migration when that is later, so new
 * migrations always sort last.
 */
export function nextTimestamps(existingFolders: readonly string[], now: Date, count: number): string[] {
  let next = Math.floor(now.getTime() / 1000) * 1000;
  for (const folder of existingFolders) {
    const stamp = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(folder);
    if (!stamp) continue;
    const [, y, mo, d, h, mi, s] = stamp.map(Number) as [number, ...number[]];
    next = Math.max(next, Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + 1000);
  }
  return Array.from({ length: count }, (_, i) => format(new Date(next + i * 1000)));
}

function format(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
