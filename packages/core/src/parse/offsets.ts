/**
 * libpg-query reports places in two units, and neither is a JS string index: AST `location`s and
 * scanner tokens are UTF-8 byte offsets, a syntax error's `cursorPosition` counts code points.
 * Before any non-ASCII character (a `'é'` literal, a quoted unicode name) they drift apart, so
 * every position shown to users goes through these.
 */
export interface TextOffsets {
  /** JS string index of a UTF-8 byte offset. */
  fromByte(byteOffset: number): number;
  /** JS string index of a code-point offset. */
  fromCodePoint(codePointOffset: number): number;
}

export function textOffsets(text: string): TextOffsets {
  // byteStarts[k] / codePointStarts[k]: byte and code-point offset where JS index k begins.
  const byteStarts: number[] = [];
  const codePointStarts: number[] = [];
  let bytes = 0;
  let codePoints = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let unit = 0; unit < char.length; unit++) {
      byteStarts.push(bytes);
      codePointStarts.push(codePoints);
    }
    bytes += width;
    codePoints += 1;
  }
  byteStarts.push(bytes);
  codePointStarts.push(codePoints);
  return {
    fromByte: (offset) => firstIndexAtOrAfter(byteStarts, offset),
    fromCodePoint: (offset) => firstIndexAtOrAfter(codePointStarts, offset),
  };
}

/** Smallest k with starts[k] >= offset (the end of the text when offset is past it). */
function firstIndexAtOrAfter(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (offset >= (starts[hi] as number)) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
