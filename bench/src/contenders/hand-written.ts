import { inTransaction } from "../engine/engine.js";
import { type Contender, timed } from "./contender.js";

/** A plain table kept current by hand-written statement triggers for this one view. */
export const handWritten: Contender = {
  id: "trigger",
  label: "hand-written trigger",
  schema: "c_trigger",
  hasRows: true,
  unavailable: () => undefined,
  create(session, view) {
    return timed(() => inTransaction(session, view.handWritten(this.schema)));
  },
  async drop(session, view) {
    await session.exec(`DROP TABLE ${this.schema}.${view.id};
DROP FUNCTION ${this.schema}.${view.id}_on_accounts() CASCADE;
DROP FUNCTION IF EXISTS ${this.schema}.${view.id}_on_branches() CASCADE;
DROP FUNCTION IF EXISTS ${this.schema}.${view.id}_on_regions() CASCADE;`);
  },
};
