import type { Volatility } from "./model.js";

const RANK: Record<Volatility, number> = { i: 0, s: 1, v: 2 };

/** The more volatile of the two: an expression is as volatile as its most volatile part. */
export function worse(a: Volatility, b: Volatility): Volatility {
  return RANK[a] >= RANK[b] ? a : b;
}
