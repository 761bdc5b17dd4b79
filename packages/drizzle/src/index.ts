// What schema.ts imports: only drizzle-orm underneath, nothing of the compiler or the tooling.
export {
  getImmvDefinition,
  IMMV_DEFINITION,
  type ImmvDefinition,
  type ImmvInferred,
  type ImmvOptions,
  type ImmvWithColumns,
  immv,
} from "./declare.js";
