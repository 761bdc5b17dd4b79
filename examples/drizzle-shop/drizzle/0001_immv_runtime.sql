-- Written by immv-drizzle generate: incrementally maintained views.
-- immv runtime 2 (installs it, or upgrades an older one in place): the catalog, SQL API and batching every IMMV uses.
-- Views are not rebuilt by it.
-- immv runtime 2: catalog, SQL API and batching (installs or upgrades in place)
CREATE SCHEMA IF NOT EXISTS "immv";
--> statement-breakpoint
-- The installed version, and a secret only the owner reads: it names the settings that count a
-- batch's statements, so no other role can find (and forge) them.
CREATE TABLE IF NOT EXISTS "immv"."runtime" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "version" integer NOT NULL,
  "secret" text NOT NULL DEFAULT pg_catalog.md5(pg_catalog.gen_random_uuid()::text),
  "installed_at" timestamptz NOT NULL DEFAULT pg_catalog.now()
);
--> statement-breakpoint
REVOKE ALL ON "immv"."runtime" FROM PUBLIC;
--> statement-breakpoint
DO $immv$
BEGIN
  IF (SELECT "version" FROM "immv"."runtime") > 2 THEN
    RAISE EXCEPTION 'immv: the database has immv runtime %, newer than this script''s 2', (SELECT "version" FROM "immv"."runtime")
      USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'compile with a newer immv';
  END IF;
