import { checkDeployedViews, type DeployedReport, type Queryable } from "@immv/cli";
import type { StateFile } from "./state.js";

export { type DeployedReport as CheckReport, formatDeployedReport as formatReport, type Queryable } from "@immv/cli";

/**
 * Compares the database with the state file: every recorded IMMV exists at the recorded version,
 * with its view, storage, functions and enabled triggers; with `data`, also that its rows equal
 * a fresh run of its query (immv.check). The check itself is @immv/cli's, shared by every ORM
 * integration.
 */
export function checkDatabase(
  db: Queryable,
  state: StateFile,
  options: { data?: boolean } = {},
): Promise<DeployedReport> {
  return checkDeployedViews(db, state.views, options);
}
