export { deployMigrations, type MigrationTarget } from "./deploy.js";
export { schemaEngineInstalled } from "./engine.js";
export { PrismaImmvError, type PrismaImmvErrorCode } from "./errors.js";
export {
  type GenerateInput,
  type GenerateMode,
  type GenerateResult,
  generateImmvMigrations,
  type ImmvChange,
} from "./generate.js";
export { generateMode } from "./mode.js";
