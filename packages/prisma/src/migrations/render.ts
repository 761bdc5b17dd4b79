import { expectedTriggers } from "@immv/cli";
import { type CompiledView, dropViewSql } from "@immv/core";
import { renderHeader } from "./history.js";

const DO_NOT_EDIT =
  "-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,\n-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.";

/** A migration that creates (or replaces) an IMMV. */
export function createMigrationSql(view: CompiledView, fingerprint: string): string {
  const header = renderHeader({
    view: view.name,
    action: "create",
    immvSchema: view.plan.schema,
    viewSchema: view.plan.viewSchema,
    fingerprint,
    tables: view.plan.baseTables.map((t) => `${t.relation.schema}.${t.relation.name}`),
    hash: view.hash,
    triggers: expectedTriggers(view),
  });
  return `${header}\n${DO_NOT_EDIT}\n\n${view.createSql}`;
}

/** A migration that removes an IMMV whose view block is gone. */
export function dropMigrationSql(view: string, immvSchema: string, viewSchema: string): string {
  const header = renderHeader({ view, action: "drop", immvSchema, viewSchema });
  return `${header}
${DO_NOT_EDIT}

${dropViewSql({ name: view, schema: immvSchema, viewSchema })}`;
}
