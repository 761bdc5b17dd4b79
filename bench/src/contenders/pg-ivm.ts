import { type Contender, timed } from "./contender.js";

/** pg_ivm's create_immv, where the extension can be created in the database. */
export const pgIvm: Contender = {
  id: "pg_ivm",
  label: "pg_ivm",
  schema: "c_pg_ivm",
  hasRows: true,
  unavailable: (engine) => engine.pgIvmMissing,
  async create(session, view) {
    const name = `${this.schema}.${view.id}`;
    try {
      return await timed(() => session.exec(`SELECT pgivm.create_immv('${name}', $q$${view.query(this.schema)}$q$)`));
    } catch (error) {
      return { reason: `create_immv failed: ${(error as Error).message}` };
    }
  },
  async drop(session, view) {
    await session.exec(`DROP TABLE ${this.schema}.${view.id}`);
  },
};
