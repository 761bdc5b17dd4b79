import { introspectCatalog } from "@immv/cli";
import { type CompiledView, type CompileOptions, compile } from "@immv/core";
import { inTransaction } from "../engine/engine.js";
import { type Contender, type ContenderId, timed } from "./contender.js";

/**
 * The part of @immv/core an IMMV contender calls: `compile` with these options and `createSql` of
 * its result, which every version of the core has in this shape (so an older build can be measured
 * by the same code, see baseline.ts).
 */
export interface CoreApi {
  compile(
    options: Pick<CompileOptions, "name" | "query" | "catalog" | "schema" | "viewSchema">,
  ): Promise<Pick<CompiledView, "createSql">>;
}

/**
 * An immv contender: views compiled by `core` against the live catalog, created in one transaction,
 * with immv's runtime (storage, catalog, functions) in `runtimeSchema` and the view in `schema`.
 */
export function immvContender(spec: {
  id: ContenderId;
  label: string;
  schema: string;
  runtimeSchema: string;
  core: CoreApi;
}): Contender {
  const { runtimeSchema, core } = spec;
  return {
    id: spec.id,
    label: spec.label,
    schema: spec.schema,
    hasRows: true,
    unavailable: () => undefined,
    async create(session, view) {
      let createSql: string;
      try {
        const compiled = await core.compile({
          name: view.id,
          query: view.query(this.schema),
          catalog: await introspectCatalog(session, runtimeSchema),
          schema: runtimeSchema,
          viewSchema: this.schema,
        });
        createSql = compiled.createSql;
      } catch (error) {
        // By name rather than instanceof: another build of the core has its own ImmvError class.
        if ((error as Error)?.name === "ImmvError") return { reason: `does not compile: ${(error as Error).message}` };
        throw error;
      }
      return timed(() => inTransaction(session, createSql));
    },
    async drop(session, view) {
      await session.exec(`CALL "${runtimeSchema}".drop('${view.id}')`);
    },
  };
}

/** This project's IMMV, compiled against the live catalog and created in one transaction. */
export const immv: Contender = immvContender({
  id: "immv",
  label: "immv",
  schema: "c_immv",
  runtimeSchema: "immv",
  core: { compile },
});
