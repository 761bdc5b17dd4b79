// `@immv/drizzle/generate`: the generate and check commands as functions, for scripts and tests.
export { type Casing, drizzleCatalog, relationsOf } from "./catalog.js";
export { type CheckReport, checkDatabase, formatReport, type Queryable } from "./check.js";
export {
  type CompiledImmv,
  compileSchema,
  type GenerateOptions,
  type GenerateResult,
  generate,
  SchemaError,
} from "./generate.js";
export { type DrizzleKit, findDrizzleKit, KitError } from "./kit.js";
export { type DeclaredImmv, type DrizzleProject, loadProject, loadSchema, UsageError } from "./project.js";
export { readState, STATE_FILE, type StateFile, type ViewChange, type ViewState } from "./state.js";
