import { type Catalog, catalogFromRelations, type Relation } from "@immv/core";
import type { DatamodelEnum, Model } from "@prisma/dmmf";
import { postgresType } from "./types.js";

/**
 * The tables Prisma Migrate creates from the models, as a Catalog: table and column names after
 * `@@map` / `@map`, types after `@db.*`, primary keys from `@id` / `@@id`. View blocks become
 * relations of kind `view`, which the compiler refuses to read from.
 */
export function catalogFromDmmf(
  models: readonly Model[],
  enums: readonly DatamodelEnum[],
  viewNames: ReadonlySet<string>,
  defaultSchema: string,
): Catalog {
  const relations = models.map((model): Relation => {
    const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    const column = (fieldName: string) => {
      const field = scalars.find((f) => f.name === fieldName);
      return field?.dbName ?? fieldName;
    };
    const primaryKey = model.primaryKey
      ? model.primaryKey.fields.map(column)
      : scalars.filter((f) => f.isId).map((f) => f.dbName ?? f.name);
    return {
      schema: model.schema ?? defaultSchema,
      name: model.dbName ?? model.name,
      kind: viewNames.has(model.name) ? "view" : "table",
      columns: scalars.map((f) => ({ name: f.dbName ?? f.name, type: postgresType(f, enums), notNull: f.isRequired })),
      primaryKey,
    };
  });
  return catalogFromRelations(relations, { searchPath: [defaultSchema] });
}
