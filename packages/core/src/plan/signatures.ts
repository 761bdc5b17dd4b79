import { qualified } from "../quote.js";
import type { MaintenancePlan } from "./plan.js";

/**
 * The view's maintenance functions as immv's catalog records them (`"schema"."name"()`, what drop
 * and check look up). One list for the creation script and the descriptor, so they cannot differ.
 */
export function maintenanceFunctionSignatures(plan: MaintenancePlan): string[] {
  const signature = (name: string) => `${qualified(plan.schema, name)}()`;
  return [
    signature(plan.names.beforeFunction),
    ...plan.baseTables.map((t) => signature(t.functionName)),
    signature(plan.names.prepareStashFunction),
    signature(plan.names.applyBatchFunction),
  ];
}
