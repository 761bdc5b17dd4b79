export type {
  CallOptions,
  Candidate,
  Coercion,
  CoercionContext,
  Resolution,
  TypeInfo,
  TypeName,
  TypeSystem,
  UserType,
  Volatility,
} from "./model.js";
export { createTypeSystem, type TypeSystemOptions } from "./type-system.js";
