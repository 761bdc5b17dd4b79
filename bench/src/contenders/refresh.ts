import { type Contender, timed } from "./contender.js";

/** A materialized view refreshed after every write: what users replace. */
export const refresh: Contender = {
  id: "refresh",
  label: "REFRESH MATERIALIZED VIEW",
  schema: "c_refresh",
  hasRows: true,
  unavailable: () => undefined,
  create(session, view) {
    return timed(() =>
      session.exec(`CREATE MATERIALIZED VIEW ${this.schema}.${view.id} AS ${view.query(this.schema)}`),
    );
  },
  async afterWrite(session, view) {
    await session.exec(`REFRESH MATERIALIZED VIEW ${this.schema}.${view.id}`);
  },
  async drop(session, view) {
    await session.exec(`DROP MATERIALIZED VIEW ${this.schema}.${view.id}`);
  },
};