END
$immv$;
--> statement-breakpoint
INSERT INTO "immv"."runtime" ("version") VALUES (2)
ON CONFLICT ("id") DO UPDATE SET "version" = EXCLUDED."version", "installed_at" = EXCLUDED."installed_at";
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "immv"."views" (
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
--> statement-breakpoint
COMMENT ON TABLE "immv"."views" IS 'Incrementally maintained views compiled by immv; change them through immv migrations.';
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "immv"."refuse_write"() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
BEGIN
  RAISE EXCEPTION 'immv: %.% is maintained automatically and cannot be written directly', TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('write the base tables instead; to rebuild the view run SELECT %I.refresh(%L)', TG_TABLE_SCHEMA, TG_TABLE_NAME);
END
$immv$;
--> statement-breakpoint
-- Rebuilds a view from its query (with_data = true), or empties it and stops maintaining it
-- (with_data = false), like REFRESH MATERIALIZED VIEW [WITH NO DATA]. Returns the rows stored.
CREATE OR REPLACE FUNCTION "immv"."refresh"(name text, with_data boolean DEFAULT true) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, MDY'
SET intervalstyle = postgres
SET timezone = 'UTC'
SET extra_float_digits = 1
SET array_nulls = on
SET transform_null_equals = off
SET standard_conforming_strings = on
SET bytea_output = hex
SET xmloption = content
AS $immv$
#variable_conflict use_column
DECLARE
  v "immv"."views";
  t text;
  trig record;
  n bigint := 0;
BEGIN
  SELECT * INTO v FROM "immv"."views" WHERE "immv"."views"."name" = $1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object',
      HINT = format('SELECT name FROM %s lists them', '"immv"."views"');
  END IF;
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
  UPDATE "immv"."views" SET "populated" = with_data WHERE "immv"."views"."name" = v."name";
  RETURN n;
END
$immv$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "immv"."get_def"(name text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT "definition" FROM "immv"."views" WHERE "immv"."views"."name" = $1
$immv$;
--> statement-breakpoint
-- Compares the view with a fresh run of its definition. Returns one row per difference:
-- 'missing' (in the query, not in the view) or 'extra' (in the view, not in the query).
CREATE OR REPLACE FUNCTION "immv"."check"(name text) RETURNS TABLE (difference text, row_data jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, MDY'
SET intervalstyle = postgres
SET timezone = 'UTC'
SET extra_float_digits = 1
SET array_nulls = on
SET transform_null_equals = off
SET standard_conforming_strings = on
SET bytea_output = hex
SET xmloption = content
AS $immv$
#variable_conflict use_column
DECLARE
  v "immv"."views";
  cols text;
BEGIN
  SELECT * INTO v FROM "immv"."views" WHERE "immv"."views"."name" = $1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object',
      HINT = format('SELECT name FROM %s lists them', '"immv"."views"');
  END IF;
  IF NOT v."populated" THEN
    RAISE EXCEPTION 'immv: % is not populated', $1 USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('run SELECT %s.refresh(%L)', '"immv"', $1);
  END IF;
  -- the view's columns by name: a SELECT * definition also returns columns added to its tables since
  SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum) INTO cols
  FROM pg_attribute a WHERE a.attrelid = v."view"::regclass AND a.attnum > 0 AND NOT a.attisdropped;
  RETURN QUERY EXECUTE format(
    'SELECT ''missing''::text, to_jsonb(d) FROM (SELECT %3$s FROM (%1$s) AS q EXCEPT ALL SELECT %3$s FROM %2$s) AS d '
    'UNION ALL SELECT ''extra''::text, to_jsonb(d) FROM (SELECT %3$s FROM %2$s EXCEPT ALL SELECT %3$s FROM (%1$s) AS q) AS d',
    v."normalized_definition", v."view", cols);
END
$immv$;
--> statement-breakpoint
-- Removes a view, its storage, its functions and (through them) its triggers.
CREATE OR REPLACE PROCEDURE "immv"."drop"(name text, if_exists boolean DEFAULT false)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $immv$
#variable_conflict use_column
DECLARE
  v "immv"."views";
  f text;
BEGIN
  SELECT * INTO v FROM "immv"."views" WHERE "immv"."views"."name" = $1 FOR UPDATE;
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
  DELETE FROM "immv"."views" WHERE "immv"."views"."name" = v."name";
END
$immv$;
--> statement-breakpoint
-- the prefix of the view's batch settings (see batchSettingsSql). IMMUTABLE on purpose: the
-- secret never changes once installed, so a call with a constant argument is folded into the
-- caller's cached plan; a plan is invalidated when this function is replaced.
CREATE OR REPLACE FUNCTION "immv"."batch_settings"(view text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $immv$
#variable_conflict use_column
BEGIN
  RETURN (SELECT 'immv.b' || pg_catalog.md5(r."secret" || ':' || view) FROM "immv"."runtime" AS r);
END
$immv$;
--> statement-breakpoint
-- whether the view's changes are being stashed in this transaction; and setting it
CREATE OR REPLACE FUNCTION "immv"."stashing"(view text) RETURNS boolean
LANGUAGE plpgsql AS $immv$
#variable_conflict use_column
BEGIN
  RETURN pg_catalog.current_setting("immv"."batch_settings"(view) || '_stash', true) IS NOT DISTINCT FROM 'on';
END
$immv$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "immv"."set_stashing"(view text, stashing boolean) RETURNS void
LANGUAGE plpgsql AS $immv$
#variable_conflict use_column
BEGIN
  PERFORM pg_catalog.set_config("immv"."batch_settings"(view) || '_stash', CASE WHEN stashing THEN 'on' ELSE '' END, true);
END
$immv$;
--> statement-breakpoint
-- one event's statements: static (plan cached per session) below 256 rows, through EXECUTE (planned for the size) from 256 on
CREATE OR REPLACE FUNCTION "immv"."plan_by_size"(probe text, small text[], large text[]) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT concat_ws(E'\n',
    format('    IF NOT EXISTS (SELECT FROM %s OFFSET 255) THEN', probe),
    (SELECT string_agg(format(E'      %s;', btrim(s, E'\n')), E'\n' ORDER BY o) FROM unnest(small) WITH ORDINALITY AS u(s, o)),
    '    ELSE',
    '      -- 256+ rows: planned for this statement''s size instead of reusing the cached plan',
    (SELECT string_agg(format(E'      EXECUTE %L;', btrim(s, E'\n')), E'\n' ORDER BY o) FROM unnest(large) WITH ORDINALITY AS u(s, o)),
    '    END IF;')
$immv$;
--> statement-breakpoint
-- one maintainer at a time for a join view; under REPEATABLE READ / SERIALIZABLE a maintenance by
-- a transaction this snapshot cannot see raises 40001. Once per transaction: later statements hold
-- the lock already, and each further update of the row would add a version the next must walk past.
-- (The parameter is qualified: immv.views has a column named view.)
CREATE OR REPLACE FUNCTION "immv"."lock_view"(view text) RETURNS void
LANGUAGE plpgsql AS $immv$
#variable_conflict use_column
BEGIN
  -- (no SET clause: callers pin the search_path, every name is qualified, and a direct caller may
  -- not update the catalog)
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = lock_view.view AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
END
$immv$;
--> statement-breakpoint
-- writes a view's trigger function for one base table around the view's statements per event
CREATE OR REPLACE FUNCTION "immv"."create_table_function"(
  view text, function_name text, base_table text, columns text[], read_columns_changed text,
  stash_table text, stash_function text, batch_function text, locks_view boolean,
  on_truncate text, on_insert text[], on_update text[], on_small_update text[], on_delete text[]
) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
DECLARE
  -- every identifier quoted, keyword or not
  "__ivm_cols" text := (SELECT string_agg('"' || replace(c, '"', '""') || '"', ', ' ORDER BY o) FROM unnest(columns) WITH ORDINALITY AS u(c, o));
  "__ivm_body" text;
BEGIN
  "__ivm_body" := concat_ws(E'\n',
    '#variable_conflict use_column',
    'DECLARE',
    -- the statement ends: one fewer in progress; alone (apply now), or part of a batch
    format('  "__ivm_settings" text := "immv"."batch_settings"(%L);', view),
    '  "__ivm_depth" integer := COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || ''_depth'', true), ''''), ''1'')::integer - 1;',
    '  "__ivm_step" text;',
    'BEGIN',
    '  PERFORM pg_catalog.set_config("__ivm_settings" || ''_depth'', "__ivm_depth"::text, true);',
    '  "__ivm_step" := CASE WHEN "__ivm_depth" > 0 THEN ''stash''',
    '    WHEN pg_catalog.current_setting("__ivm_settings" || ''_stash'', true) = ''on'' THEN ''stash_and_apply'' ELSE ''apply'' END;',
    '  IF TG_OP = ''TRUNCATE'' THEN',
    on_truncate,
    '    RETURN NULL;',
    '  END IF;',
    '  IF "__ivm_step" <> ''apply'' THEN',
    '    -- one of several statements of a batch: collect its changes, apply them all at the end',
    format('    PERFORM %s();', stash_function),
    '    IF TG_OP IN (''UPDATE'', ''DELETE'') THEN',
    format('      INSERT INTO pg_temp."%s" (%s, "__ivm_m__") SELECT %2$s, -1 FROM "immv_old";', replace(stash_table, '"', '""'), "__ivm_cols"),
    '    END IF;',
    '    IF TG_OP IN (''INSERT'', ''UPDATE'') THEN',
    format('      INSERT INTO pg_temp."%s" (%s, "__ivm_m__") SELECT %2$s, 1 FROM "immv_new";', replace(stash_table, '"', '""'), "__ivm_cols"),
    '    END IF;',
    '    IF "__ivm_step" = ''stash_and_apply'' THEN',
    format('      PERFORM %s();', batch_function),
    '    END IF;',
    '    RETURN NULL;',
    '  END IF;',
    -- nested: PL/pgSQL would plan the transition-table query even when TG_OP is not UPDATE
    -- nested: PL/pgSQL would plan the transition-table query even when TG_OP is not UPDATE
    CASE WHEN read_columns_changed IS NOT NULL THEN concat_ws(E'\n',
      '  IF TG_OP = ''UPDATE'' THEN',
      '    IF NOT EXISTS (',
      btrim(read_columns_changed, E'\n'),
      '    ) THEN',
      '      -- only columns the view does not read changed',
      '      RETURN NULL;',
      '    END IF;',
      '  END IF;') END,
    CASE WHEN locks_view THEN concat_ws(E'\n',
      '  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001',
      format('  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = %L AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();', view)) END,
    format('  -- a statement on %s alone: apply its transition tables directly', base_table),
    '  IF TG_OP = ''INSERT'' THEN',
    "immv"."plan_by_size"('"immv_new"', on_insert, on_insert),
    '  ELSIF TG_OP = ''UPDATE'' THEN',
    "immv"."plan_by_size"('"immv_old"', COALESCE(on_small_update, on_update), on_update),
    '  ELSE',
    "immv"."plan_by_size"('"immv_old"', on_delete, on_delete),
    '  END IF;',
    '  RETURN NULL;',
    'END');
  EXECUTE format('CREATE FUNCTION %s() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET datestyle = ''ISO, MDY''
SET intervalstyle = postgres
SET timezone = ''UTC''
SET extra_float_digits = 1
SET array_nulls = on
SET transform_null_equals = off
SET standard_conforming_strings = on
SET bytea_output = hex
SET xmloption = content
SET jit = off
AS %L', function_name, E'\n' || "__ivm_body" || E'\n');
END
$immv$;
