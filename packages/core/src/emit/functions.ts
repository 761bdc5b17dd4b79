import type { MaintenancePlan } from "../plan/plan.js";
import { qualified } from "./sql.js";

/** The signatures of the view's maintenance functions (written by immv.install_program), as the
 * catalog records them for immv.drop. */
export function maintenanceFunctionSignatures(plan: MaintenancePlan): string[] {
  return [
    plan.names.beforeFunction,
    ...plan.baseTables.map((t) => t.functionName),
    plan.names.prepareStashFunction,
    plan.names.applyBatchFunction,
  ].map((name) => `${qualified(plan.schema, name)}()`);
}
