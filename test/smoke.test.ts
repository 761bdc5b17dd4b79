import { expect, test } from "vitest";
import { freshDatabase } from "./support/database.js";

test("a fresh database answers", async () => {
  const { client } = await freshDatabase("smoke");
  const { rows } = await client.query("SELECT current_database() AS db");
  expect(rows[0].db).toMatch(/^smoke_/);
});
