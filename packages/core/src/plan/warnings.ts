import type { MaintenancePlan } from "./plan.js";

/** What compiles and is maintained, but may not match a recomputation digit for digit. */
export function planWarnings(plan: MaintenancePlan): string[] {
  const warnings: string[] = [];
  for (const { call } of plan.aggregate?.calls ?? []) {
    if ((call.fn === "sum" || call.fn === "avg") && (call.argType === "float4" || call.argType === "float8")) {
      warnings.push(
        `${call.fn}() over ${call.argType === "float4" ? "real" : "double precision"} is maintained by adding and subtracting floating-point values, so it can drift from a recomputation in the last digits; use numeric for exact totals (immv refresh recomputes it)`,
      );
    }
  }
  return [...new Set(warnings)];
}
