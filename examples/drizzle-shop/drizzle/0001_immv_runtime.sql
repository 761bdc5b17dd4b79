-- Written by immv-drizzle generate: incrementally maintained views.
-- immv runtime 3 (installs it, or upgrades an older one in place): the catalog, SQL API and batching every IMMV uses.
-- Views are not rebuilt by it.
-- immv runtime 3: catalog, SQL API and batching (installs or upgrades in place)
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
  IF (SELECT "version" FROM "immv"."runtime") > 3 THEN
    RAISE EXCEPTION 'immv: the database has immv runtime %, newer than this script''s 3', (SELECT "version" FROM "immv"."runtime")
      USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'compile with a newer immv';
  END IF;
END
$immv$;
--> statement-breakpoint
INSERT INTO "immv"."runtime" ("version") VALUES (3)
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
--> statement-breakpoint
-- The maintenance program of each view: its statements, each written once, and what the runtime
-- needs to write its trigger functions around them.
CREATE TABLE IF NOT EXISTS "immv"."programs" (
  "view" text PRIMARY KEY REFERENCES "immv"."views" ("name") ON DELETE CASCADE,
  "before_function" text NOT NULL,
  "stash_function" text NOT NULL,
  "batch_function" text NOT NULL,
  -- a join view: one maintainer at a time (lock_view)
  "locks_view" boolean NOT NULL,
  -- leaves the storage as over no input rows
  "empty_view" text NOT NULL,
  -- on each base table: BEFORE statement, AFTER INSERT, UPDATE, DELETE, TRUNCATE
  "triggers" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "immv"."program_tables" (
  "view" text NOT NULL REFERENCES "immv"."programs" ("view") ON DELETE CASCADE,
  -- the n of "__ivm_changes_<n>"
  "position" integer NOT NULL,
  "base_table" text NOT NULL,
  -- the columns maintenance reads, and the primary key
  "columns" text[] NOT NULL,
  "key_columns" text[] NOT NULL,
  "reads_every_column" boolean NOT NULL,
  -- the table feeds a NOT EXISTS: an INSERT runs the UPDATE's steps
  "inserts_remove_rows" boolean NOT NULL,
  -- the table is read only by NOT EXISTS: TRUNCATE recomputes the view
  "truncate_recomputes" boolean NOT NULL,
  "stash_table" text NOT NULL,
  "function_name" text NOT NULL,
  PRIMARY KEY ("view", "position")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "immv"."program_inputs" (
  "view" text NOT NULL REFERENCES "immv"."programs" ("view") ON DELETE CASCADE,
  "ordinal" integer NOT NULL,
  -- a term of the change of the view's input rows, for a change of these tables
  "tables" integer[] NOT NULL,
  "sql" text NOT NULL,
  PRIMARY KEY ("view", "ordinal")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "immv"."program_steps" (
  "view" text NOT NULL REFERENCES "immv"."programs" ("view") ON DELETE CASCADE,
  "ordinal" integer NOT NULL,
  -- the table whose step it is; NULL: a step over the change of the view's input rows
  "position" integer,
  -- insert, update, delete, batch
  "events" text[] NOT NULL,
  "sql" text NOT NULL,
  PRIMARY KEY ("view", "ordinal")
);
--> statement-breakpoint
-- every identifier quoted, keyword or not
CREATE OR REPLACE FUNCTION "immv"."quoted_list"(names text[], prefix text DEFAULT '') RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT string_agg(prefix || '"' || replace(n, '"', '""') || '"', ', ' ORDER BY o) FROM unnest(names) WITH ORDINALITY AS u(n, o)
$immv$;
--> statement-breakpoint
-- What an UPDATE statement changed in the columns a view reads, from its transition tables. Row
-- versions are compared by their binary images (*<, *=: what REFRESH MATERIALIZED VIEW
-- CONCURRENTLY relies on) — never as text, whose form depends on settings, and never by a type's
-- equality, which calls numeric 1.0 and 1.00 the same and which json lacks. OLD and NEW each hold
-- a version of every updated row, and an intermediate version of a row changed twice (an FK
-- cascade within the table) in both: the net change is NEW minus OLD image by image, compared
-- only among versions of one primary key. side: 'changed' (a row when any image changed), 'added'
-- or 'removed' (the images with a positive or negative net count, one row each).
CREATE OR REPLACE FUNCTION "immv"."net_change_sql"(columns text[], key text[], side text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
DECLARE
  cols text := "immv"."quoted_list"(columns);
  image text := '"__ivm_image"';
  versions text;
BEGIN
  versions := concat_ws(E'\n',
    format('  SELECT %s, pg_catalog.sum("__ivm_m__") OVER %s AS "__ivm_net"%s', cols, image, CASE WHEN side = 'changed' THEN '' ELSE ',' END),
    CASE WHEN side <> 'changed' THEN format('         pg_catalog.row_number() OVER %1$s = pg_catalog.rank() OVER %1$s AS "__ivm_first"', image) END,
    format('  FROM (SELECT %1$s, -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT %1$s, 1 FROM "immv_new") AS "__ivm_v"', cols),
    format('  WINDOW %s AS (%sORDER BY ROW(%s)::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)',
      image, CASE WHEN cardinality(key) > 0 THEN format('PARTITION BY %s ', "immv"."quoted_list"(key)) ELSE '' END, cols));
  IF side = 'changed' THEN
    RETURN format(E'SELECT FROM (\n%s\n) AS "__ivm_n"\nWHERE "__ivm_net" <> 0', versions);
  END IF;
  RETURN format(E'SELECT %s FROM (\n%s\n) AS "__ivm_n"\nWHERE "__ivm_first" AND "__ivm_net" %s 0', cols, versions, CASE WHEN side = 'added' THEN '>' ELSE '<' END);
END
$immv$;
--> statement-breakpoint
-- A program statement with its change relations bound for event (insert, update, large_update,
-- delete, batch) on the table at position (a batch: of every table). Of a table the event did not
-- change, the change is empty: an occurrence read as it was before the change is then read as it
-- is, and the planner drops the empty branch.
CREATE OR REPLACE FUNCTION "immv"."bind_program_sql"(view text, "position" integer, event text, statement text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
DECLARE
  t "immv"."program_tables";
  cols text;
  keys text;
  changes text;
  bound text := statement;
BEGIN
  IF strpos(bound, '"__ivm_input"') > 0 THEN
    bound := replace(bound, '"__ivm_input"', E'(\n' || (
      SELECT string_agg(i."sql", E'\nUNION ALL\n' ORDER BY i."ordinal")
      FROM "immv"."program_inputs" AS i
      WHERE i."view" = bind_program_sql.view AND (event = 'batch' OR bind_program_sql."position" = ANY (i."tables"))
    ) || E'\n)');
  END IF;
  FOR t IN SELECT * FROM "immv"."program_tables" AS p WHERE p."view" = bind_program_sql.view ORDER BY p."position" LOOP
    cols := "immv"."quoted_list"(t."columns");
    keys := "immv"."quoted_list"(t."key_columns");
    changes := CASE
      WHEN event = 'batch' THEN format('(SELECT %s, "__ivm_m__" FROM pg_temp.%s)', cols, "immv"."quoted_list"(ARRAY[t."stash_table"]))
      WHEN t."position" <> bind_program_sql."position" THEN format('(SELECT %s, 0 AS "__ivm_m__" FROM %s WHERE false)', cols, t."base_table")
      WHEN event = 'insert' THEN format('(SELECT %s, 1 AS "__ivm_m__" FROM "immv_new")', cols)
      WHEN event = 'delete' THEN format('(SELECT %s, -1 AS "__ivm_m__" FROM "immv_old")', cols)
      ELSE format('(SELECT %1$s, -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT %1$s, 1 FROM "immv_new")', cols)
    END;
    bound := replace(bound, format('"__ivm_changes_%s"', t."position"), changes);
    IF event = 'batch' OR t."position" = bind_program_sql."position" THEN
      bound := replace(bound, format('"__ivm_added_%s"', t."position"), CASE
        WHEN event = 'insert' THEN '"immv_new"'
        WHEN event = 'large_update' THEN format(E'(\n%s\n)', "immv"."net_change_sql"(t."columns", t."key_columns", 'added'))
        -- the rows now under the changed keys
        ELSE format('(SELECT %s FROM %s WHERE (%s) IN (SELECT %s FROM %s AS "__ivm_c"))', cols, t."base_table", keys, keys, changes)
      END);
      bound := replace(bound, format('"__ivm_removed_%s"', t."position"), CASE
        WHEN event = 'delete' THEN '"immv_old"'
        WHEN event = 'large_update' THEN format(E'(\n%s\n)', "immv"."net_change_sql"(t."columns", t."key_columns", 'removed'))
        ELSE changes
      END);
    END IF;
  END LOOP;
  RETURN bound;
END
$immv$;
--> statement-breakpoint
-- The statements the table at position runs on event (a batch: every table's), bound.
CREATE OR REPLACE FUNCTION "immv"."program_statements"(view text, "position" integer, event text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT COALESCE(pg_catalog.array_agg("immv"."bind_program_sql"($1, $2, $3, s."sql") ORDER BY s."ordinal"), ARRAY[]::text[])
  FROM "immv"."program_steps" AS s
  LEFT JOIN "immv"."program_tables" AS t ON t."view" = s."view" AND t."position" = $2
  WHERE s."view" = $1
    AND ($3 = 'batch' OR s."position" IS NULL OR s."position" = $2)
    AND CASE
      WHEN $3 = 'large_update' OR ($3 = 'insert' AND t."inserts_remove_rows") THEN 'update'
      ELSE $3
    END = ANY (s."events")
$immv$;
--> statement-breakpoint
-- Writes the functions and triggers that maintain the view from its program.
CREATE OR REPLACE FUNCTION "immv"."install_program"(view text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
DECLARE
  p "immv"."programs";
  t "immv"."program_tables";
  populate text;
  stashes text[];
  stash text;
  body text;
  "on" text;
BEGIN
  SELECT * INTO STRICT p FROM "immv"."programs" WHERE "immv"."programs"."view" = install_program.view;
  SELECT v."populate" INTO STRICT populate FROM "immv"."views" AS v WHERE v."name" = install_program.view;
  SELECT pg_catalog.array_agg(pt."stash_table" ORDER BY pt."position") INTO stashes
  FROM "immv"."program_tables" AS pt WHERE pt."view" = install_program.view;

  -- counts statements in progress on the base tables, so nested ones (FK cascades, triggers,
  -- writable CTEs) form one batch
  EXECUTE format('CREATE FUNCTION %s() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS %L', p."before_function", concat_ws(E'\n', '',
    '#variable_conflict use_column',
    'DECLARE',
    format('  "__ivm_settings" text := "immv"."batch_settings"(%L);', view),
    'BEGIN',
    '  PERFORM pg_catalog.set_config("__ivm_settings" || ''_depth'', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || ''_depth'', true), ''''), ''0'')::integer + 1)::text, true);',
    '  RETURN NULL;',
    'END', ''));

  -- creates this session's stash tables for multi-statement batches (once per session). Stash
  -- tables are session temp tables with predictable names, and any session may create temp
  -- tables: one planted under a stash name (with rows, or a trigger that would run as the
  -- functions' owner) is refused before any stash is read or written.
  body := concat_ws(E'\n', '', '#variable_conflict use_column', 'BEGIN',
    '  IF EXISTS (',
    '    SELECT FROM pg_catalog.pg_class c',
    format('    WHERE c.oid IN (%s)', (SELECT string_agg(format('pg_catalog.to_regclass(%L)', 'pg_temp.' || "immv"."quoted_list"(ARRAY[s])), ', ') FROM unnest(stashes) AS s)),
    '      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)',
    '  ) THEN',
    format('    RAISE EXCEPTION ''immv: a temporary table of this session has the name of a stash table of %%, and immv did not create it'', %L', view),
    '      USING ERRCODE = ''insufficient_privilege'', HINT = ''drop the temporary tables named immv_… in this session'';',
    '  END IF;',
    format('  IF %s(%L) THEN', '"immv"."stashing"', view),
    '    RETURN;',
    '  END IF;');
  FOR t IN SELECT * FROM "immv"."program_tables" AS pt WHERE pt."view" = install_program.view ORDER BY pt."position" LOOP
    body := concat_ws(E'\n', body,
      format('  IF pg_catalog.to_regclass(%L) IS NULL THEN', 'pg_temp.' || "immv"."quoted_list"(ARRAY[t."stash_table"])),
      format('    CREATE TEMP TABLE %s ON COMMIT DELETE ROWS AS SELECT %s, 0 AS "__ivm_m__" FROM %s WITH NO DATA;',
        "immv"."quoted_list"(ARRAY[t."stash_table"]), "immv"."quoted_list"(t."columns"), t."base_table"),
      '  END IF;');
  END LOOP;
  body := concat_ws(E'\n', body, format('  PERFORM %s(%L, true);', '"immv"."set_stashing"', view), 'END', '');
  EXECUTE format('CREATE FUNCTION %s() RETURNS void
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
AS %L', p."stash_function", body);

  -- applies every change collected during a multi-statement batch, once; each statement planned
  -- afresh (EXECUTE): batch sizes vary too much for a cached plan
  body := concat_ws(E'\n', '', '#variable_conflict use_column', 'BEGIN',
    CASE WHEN p."locks_view" THEN format('  PERFORM %s(%L);', '"immv"."lock_view"', view) END,
    (SELECT string_agg(format('  EXECUTE %L;', s), E'\n' ORDER BY o)
     FROM unnest("immv"."program_statements"(install_program.view, 0, 'batch')) WITH ORDINALITY AS u(s, o)),
    (SELECT string_agg(format('  DELETE FROM pg_temp.%s;', "immv"."quoted_list"(ARRAY[s])), E'\n') FROM unnest(stashes) AS s),
    format('  PERFORM %s(%L, false);', '"immv"."set_stashing"', view),
    'END', '');
  EXECUTE format('CREATE FUNCTION %s() RETURNS void
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
AS %L', p."batch_function", body);

  FOR t IN SELECT * FROM "immv"."program_tables" AS pt WHERE pt."view" = install_program.view ORDER BY pt."position" LOOP
    PERFORM "immv"."create_table_function"(
      view, t."function_name", t."base_table", t."columns",
      CASE WHEN NOT t."reads_every_column" THEN "immv"."net_change_sql"(t."columns", t."key_columns", 'changed') END,
      t."stash_table", p."stash_function", p."batch_function", p."locks_view",
      concat_ws(E'\n',
        CASE WHEN t."truncate_recomputes"
          THEN '    -- rows whose NOT EXISTS now holds may appear anywhere: recompute the view'
          ELSE '    -- every row of an inner join involves this table' END,
        CASE WHEN t."truncate_recomputes"
          THEN format(E'    TRUNCATE %s;\n    %s;', (SELECT v."storage" FROM "immv"."views" AS v WHERE v."name" = install_program.view), populate)
          ELSE '    ' || replace(p."empty_view", E'\n', E'\n    ') END,
        '    IF "__ivm_step" <> ''apply'' THEN',
        format('      PERFORM %s();', p."stash_function"),
        -- recomputed: the tables reflect every stashed change of the batch
        (SELECT string_agg(format('      DELETE FROM pg_temp.%s;', "immv"."quoted_list"(ARRAY[s])), E'\n')
         FROM unnest(CASE WHEN t."truncate_recomputes" THEN stashes ELSE ARRAY[t."stash_table"] END) AS s),
        '    END IF;'),
      "immv"."program_statements"(view, t."position", 'insert'),
      "immv"."program_statements"(view, t."position", 'large_update'),
      "immv"."program_statements"(view, t."position", 'update'),
      "immv"."program_statements"(view, t."position", 'delete'));
    "on" := format(' ON %s', t."base_table");
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE%s FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[1], "on", p."before_function");
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT%s REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[2], "on", t."function_name");
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE%s REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[3], "on", t."function_name");
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE%s REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[4], "on", t."function_name");
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE%s FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[5], "on", t."function_name");
  END LOOP;
END
$immv$;
