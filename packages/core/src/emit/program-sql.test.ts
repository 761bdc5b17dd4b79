import { describe, expect, test } from "vitest";
import { catalogFromRelations } from "../catalog.js";
import { compile } from "../compile.js";

const catalog = catalogFromRelations([
  {
    schema: "public",
    name: "orders",
    kind: "table",
    columns: [
      { name: "id", type: "integer", notNull: true },
      { name: "note", type: "text", notNull: false },
    ],
    primaryKey: ["id"],
  },
  {
    schema: "public",
    name: "__ivm_input",
    kind: "table",
    columns: [{ name: "id", type: "integer", notNull: true }],
    primaryKey: ["id"],
  },
]);

const compileView = (query: string) => compile({ name: "v", query, catalog });

describe("change relations are found by name: nothing else may spell one", () => {
  test.each([
    ["a string constant", `SELECT id FROM orders WHERE note <> 'x "__ivm_changes_1" y'`, "'x \"__ivm_changes_1\" y'"],
    [
      "a string constant with a quote",
      `SELECT note, count(*) FROM orders WHERE note <> 'it''s "__ivm_input"' GROUP BY note`,
      "'it''s \"__ivm_input\"'",
    ],
    ["a base table's name", "SELECT o.id FROM orders o JOIN __ivm_input i ON i.id = o.id", '"__ivm_input"'],
  ])("%s is refused with reserved_name", async (_, query, shown) => {
    await expect(compileView(query)).rejects.toMatchObject({
      code: "reserved_name",
      message: `the view would read ${shown}, which spells a name immv reserves for the change relations of its maintenance statements`,
    });
  });

  test("other text with __ivm_ in a string compiles", async () => {
    const compiled = await compileView("SELECT id FROM orders WHERE note <> '__ivm_x'");
    expect(compiled.createSql).toContain("'__ivm_x'");
  });
});
