import { introspectCatalog } from "@immv/cli";
import { compile, ImmvError } from "@immv/core";
import { inTransaction } from "../engine/engine.js";
import { type Contender, timed } from "./contender.js";

/** This project's IMMV, compiled against the live catalog and created in one transaction. */
export const immv: Contender = {
  id: "immv",
  label: "immv",
  schema: "c_immv",
  hasRows: true,
  unavailable: () => undefined,
  async create(session, view) {
    let createSql: string;
    try {
      const compiled = await compile({
        name: view.id,
        query: view.query(this.schema),
        catalog: await introspectCatalog(session),
        viewSchema: this.schema,
      });
      createSql = compiled.createSql;
    } catch (error) {
      if (error instanceof ImmvError) return { reason: `does not compile: ${error.message}` };
      throw error;
    }
    return timed(() => inTransaction(session, createSql));
  },
  async drop(session, view) {
    await session.exec(`CALL immv.drop('${view.id}')`);
  },
};
