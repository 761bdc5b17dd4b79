/**
 * Prints which TPC-H queries compile, as a Markdown table (for notes and issues):
 *   npm run build && npx tsx test/tpch/table.ts
 */
import { compileTpch } from "./queries.js";

const outcomes = await compileTpch();
const lines = ["| query | compiles | error code | message |", "|---|---|---|---|"];
for (const { name, error } of outcomes) {
  lines.push(`| ${name} | ${error ? "no" : "yes"} | ${error ? `\`${error.code}\`` : ""} | ${error?.message ?? ""} |`);
}
const compiled = outcomes.filter((o) => !o.error).map((o) => o.name);
lines.push("", `${compiled.length} of ${outcomes.length} compile: ${compiled.join(", ")}`);
console.log(lines.join("\n"));
