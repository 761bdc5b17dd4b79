import { type AnalyzeContext, fail, type Locate } from "./context.js";

/**
 * Names immv generates itself start with this: hidden storage columns (`__ivm_count__`,
 * `__ivm_k_…`), the change-row sign `__ivm_m__` and the range aliases of the maintenance
 * statements (`__ivm_s`, `__ivm_d`, …). A user name with the prefix could collide with any of
 * them, so the definition may not spell one anywhere.
 */
export const RESERVED_PREFIX = "__ivm_";

export function rejectReservedName(
  ctx: AnalyzeContext,
  name: string,
  what: "column" | "output column" | "table alias" | "column alias",
  locate: Locate,
  hint: string,
): void {
  if (!name.startsWith(RESERVED_PREFIX)) return;
  fail(
    ctx,
    "reserved_name",
    `${what} name "${name}" starts with ${RESERVED_PREFIX}, which immv reserves for the names it generates`,
    { position: locate() },
    hint,
  );
}
