/** Always quotes: generated SQL never depends on whether a name happens to be a keyword. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
