import { batchSettingsSql } from "./batch-settings.js";
import { RUNTIME_SETTINGS } from "./pinned-settings.js";
import { PLPGSQL_PRELUDE } from "./plpgsql.js";
import { programRuntimeSql } from "./runtime-program.js";
import { dollarQuote, ident, literal, qualified } from "./sql.js";
import { tableFunctionGeneratorSql } from "./table-function.js";

/**
 * Version of the runtime below, recorded in `immv.runtime`. Raise it whenever the runtime's SQL
 * changes. Version 1 is the runtime released before versions were recorded (no `immv.runtime`).
 */
export const RUNTIME_VERSION = 3;

/**
 * The oldest runtime whose functions a view's own code calls. Raised only when views start
 * calling something new, so a runtime upgrade does not change (and rebuild) every view.
 */
export const RUNTIME_REQUIRED_BY_VIEWS = 3;

/**
 * How a view's creation script gets its runtime: `install` carries the whole runtime (installing
 * or upgrading it in the same transaction); `require` only checks that the database has one
 * recent enough and otherwise stops, naming the command that installs it (migration tools that
 * install the runtime in a migration of its own).
 */
export type RuntimeMode = "install" | "require";

/** Stops the script unless the database has a runtime the view's code can call. */
export function requireRuntimeSql(schema: string): string {
  const runtime = qualified(schema, "runtime");
  return `-- needs immv runtime ${RUNTIME_REQUIRED_BY_VIEWS} or newer in schema ${ident(schema)}
DO ${dollarQuote(`
DECLARE
  "__ivm_version" integer;
BEGIN
  -- (the table is read only once it is known to exist)
  IF pg_catalog.to_regclass(${literal(runtime)}) IS NOT NULL THEN
    "__ivm_version" := (SELECT "version" FROM ${runtime});
  END IF;
  IF "__ivm_version" IS NULL OR "__ivm_version" < ${RUNTIME_REQUIRED_BY_VIEWS} THEN
    RAISE EXCEPTION 'immv: this view needs immv runtime ${RUNTIME_REQUIRED_BY_VIEWS} or newer in schema %', ${literal(schema)}
      USING ERRCODE = 'object_not_in_prerequisite_state',
        HINT = 'apply the migration that installs immv''s runtime first (immv-drizzle generate and @immv/prisma write one), or create the view with the immv CLI, which installs it';
  END IF;
END
`)};`;
}

/**
 * The schema, catalog table, SQL API and batching machinery shared by every IMMV in `schema`.
 * Idempotent; installs or upgrades in place, and refuses to replace a newer runtime.
 */
