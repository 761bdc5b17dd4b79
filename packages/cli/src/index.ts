export {
  checkDeployedViews,
  type DeployedReport,
  type DeployedView,
  type DeployedViewReport,
  expectedTriggers,
  formatDeployedReport,
} from "./deployed.js";
export { CliError, ExitCode } from "./exit-codes.js";
export { viewFingerprint } from "./fingerprint.js";
export { introspectCatalog, type Queryable } from "./introspect.js";
export { run } from "./run.js";
