import type { DatamodelEnum, Field, Model } from "@prisma/dmmf";
import { describe, expect, it } from "vitest";
import { PrismaImmvError } from "../errors.js";
import { checkViewFields } from "./check-fields.js";
import { catalogFromDmmf } from "./dmmf-catalog.js";

const field = (name: string, type: string, extra: Partial<Field> = {}): Field => ({
  kind: "scalar",
  name,
  type,
  isRequired: true,
  isList: false,
  isUnique: false,
  isId: false,
  isReadOnly: false,
  hasDefaultValue: false,
  nativeType: null,
  ...extra,
});

const model = (name: string, fields: Field[], extra: Partial<Model> = {}): Model => ({
  name,
  dbName: null,
  schema: null,
  fields,
  uniqueFields: [],
  uniqueIndexes: [],
  primaryKey: null,
  ...extra,
});

const enums: DatamodelEnum[] = [{ name: "Status", dbName: "order_status", values: [] }];

const models = [
  model(
    "OrderLine",
    [
      field("orderId", "Int", { dbName: "order_id" }),
      field("lineNo", "Int", { dbName: "line_no" }),
      field("product", "String", { nativeType: ["VarChar", ["200"]] }),
      field("price", "Decimal"),
      field("placedAt", "DateTime", { dbName: "placed_at", isRequired: false }),
      field("status", "Status", { kind: "enum" }),
      field("tags", "String", { isList: true }),
      field("order", "Order", { kind: "object" }),
    ],
    { dbName: "order_lines", primaryKey: { name: null, fields: ["orderId", "lineNo"] } },
  ),
  model("Audit", [field("id", "BigInt", { isId: true })], { schema: "audit" }),
  model("Report", [field("id", "Int")]),
];

describe("the models as the compiler's catalog", () => {
  const catalog = catalogFromDmmf(models, enums, new Set(["Report"]), "app");

  it("uses database names, Prisma Migrate's column types and the @@id key", () => {
    expect(catalog.relation(undefined, "order_lines")).toEqual({
      schema: "app",
      name: "order_lines",
      kind: "table",
      columns: [
        { name: "order_id", type: "integer", notNull: true },
        { name: "line_no", type: "integer", notNull: true },
        { name: "product", type: "character varying(200)", notNull: true },
        { name: "price", type: "numeric(65,30)", notNull: true },
        { name: "placed_at", type: "timestamp(3) without time zone", notNull: false },
        { name: "status", type: "order_status", notNull: true },
        { name: "tags", type: "text[]", notNull: true },
      ],
      primaryKey: ["order_id", "line_no"],
    });
    expect(catalog.relation(undefined, "OrderLine")).toBeUndefined();
  });

  it("places models in their @@schema, keys them by @id, and marks view blocks", () => {
    expect(catalog.relation("audit", "Audit")).toMatchObject({ primaryKey: ["id"], columns: [{ type: "bigint" }] });
    expect(catalog.relation(undefined, "Audit")).toBeUndefined();
    expect(catalog.relation(undefined, "Report")?.kind).toBe("view");
  });
});

describe("view fields against the query's columns", () => {
  const view = (fields: Field[]) => model("Totals", fields, { dbName: "totals" });

  it("accepts enum, list and @map fields of the right types, and unknown types by name", () => {
    expect(() =>
      checkViewFields(
        view([
          field("state", "Status", { kind: "enum", dbName: "status" }),
          field("tags", "String", { isList: true }),
          field("n", "BigInt"),
          field("label", "String"),
        ]),
        [
          { name: "status", type: "order_status" },
          { name: "tags", type: "text[]" },
          { name: "n", type: "bigint" },
          { name: "label", type: undefined },
        ],
        enums,
        undefined,
      ),
    ).not.toThrow();
  });

  it("names every difference", () => {
    let error: unknown;
    try {
      checkViewFields(
        view([field("tags", "String"), field("n", "Int")]),
        [
          { name: "tags", type: "text[]" },
          { name: "n", type: "numeric" },
        ],
        enums,
        "schema.prisma:3",
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PrismaImmvError);
    expect((error as PrismaImmvError).format()).toBe(
      [
        "error[field_mismatch]: view Totals does not match its @immv query:",
        '  - field "tags" is String, but column "tags" is text[]: declare it String[]',
        '  - field "n" is Int, but column "n" is numeric: declare it Decimal',
        "  --> schema.prisma:3",
        "hint: the query's columns are tags (text[]), n (numeric); declare one field per column",
      ].join("\n"),
    );
  });
});
