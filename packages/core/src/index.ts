export {
  type Catalog,
  type Column,
  catalogFromRelations,
  type FunctionInfo,
  type Relation,
  type RelationKind,
} from "./catalog.js";
export { COMPILER_VERSION, type CompiledView, type CompileOptions, compile } from "./compile.js";
export type {
  DescribedBaseColumn,
  DescribedBaseTable,
  DescribedTrigger,
  ImmvDescriptor,
  TableName,
} from "./descriptor.js";
export { RUNTIME_REQUIRED_BY_VIEWS, RUNTIME_VERSION, type RuntimeMode, runtimeSql } from "./emit/runtime.js";
export { dropViewSql } from "./emit/script.js";
export { formatError, ImmvError, type ImmvErrorCode } from "./errors.js";
export { splitStatements } from "./parse/split.js";
export type { Strategy } from "./plan/plan.js";
export { ident, qualified } from "./quote.js";
