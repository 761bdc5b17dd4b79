import { type ImmvDescriptor, qualified } from "@immv/core";
import type { Queryable } from "./introspect.js";

/**
 * What ORM migrations say an IMMV is once applied; `checkDeployedViews` compares the database
 * with it. ORMs see neither functions nor triggers, so this is the only drift check they get.
 *
 * A second record beside immv's catalog (immv.views, which each creation script writes into the
 * database), because migrations are generated without a database: the migrations folder is the
 * only place that says what every database will hold once they are applied. Drizzle keeps it in
 * immv-state.json, Prisma in each migration's first line; both write it from the descriptor
 * (`expectedTriggers`) and read it back as this.
 */
export interface DeployedView {
  name: string;
  /** Schema of the view applications query. */
  schema: string;
  /** Schema of storage, functions and immv's catalog. */
  storageSchema: string;
  /** The compiler's hash (as in immv.views.hash). */
  hash: string;
  /** Triggers that must exist and be enabled (`expectedTriggers`). */
  triggers: { table: string; name: string }[];
  /** The migration that last created or changed it, for messages. */
  migration: string;
}

/**
 * The descriptor's triggers as ORM records store them: the table as `"schema"."name"` (what
 * to_regclass reads), for both the Drizzle state file and the Prisma migration headers.
 */
export function expectedTriggers(descriptor: ImmvDescriptor): { table: string; name: string }[] {
  return descriptor.triggers.map(({ table, name }) => ({ table: qualified(table.schema, table.name), name }));
}

export interface DeployedViewReport {
  name: string;
  ok: boolean;
  /** What is wrong, one line each; empty when ok. */
  problems: string[];
  /** With `data`: rows the view lacks / holds beyond its query. */
  missingRows?: number;
  extraRows?: number;
}

export interface DeployedReport {
  ok: boolean;
  views: DeployedViewReport[];
  /** IMMVs in the database that the migrations do not create (made with the immv CLI, or removed but not migrated). */
  unmanaged: string[];
}

interface CatalogRow {
  hash: string;
  populated: boolean;
  view_exists: boolean;
  storage_exists: boolean;
  missing_functions: string[];
}

/**
 * Every expected IMMV exists at the expected version, with its view, storage, maintenance
 * functions and enabled triggers; with `data`, its rows also equal a fresh run of its query.
 */
export async function checkDeployedViews(
  db: Queryable,
  views: readonly DeployedView[],
  options: { data?: boolean } = {},
): Promise<DeployedReport> {
  const reports: DeployedViewReport[] = [];
  for (const view of views) reports.push(await checkView(db, view, options.data ?? false));
  const unmanaged: string[] = [];
  for (const schema of new Set(["immv", ...views.map((v) => v.storageSchema)])) {
    if (!(await catalogExists(db, schema))) continue;
    const { rows } = await db.query<{ name: string }>(
      `SELECT "name" FROM ${qualified(schema, "views")} WHERE "name" <> ALL ($1::text[]) ORDER BY 1`,
      [views.filter((v) => v.storageSchema === schema).map((v) => v.name)],
    );
    unmanaged.push(...rows.map((r) => (schema === "immv" ? r.name : `${schema}.${r.name}`)));
  }
  return { ok: reports.every((v) => v.ok), views: reports, unmanaged };
}

async function checkView(db: Queryable, view: DeployedView, data: boolean): Promise<DeployedViewReport> {
  const report: DeployedViewReport = { name: view.name, ok: false, problems: [] };
  const problems = report.problems;
  const { rows } = (await catalogExists(db, view.storageSchema))
    ? await db.query<CatalogRow>(
        `SELECT v."hash", v."populated",
           pg_catalog.to_regclass(v."view") IS NOT NULL AS view_exists,
           pg_catalog.to_regclass(v."storage") IS NOT NULL AS storage_exists,
           ARRAY(SELECT f FROM pg_catalog.unnest(v."functions") AS f WHERE pg_catalog.to_regprocedure(f) IS NULL) AS missing_functions
         FROM ${qualified(view.storageSchema, "views")} AS v WHERE v."name" = $1`,
        [view.name],
      )
    : { rows: [] };
  const row = rows[0];
  if (!row) {
    problems.push(`not in the database: apply the migrations (${view.migration} creates it)`);
    return report;
  }
  if (row.hash !== view.hash) {
    problems.push(
      `the database has another version (hash ${row.hash}, the migrations make ${view.hash}): apply the migrations`,
    );
  }
  if (!row.view_exists) problems.push(`the view ${view.schema}.${view.name} is missing`);
  if (!row.storage_exists) problems.push("its storage table is missing");
  for (const f of row.missing_functions) problems.push(`maintenance function ${f} is missing`);
  const { rows: triggers } = await db.query<{ table: string; name: string; enabled: string | null }>(
    `SELECT t."table", t."name", tg.tgenabled::text AS enabled
     FROM pg_catalog.jsonb_to_recordset($1::jsonb) AS t("table" text, "name" text)
     LEFT JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = pg_catalog.to_regclass(t."table") AND tg.tgname = t."name"`,
    [JSON.stringify(view.triggers)],
  );
  for (const t of triggers) {
    if (t.enabled === null) problems.push(`trigger ${t.name} on ${t.table} is missing`);
    else if (t.enabled === "D" && row.populated) problems.push(`trigger ${t.name} on ${t.table} is disabled`);
  }
  const refresh = `SELECT ${qualified(view.storageSchema, "refresh")}('${view.name.replaceAll("'", "''")}')`;
  if (!row.populated) problems.push(`not populated, so not maintained: ${refresh}`);
  if (data && problems.length === 0) {
    const { rows: diff } = await db.query<{ missing: string; extra: string }>(
      `SELECT count(*) FILTER (WHERE difference = 'missing') AS missing, count(*) FILTER (WHERE difference = 'extra') AS extra
       FROM ${qualified(view.storageSchema, "check")}($1)`,
      [view.name],
    );
    report.missingRows = Number(diff[0]?.missing ?? 0);
    report.extraRows = Number(diff[0]?.extra ?? 0);
    if (report.missingRows + report.extraRows > 0) {
      problems.push(
        `its rows differ from its query: ${report.missingRows} missing, ${report.extraRows} extra (rebuild: ${refresh})`,
      );
    }
  }
  report.ok = problems.length === 0;
  return report;
}

async function catalogExists(db: Queryable, schema: string): Promise<boolean> {
  const { rows } = await db.query<{ exists: boolean }>("SELECT pg_catalog.to_regclass($1) IS NOT NULL AS exists", [
    qualified(schema, "views"),
  ]);
  return rows[0]?.exists ?? false;
}

/** Renders a report as `check` commands print it. */
export function formatDeployedReport(report: DeployedReport, data: boolean): string {
  const lines: string[] = [];
  for (const v of report.views) {
    if (v.ok) lines.push(`ok     ${v.name}${data ? " (rows equal its query)" : ""}`);
    else lines.push(`drift  ${v.name}`, ...v.problems.map((p) => `         - ${p}`));
  }
  if (report.views.length === 0) lines.push("no IMMVs in the migrations");
  if (report.unmanaged.length > 0) {
    lines.push(`note: the database also has IMMVs the migrations do not create: ${report.unmanaged.join(", ")}`);
  }
  const drifted = report.views.filter((v) => !v.ok).length;
  lines.push(
    drifted === 0 ? `${report.views.length} IMMV(s) ok` : `${drifted} of ${report.views.length} IMMV(s) drifted`,
  );
  return lines.join("\n");
}