export function runtimeSql(schema: string): string {
  const s = ident(schema);
  const views = qualified(schema, "views");
  const fn = (name: string) => qualified(schema, name);
  const find = (lock: string) => `SELECT * INTO v FROM ${views} WHERE ${views}."name" = $1${lock};
  IF NOT FOUND THEN
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object',
      HINT = format('SELECT name FROM %s lists them', ${literal(views)});
  END IF;`;
  const runtime = qualified(schema, "runtime");
  return `-- immv runtime ${RUNTIME_VERSION}: catalog, SQL API and batching (installs or upgrades in place)
CREATE SCHEMA IF NOT EXISTS ${s};

-- The installed version, and a secret only the owner reads: it names the settings that count a
-- batch's statements, so no other role can find (and forge) them.
CREATE TABLE IF NOT EXISTS ${runtime} (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "version" integer NOT NULL,
  "secret" text NOT NULL DEFAULT pg_catalog.md5(pg_catalog.gen_random_uuid()::text),
  "installed_at" timestamptz NOT NULL DEFAULT pg_catalog.now()
);
REVOKE ALL ON ${runtime} FROM PUBLIC;
DO ${dollarQuote(`
BEGIN
  IF (SELECT "version" FROM ${runtime}) > ${RUNTIME_VERSION} THEN
    RAISE EXCEPTION 'immv: the database has immv runtime %, newer than this script''s ${RUNTIME_VERSION}', (SELECT "version" FROM ${runtime})
      USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'compile with a newer immv';
  END IF;
END
`)};
INSERT INTO ${runtime} ("version") VALUES (${RUNTIME_VERSION})
ON CONFLICT ("id") DO UPDATE SET "version" = EXCLUDED."version", "installed_at" = EXCLUDED."installed_at";

CREATE TABLE IF NOT EXISTS ${views} (
  "name" text PRIMARY KEY,
  "view" text NOT NULL,
  "storage" text NOT NULL,
  "definition" text NOT NULL,
  "normalized_definition" text NOT NULL,
  "hash" text NOT NULL,
  "compiler_version" text NOT NULL,
  "strategy" text NOT NULL,
  "timing" text NOT NULL DEFAULT 'immediate',
  "populated" boolean NOT NULL DEFAULT true,
  "populate" text NOT NULL,
  "base_tables" text[] NOT NULL,
  "functions" text[] NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT pg_catalog.now(),
  "last_maintained_xid" xid8
);
COMMENT ON TABLE ${views} IS 'Incrementally maintained views compiled by immv; change them through immv migrations.';

CREATE OR REPLACE FUNCTION ${fn("refuse_write")}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS ${dollarQuote(`
${PLPGSQL_PRELUDE}
BEGIN
  RAISE EXCEPTION 'immv: %.% is maintained automatically and cannot be written directly', TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('write the base tables instead; to rebuild the view run SELECT %I.refresh(%L)', TG_TABLE_SCHEMA, TG_TABLE_NAME);
END
`)};

-- Rebuilds a view from its query (with_data = true), or empties it and stops maintaining it
-- (with_data = false), like REFRESH MATERIALIZED VIEW [WITH NO DATA]. Returns the rows stored.
CREATE OR REPLACE FUNCTION ${fn("refresh")}(name text, with_data boolean DEFAULT true) RETURNS bigint
LANGUAGE plpgsql
${RUNTIME_SETTINGS}
AS ${dollarQuote(`
${PLPGSQL_PRELUDE}
DECLARE
  v ${views};
  t text;
  trig record;
  n bigint := 0;
BEGIN
  ${find(" FOR UPDATE")}
  FOREACH t IN ARRAY v."base_tables" LOOP
    EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', t);
  END LOOP;
  FOR trig IN
    SELECT tg.tgrelid::regclass AS tbl, tg.tgname
    FROM pg_trigger tg
    WHERE tg.tgfoid IN (SELECT to_regprocedure(f) FROM unnest(v."functions") AS f)
  LOOP
    EXECUTE format('ALTER TABLE %s %s TRIGGER %I', trig.tbl, CASE WHEN with_data THEN 'ENABLE' ELSE 'DISABLE' END, trig.tgname);
  END LOOP;
  PERFORM set_config('immv.writing', 'on', true);
  EXECUTE format('TRUNCATE %s', v."storage");
  IF with_data THEN
    EXECUTE v."populate";
    GET DIAGNOSTICS n = ROW_COUNT;
    -- statistics now, so the next bulk statement is not planned blind
    EXECUTE format('ANALYZE %s', v."storage");
  END IF;
  PERFORM set_config('immv.writing', '', true);
  UPDATE ${views} SET "populated" = with_data WHERE ${views}."name" = v."name";
  RETURN n;
END
`)};

CREATE OR REPLACE FUNCTION ${fn("get_def")}(name text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS ${dollarQuote(`
  SELECT "definition" FROM ${views} WHERE ${views}."name" = $1
`)};

-- Compares the view with a fresh run of its definition. Returns one row per difference:
-- 'missing' (in the query, not in the view) or 'extra' (in the view, not in the query).
CREATE OR REPLACE FUNCTION ${fn("check")}(name text) RETURNS TABLE (difference text, row_data jsonb)
LANGUAGE plpgsql
${RUNTIME_SETTINGS}
AS ${dollarQuote(`
${PLPGSQL_PRELUDE}
DECLARE
  v ${views};
  cols text;
BEGIN
  ${find("")}
  IF NOT v."populated" THEN
    RAISE EXCEPTION 'immv: % is not populated', $1 USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('run SELECT %s.refresh(%L)', ${literal(s)}, $1);
  END IF;
  -- the view's columns by name: a SELECT * definition also returns columns added to its tables since
  SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum) INTO cols
  FROM pg_attribute a WHERE a.attrelid = v."view"::regclass AND a.attnum > 0 AND NOT a.attisdropped;
  RETURN QUERY EXECUTE format(
    'SELECT ''missing''::text, to_jsonb(d) FROM (SELECT %3$s FROM (%1$s) AS q EXCEPT ALL SELECT %3$s FROM %2$s) AS d '
    'UNION ALL SELECT ''extra''::text, to_jsonb(d) FROM (SELECT %3$s FROM %2$s EXCEPT ALL SELECT %3$s FROM (%1$s) AS q) AS d',
    v."normalized_definition", v."view", cols);
