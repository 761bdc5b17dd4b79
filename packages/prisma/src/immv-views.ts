import { basename, dirname } from "node:path";
import { type CompiledView, compile, formatError, ImmvError } from "@immv/core";
import type { Datamodel } from "@prisma/dmmf";
import { PrismaImmvError } from "./errors.js";
import { immvQuery } from "./schema/annotation.js";
import { checkViewFields } from "./schema/check-fields.js";
import { catalogFromDmmf } from "./schema/dmmf-catalog.js";
import { blockLine, viewBlockNames } from "./schema/view-blocks.js";

export interface ImmvSchemaOptions {
  /** Schema of immv's storage, catalog and functions (outside Prisma's managed schema). */
  immvSchema: string;
  /** Schema of models that name none (the datasource's schema). */
  defaultSchema: string;
}

export interface ImmvView {
  /** The view block's name in schema.prisma. */
  block: string;
  compiled: CompiledView;
}

/**
 * Compiles every view block that carries `/// @immv(…)` against the models, and checks its fields
 * against the compiled columns. Throws a PrismaImmvError for the first block that is wrong.
 */
export async function compileImmvViews(
  datamodel: Datamodel,
  schemaText: string,
  schemaPath: string,
  options: ImmvSchemaOptions,
): Promise<ImmvView[]> {
  const viewNames = viewBlockNames(schemaText);
  const catalog = catalogFromDmmf(datamodel.models, datamodel.enums, viewNames, options.defaultSchema);
  const schemaDir = dirname(schemaPath);
  const views: ImmvView[] = [];
  for (const model of datamodel.models) {
    const line = blockLine(schemaText, model.name);
    const location = line === undefined ? schemaPath : `${schemaPath}:${line}`;
    const definition = immvQuery(model.documentation, schemaDir, location);
    if (!definition) continue;
    if (!viewNames.has(model.name)) {
      throw new PrismaImmvError(
        "not_a_view",
        `model ${model.name} carries @immv(…), but only view blocks can`,
        location,
        `declare it as \`view ${model.name} { … }\` (generator client needs previewFeatures = ["views"])`,
      );
    }
    const name = model.dbName ?? model.name;
    const clash = views.find((v) => v.compiled.name === name);
    if (clash) {
      throw new PrismaImmvError(
        "duplicate_view",
        `views ${clash.block} and ${model.name} both map to the database name "${name}"`,
        location,
        "give each view block its own name or @@map",
      );
    }
    let compiled: CompiledView;
    try {
      compiled = await compile({
        name,
        query: definition.query,
        catalog,
        schema: options.immvSchema,
        viewSchema: model.schema ?? options.defaultSchema,
        // installed by a migration of its own (see runtimeMigrationSql)
        runtime: "require",
      });
    } catch (error) {
      if (!(error instanceof ImmvError)) throw error;
      const where = definition.source === "schema" ? "its @immv query" : basename(definition.source);
      const rendered = formatError(error, definition.query).split("\n").slice(0, -1).join("\n");
      throw new PrismaImmvError(
        "compile_error",
        `view ${model.name}: ${where} cannot be maintained\n${rendered}`,
        location,
        error.hint,
      );
    }
    checkViewFields(model, compiled.columns, datamodel.enums, location);
    views.push({ block: model.name, compiled });
  }
  return views;
}
