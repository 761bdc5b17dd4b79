import { describe, expect, it } from "vitest";
import { nextTimestamps, timestampBefore } from "./timestamp.js";

describe("migration folder timestamps", () => {
  const now = new Date(Date.UTC(2026, 10, 21, 12, 0, 0, 500));

  it("are now, one second apart, when every folder is older", () => {
    expect(nextTimestamps(["20260101000000_init", "migration_lock.toml"], now, 2)).toEqual([
      "20261121120000",
      "20261121120001",
    ]);
  });

  it("sort after a newer folder (clock skew, a teammate's migration)", () => {
    expect(nextTimestamps(["20261231235959_future"], now, 2)).toEqual(["20270101000000", "20270101000001"]);
  });

  it("count back from a folder for drops that must precede it", () => {
    expect(timestampBefore("20270101000000_alter", 2)).toBe("20261231235958");
    expect(timestampBefore("init", 1)).toBeUndefined();
  });
});