END
`)};

-- Removes a view, its storage, its functions and (through them) its triggers.
CREATE OR REPLACE PROCEDURE ${fn("drop")}(name text, if_exists boolean DEFAULT false)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS ${dollarQuote(`
${PLPGSQL_PRELUDE}
DECLARE
  v ${views};
  f text;
BEGIN
  SELECT * INTO v FROM ${views} WHERE ${views}."name" = $1 FOR UPDATE;
  IF NOT FOUND THEN
    IF if_exists THEN
      RETURN;
    END IF;
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object';
  END IF;
  EXECUTE format('DROP VIEW IF EXISTS %s', v."view");
  FOREACH f IN ARRAY v."functions" LOOP
    EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', f);
  END LOOP;
  EXECUTE format('DROP TABLE IF EXISTS %s', v."storage");
  DELETE FROM ${views} WHERE ${views}."name" = v."name";
END
`)};

${batchingSql(schema)}

${tableFunctionGeneratorSql(schema)}

${programRuntimeSql(schema)}`;
}

function batchingSql(schema: string): string {
  const fn = (name: string) => qualified(schema, name);
  // No SET clauses: called from maintenance functions, which pin the search_path already; every
  // name is qualified, and a direct caller lacks the privilege to read the secret.
  const plpgsql = (name: string, signature: string, body: string) =>
    `CREATE OR REPLACE FUNCTION ${fn(name)}${signature}\nLANGUAGE plpgsql AS ${dollarQuote(`\n${PLPGSQL_PRELUDE}\n${body}\n`)};`;
  return `-- the prefix of the view's batch settings (see batchSettingsSql). IMMUTABLE on purpose: the
-- secret never changes once installed, so a call with a constant argument is folded into the
-- caller's cached plan; a plan is invalidated when this function is replaced.
CREATE OR REPLACE FUNCTION ${fn("batch_settings")}(view text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS ${dollarQuote(`
${PLPGSQL_PRELUDE}
BEGIN
  RETURN (SELECT 'immv.b' || pg_catalog.md5(r."secret" || ':' || view) FROM ${qualified(schema, "runtime")} AS r);
END
`)};

-- whether the view's changes are being stashed in this transaction; and setting it
${plpgsql(
  "stashing",
  `(view text) RETURNS boolean`,
  `BEGIN
  RETURN pg_catalog.current_setting(${batchSettingsSql(schema, "view")} || '_stash', true) IS NOT DISTINCT FROM 'on';
END`,
)}
${plpgsql(
  "set_stashing",
  `(view text, stashing boolean) RETURNS void`,
  `BEGIN
  PERFORM pg_catalog.set_config(${batchSettingsSql(schema, "view")} || '_stash', CASE WHEN stashing THEN 'on' ELSE '' END, true);
END`,
)}`;
}
