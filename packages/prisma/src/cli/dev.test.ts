import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folders, removeEmptyMigrations } from "./dev.js";

describe("immv-prisma dev", () => {
  const dir = mkdtempSync(join(tmpdir(), "immv-prisma-dev-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const migration = (name: string, sql: string) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  };

  it("removes only the empty migrations that --create-only just wrote", () => {
    migration("20260101000000_old_empty", "-- This is an empty migration.");
    const before = folders(dir);
    migration("20260102000000_x", "-- This is an empty migration.\n");
    migration("20260102000001_y", '-- AlterTable\nALTER TABLE "t" ADD COLUMN "c" INTEGER;\n');
    expect(removeEmptyMigrations(dir, before)).toEqual(["20260102000000_x"]);
    expect(folders(dir).sort()).toEqual(["20260101000000_old_empty", "20260102000001_y"]);
  });
});
