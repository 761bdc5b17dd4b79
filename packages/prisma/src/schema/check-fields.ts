import type { DatamodelEnum, Model } from "@prisma/dmmf";
import { PrismaImmvError } from "../errors.js";
import { prismaTypeFor } from "./types.js";

/**
 * Checks that a view block declares exactly the IMMV's output columns (by column name, after
 * `@map`) with field types that read them. Columns whose type the compiler cannot tell (computed
 * expressions) are checked by name only. Throws one error listing every difference.
 */
export function checkViewFields(
  view: Model,
  columns: readonly { name: string; type: string | undefined }[],
  enums: readonly DatamodelEnum[],
  location: string | undefined,
): void {
  const fields = view.fields.filter((f) => f.kind === "scalar" || f.kind === "enum" || f.kind === "unsupported");
  const problems: string[] = [];
  for (const field of fields) {
    const columnName = field.dbName ?? field.name;
    const column = columns.find((c) => c.name === columnName);
    const label = columnName === field.name ? `field "${field.name}"` : `field "${field.name}" (@map "${columnName}")`;
    if (!column) {
      problems.push(`${label} is not a column of the query; remove it or @map it to one of the query's columns`);
      continue;
    }
    // Unsupported("…") fields declare a database type Prisma does not map; only the name is checked.
    if (column.type === undefined || field.kind === "unsupported") continue;
    const expected = prismaTypeFor(column.type, enums);
    if (!expected) continue;
    const declared = `${field.type}${field.isList ? "[]" : ""}`;
    const wanted = `${expected.type}${expected.isList ? "[]" : ""}`;
    if (declared !== wanted) {
      problems.push(`${label} is ${declared}, but column "${column.name}" is ${column.type}: declare it ${wanted}`);
    }
  }
  for (const column of columns) {
    if (fields.some((f) => (f.dbName ?? f.name) === column.name)) continue;
    const type = column.type === undefined ? undefined : prismaTypeFor(column.type, enums);
    const suggestion = type ? `${column.name} ${type.type}${type.isList ? "[]" : ""}` : `${column.name} <type>`;
    problems.push(`column "${column.name}" of the query has no field; add \`${suggestion}\``);
  }
  if (problems.length === 0) return;
  throw new PrismaImmvError(
    "field_mismatch",
    `view ${view.name} does not match its @immv query:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    location,
    `the query's columns are ${columns.map((c) => `${c.name}${c.type ? ` (${c.type})` : ""}`).join(", ")}; declare one field per column`,
  );
}
