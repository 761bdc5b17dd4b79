import { createHash } from "node:crypto";

const MAX_IDENTIFIER_BYTES = 63;

export function shortHash(text: string, length = 8): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/**
 * A PostgreSQL identifier of at most 63 bytes. Longer names are cut on a character boundary and
 * get a hash of the full name, so two long names that share a prefix still differ.
 */
export function boundedIdentifier(name: string): string {
  if (Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES) return name;
  const suffix = `_${shortHash(name)}`;
  let cut = name;
  while (Buffer.byteLength(cut) + suffix.length > MAX_IDENTIFIER_BYTES) cut = cut.slice(0, -1);
  return cut + suffix;
}
