import { describe, expect, it } from "vitest";
import { freshDatabase } from "../../../../test/support/database.js";
import { engineInstalled, PrismaProject } from "./project.js";

if (!engineInstalled) {
  console.log(
    "skipped: immv-prisma dev end to end — prisma migrate dev needs Prisma's native schema engine, which npm install could not download here",
  );
}

describe.skipIf(!engineInstalled)("immv-prisma dev (needs Prisma's schema engine)", () => {
  it("runs migrate dev, generate and migrate dev, leaving the IMMVs deployed and current", async () => {
    const db = await freshDatabase("prisma_dev");
    const project = new PrismaProject({ withImmvMigrations: false });
    const run = project.immvPrisma(["dev", "--name", "shop"], { DATABASE_URL: db.url });
    expect(run.status, run.output).toBe(0);
    expect(project.migrations().filter((m) => m.includes("_immv_"))).toHaveLength(3);
    const check = project.immvPrisma(["check", "--data"], { DATABASE_URL: db.url });
    expect(check.output).toContain("3 IMMV(s) ok");
    expect(check.status).toBe(0);
  });
});
