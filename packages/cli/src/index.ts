export { introspectCatalog, type Queryable } from "./introspect.js";
