import type { Contender } from "./contender.js";

/** A materialized view refreshed after every write: what users replace. */
export const refresh: Contender = {
  id: "refresh",
  label: "REFRESH MATERIALIZED VIEW",
  schema: "c_refresh",
  hasRows: true,
  unavailable: () => undefined,
  async create(session, view) {
    await session.exec(`CREATE MATERIALIZED VIEW ${this.schema}.${view.id} AS ${view.query(this.schema)}`);
    return undefined;
  },
  async afterWrite(session, view) {
    await session.exec(`REFRESH MATERIALIZED VIEW ${this.schema}.${view.id}`);
  },
  async drop(session, view) {
    await session.exec(`DROP MATERIALIZED VIEW ${this.schema}.${view.id}`);
  },
};
