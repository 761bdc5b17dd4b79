import pc from "picocolors";

/** Colours for stderr: only when it is a terminal and NO_COLOR is not set. */
export function stderrColors(): ReturnType<typeof pc.createColors> {
  const enabled = process.stderr.isTTY === true && !process.env.NO_COLOR;
  return pc.createColors(enabled);
}

export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Left-aligned columns separated by two spaces, with a header and a rule under it. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** `n row(s)` with a thousands separator. */
export function rowCount(n: bigint | number | string): string {
  const value = BigInt(n);
  return `${value.toLocaleString("en-US")} ${value === 1n ? "row" : "rows"}`;
}
