import { expectedTriggers } from "@immv/cli";
import { type CompiledView, dropViewSql, RUNTIME_VERSION, runtimeSql } from "@immv/core";
import { RUNTIME_HEADER_VIEW, renderHeader } from "./history.js";

const DO_NOT_EDIT =
  "-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,\n-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.";

/** A migration that creates (or replaces) an IMMV. */
export function createMigrationSql(view: CompiledView, fingerprint: string, why: string): string {
  const { descriptor } = view;
  const header = renderHeader({
    view: descriptor.name,
    action: "create",
    immvSchema: descriptor.schema,
    viewSchema: descriptor.viewSchema,
    fingerprint,
    tables: descriptor.baseTables.map((t) => `${t.schema}.${t.name}`),
    hash: descriptor.hash,
    triggers: expectedTriggers(descriptor),
  });
  return `${header}\n${DO_NOT_EDIT}\n-- ${why}\n\n${view.createSql}`;
}

/** A migration that removes an IMMV whose view block is gone. */
export function dropMigrationSql(view: string, immvSchema: string, viewSchema: string): string {
  const header = renderHeader({ view, action: "drop", immvSchema, viewSchema });
  return `${header}
${DO_NOT_EDIT}

${dropViewSql({ name: view, schema: immvSchema, viewSchema })}`;
}

/** A migration that installs immv's runtime in `immvSchema`, or upgrades an older one in place. */
export function runtimeMigrationSql(immvSchema: string, installed: number): string {
  const header = renderHeader({
    view: RUNTIME_HEADER_VIEW,
    action: "runtime",
    immvSchema,
    viewSchema: "",
    runtimeVersion: RUNTIME_VERSION,
  });
  const what =
    installed === 0 ? "installs it, or upgrades an older one in place" : `upgrades runtime ${installed} in place`;
  return `${header}
${DO_NOT_EDIT}
-- immv runtime ${RUNTIME_VERSION} (${what}): the catalog, SQL API and batching every IMMV uses.
-- Views are not rebuilt by it.

${runtimeSql(immvSchema)}
`;
}
