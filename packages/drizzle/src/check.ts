import type { StateFile, ViewState } from "./state.js";

/** Anything with pg's `query(text, values)`: pg.Client, pg.Pool, or an adapter over PGlite. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export interface ViewReport {
  name: string;
  ok: boolean;
  /** What is wrong, one line each; empty when ok. */
  problems: string[];
  /** With `data`: rows the view lacks / holds beyond its query. */
  missingRows?: number;
  extraRows?: number;
}

export interface CheckReport {
  ok: boolean;
  views: ViewReport[];
  /** IMMVs in the database that no state file records (made with the immv CLI, or dropped from schema.ts but not migrated). */
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
 * Compares the database with the state file: every recorded IMMV exists at the recorded version,
 * with its view, storage, functions and enabled triggers; with `data`, also that its rows equal
 * a fresh run of its query (immv.check).
 */
export async function checkDatabase(
  db: Queryable,
  state: StateFile,
  options: { data?: boolean } = {},
): Promise<CheckReport> {
  const views: ViewReport[] = [];
  for (const view of state.views) views.push(await checkView(db, view, options.data ?? false));
  const unmanaged: string[] = [];
  for (const schema of new Set(["immv", ...state.views.map((v) => v.storageSchema)])) {
    if (!(await catalogExists(db, schema))) continue;
    const { rows } = await db.query<{ name: string }>(
      `SELECT "name" FROM ${qualified(schema, "views")} WHERE "name" <> ALL ($1::text[]) ORDER BY 1`,
      [state.views.filter((v) => v.storageSchema === schema).map((v) => v.name)],
    );
    unmanaged.push(...rows.map((r) => (schema === "immv" ? r.name : `${schema}.${r.name}`)));
  }
  return { ok: views.every((v) => v.ok), views, unmanaged };
}

async function checkView(db: Queryable, view: ViewState, data: boolean): Promise<ViewReport> {
  const report: ViewReport = { name: view.name, ok: false, problems: [] };
  const problems = report.problems;
  if (!(await catalogExists(db, view.storageSchema))) {
    problems.push(`not in the database (no ${view.storageSchema}.views catalog): apply the migrations`);
    return report;
  }
  const { rows } = await db.query<CatalogRow>(
    `SELECT v."hash", v."populated",
       pg_catalog.to_regclass(v."view") IS NOT NULL AS view_exists,
       pg_catalog.to_regclass(v."storage") IS NOT NULL AS storage_exists,
       ARRAY(SELECT f FROM pg_catalog.unnest(v."functions") AS f WHERE pg_catalog.to_regprocedure(f) IS NULL) AS missing_functions
     FROM ${qualified(view.storageSchema, "views")} AS v WHERE v."name" = $1`,
    [view.name],
  );
  const row = rows[0];
  if (!row) {
    problems.push(`not in the database: apply the migrations (it is created by ${view.migration})`);
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
  if (!row.populated) {
    problems.push(
      `not populated, so not maintained (immv.refresh('${view.name}', false) was run): SELECT ${qualified(view.storageSchema, "refresh")}('${view.name}')`,
    );
  }
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
        `its rows differ from its query: ${report.missingRows} missing, ${report.extraRows} extra (rebuild: SELECT ${qualified(view.storageSchema, "refresh")}('${view.name}'))`,
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

/** Renders a report as the check command prints it. */
export function formatReport(report: CheckReport, data: boolean): string {
  const lines: string[] = [];
  for (const v of report.views) {
    if (v.ok) lines.push(`ok     ${v.name}${data ? " (rows equal its query)" : ""}`);
    else {
      lines.push(`drift  ${v.name}`);
      for (const p of v.problems) lines.push(`         - ${p}`);
    }
  }
  if (report.views.length === 0) lines.push("no IMMVs recorded in the state file");
  if (report.unmanaged.length > 0) {
    lines.push(`note: the database also has IMMVs the state file does not record: ${report.unmanaged.join(", ")}`);
  }
  const drifted = report.views.filter((v) => !v.ok).length;
  lines.push(
    drifted === 0 ? `${report.views.length} IMMV(s) ok` : `${drifted} of ${report.views.length} IMMV(s) drifted`,
  );
  return lines.join("\n");
}

function qualified(schema: string, name: string): string {
  return `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
}
