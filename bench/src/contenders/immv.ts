import { introspectCatalog } from "@immv/cli";
import { compile, ImmvError } from "@immv/core";
import { inTransaction } from "../engine/engine.js";
import type { Contender } from "./contender.js";

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
      if (error instanceof ImmvError) return `does not compile yet: ${error.message}`;
      throw error;
    }
    await inTransaction(session, createSql);
    return undefined;
  },
  async drop(session, view) {
    await session.exec(`CALL immv.drop('${view.id}')`);
  },
};
