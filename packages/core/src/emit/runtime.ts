import { RUNTIME_SETTINGS } from "./pinned-settings.js";
import { dollarQuote, ident, literal, qualified } from "./sql.js";

/**
 * The schema, catalog table and SQL API every IMMV script installs first. Idempotent, so each
 * view's script can carry it and be applied on its own.
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
  return `-- immv runtime: catalog and SQL API (idempotent)
CREATE SCHEMA IF NOT EXISTS ${s};

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
`)};`;
}
