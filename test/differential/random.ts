/**
 * A small seeded PRNG (mulberry32) and the choices the generators make with it. Everything the
 * suite generates is a function of one seed, so a printed seed replays a run exactly.
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Random.pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; entries with weight 0 are never chosen. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    if (total <= 0) throw new Error("Random.weighted with no positive weight");
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0 && w > 0) return value;
    }
    return entries.filter(([, w]) => w > 0).at(-1)![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A random subset of `items` of size in [min, max] (clamped), in the original order. */
  subset<T>(items: readonly T[], min: number, max: number): T[] {
    const size = Math.min(items.length, this.int(min, Math.max(min, max)));
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, size));
    return items.filter((_, i) => chosen.has(i));
  }
}

/** A seed derived from a parent seed and labels (FNV-1a), so each shape and round has its own. */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of labels.join("/")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // one mulberry step to spread the bits
  return Math.floor(new Random(h).next() * 2 ** 31);
}
