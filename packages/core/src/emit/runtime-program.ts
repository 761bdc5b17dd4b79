import { batchSettingsSql, nextDepthSql } from "./batch-settings.js";
import { COUNTER_SETTINGS, MAINTENANCE_SETTINGS } from "./pinned-settings.js";
import { PLPGSQL_PRELUDE } from "./plpgsql.js";
import { dollarQuote, literal, qualified } from "./sql.js";
import { language } from "./table-function.js";

/**
 * The runtime's half of maintenance: the catalog of every view's maintenance program (written by
 * its creation script, see emit/program-sql.ts) and `install_program`, which writes the view's
 * functions and triggers from it — binding each statement's change relations per event, adding
 * what every view does alike (batching, stashing, TRUNCATE, the view lock, skipping UPDATEs of
 * unread columns, the choice of plan by statement size).
 */
export function programRuntimeSql(schema: string): string {
  const fn = (name: string) => qualified(schema, name);
  const programs = fn("programs");
  const plpgsql = (body: string) => dollarQuote(`\n${PLPGSQL_PRELUDE}\n${body}\n`);
  return `-- The maintenance program of each view: its statements, each written once, and what the runtime
-- needs to write its trigger functions around them.
CREATE TABLE IF NOT EXISTS ${programs} (
  "view" text PRIMARY KEY REFERENCES ${fn("views")} ("name") ON DELETE CASCADE,
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
CREATE TABLE IF NOT EXISTS ${fn("program_tables")} (
  "view" text NOT NULL REFERENCES ${programs} ("view") ON DELETE CASCADE,
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
CREATE TABLE IF NOT EXISTS ${fn("program_inputs")} (
  "view" text NOT NULL REFERENCES ${programs} ("view") ON DELETE CASCADE,
  "ordinal" integer NOT NULL,
  -- a term of the change of the view's input rows, for a change of these tables
  "tables" integer[] NOT NULL,
  "sql" text NOT NULL,
  PRIMARY KEY ("view", "ordinal")
);
CREATE TABLE IF NOT EXISTS ${fn("program_steps")} (
  "view" text NOT NULL REFERENCES ${programs} ("view") ON DELETE CASCADE,
  "ordinal" integer NOT NULL,
  -- the table whose step it is; NULL: a step over the change of the view's input rows
  "position" integer,
  -- insert, update, delete, batch
  "events" text[] NOT NULL,
  "sql" text NOT NULL,
  PRIMARY KEY ("view", "ordinal")
);

-- every identifier quoted, keyword or not
CREATE OR REPLACE FUNCTION ${fn("quoted_list")}(names text[], prefix text DEFAULT '') RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS ${dollarQuote(`
  SELECT string_agg(prefix || '"' || replace(n, '"', '""') || '"', ', ' ORDER BY o) FROM unnest(names) WITH ORDINALITY AS u(n, o)
`)};

-- What an UPDATE statement changed in the columns a view reads, from its transition tables. Row
-- versions are compared by their binary images (*<, *=: what REFRESH MATERIALIZED VIEW
-- CONCURRENTLY relies on) — never as text, whose form depends on settings, and never by a type's
-- equality, which calls numeric 1.0 and 1.00 the same and which json lacks. OLD and NEW each hold
-- a version of every updated row, and an intermediate version of a row changed twice (an FK
-- cascade within the table) in both: the net change is NEW minus OLD image by image, compared
-- only among versions of one primary key. side: 'changed' (a row when any image changed), 'added'
-- or 'removed' (the images with a positive or negative net count, one row each).
CREATE OR REPLACE FUNCTION ${fn("net_change_sql")}(columns text[], key text[], side text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS ${plpgsql(`DECLARE
  cols text := ${fn("quoted_list")}(columns);
  image text := '"__ivm_image"';
  versions text;
BEGIN
  versions := concat_ws(E'\\n',
    format('  SELECT %s, pg_catalog.sum("__ivm_m__") OVER %s AS "__ivm_net"%s', cols, image, CASE WHEN side = 'changed' THEN '' ELSE ',' END),
    CASE WHEN side <> 'changed' THEN format('         pg_catalog.row_number() OVER %1$s = pg_catalog.rank() OVER %1$s AS "__ivm_first"', image) END,
    format('  FROM (SELECT %1$s, -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT %1$s, 1 FROM "immv_new") AS "__ivm_v"', cols),
    format('  WINDOW %s AS (%sORDER BY ROW(%s)::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)',
      image, CASE WHEN cardinality(key) > 0 THEN format('PARTITION BY %s ', ${fn("quoted_list")}(key)) ELSE '' END, cols));
  IF side = 'changed' THEN
    RETURN format(E'SELECT FROM (\\n%s\\n) AS "__ivm_n"\\nWHERE "__ivm_net" <> 0', versions);
  END IF;
  RETURN format(E'SELECT %s FROM (\\n%s\\n) AS "__ivm_n"\\nWHERE "__ivm_first" AND "__ivm_net" %s 0', cols, versions, CASE WHEN side = 'added' THEN '>' ELSE '<' END);
END`)};

-- A program statement with its change relations bound for event (insert, update, large_update,
-- delete, batch) on the table at position (a batch: of every table). Of a table the event did not
-- change, the change is empty: an occurrence read as it was before the change is then read as it
-- is, and the planner drops the empty branch.
CREATE OR REPLACE FUNCTION ${fn("bind_program_sql")}(view text, "position" integer, event text, statement text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS ${plpgsql(`DECLARE
  t ${fn("program_tables")};
  cols text;
  keys text;
  changes text;
  bound text := statement;
BEGIN
  IF strpos(bound, '"__ivm_input"') > 0 THEN
    bound := replace(bound, '"__ivm_input"', E'(\\n' || (
      SELECT string_agg(i."sql", E'\\nUNION ALL\\n' ORDER BY i."ordinal")
      FROM ${fn("program_inputs")} AS i
      WHERE i."view" = bind_program_sql.view AND (event = 'batch' OR bind_program_sql."position" = ANY (i."tables"))
    ) || E'\\n)');
  END IF;
  FOR t IN SELECT * FROM ${fn("program_tables")} AS p WHERE p."view" = bind_program_sql.view ORDER BY p."position" LOOP
    cols := ${fn("quoted_list")}(t."columns");
    keys := ${fn("quoted_list")}(t."key_columns");
    changes := CASE
      WHEN event = 'batch' THEN format('(SELECT %s, "__ivm_m__" FROM pg_temp.%s)', cols, ${fn("quoted_list")}(ARRAY[t."stash_table"]))
      WHEN t."position" <> bind_program_sql."position" THEN format('(SELECT %s, 0 AS "__ivm_m__" FROM %s WHERE false)', cols, t."base_table")
      WHEN event = 'insert' THEN format('(SELECT %s, 1 AS "__ivm_m__" FROM "immv_new")', cols)
      WHEN event = 'delete' THEN format('(SELECT %s, -1 AS "__ivm_m__" FROM "immv_old")', cols)
      ELSE format('(SELECT %1$s, -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT %1$s, 1 FROM "immv_new")', cols)
    END;
    bound := replace(bound, format('"__ivm_changes_%s"', t."position"), changes);
    IF event = 'batch' OR t."position" = bind_program_sql."position" THEN
      bound := replace(bound, format('"__ivm_added_%s"', t."position"), CASE
        WHEN event = 'insert' THEN '"immv_new"'
        WHEN event = 'large_update' THEN format(E'(\\n%s\\n)', ${fn("net_change_sql")}(t."columns", t."key_columns", 'added'))
        -- the rows now under the changed keys
        ELSE format('(SELECT %s FROM %s WHERE (%s) IN (SELECT %s FROM %s AS "__ivm_c"))', cols, t."base_table", keys, keys, changes)
      END);
      bound := replace(bound, format('"__ivm_removed_%s"', t."position"), CASE
        WHEN event = 'delete' THEN '"immv_old"'
        WHEN event = 'large_update' THEN format(E'(\\n%s\\n)', ${fn("net_change_sql")}(t."columns", t."key_columns", 'removed'))
        ELSE changes
      END);
    END IF;
  END LOOP;
  RETURN bound;
END`)};

-- The statements the table at position runs on event (a batch: every table's), bound.
CREATE OR REPLACE FUNCTION ${fn("program_statements")}(view text, "position" integer, event text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS ${dollarQuote(`
  SELECT COALESCE(pg_catalog.array_agg(${fn("bind_program_sql")}($1, $2, $3, s."sql") ORDER BY s."ordinal"), ARRAY[]::text[])
  FROM ${fn("program_steps")} AS s
  LEFT JOIN ${fn("program_tables")} AS t ON t."view" = s."view" AND t."position" = $2
  WHERE s."view" = $1
    AND ($3 = 'batch' OR s."position" IS NULL OR s."position" = $2)
    AND CASE
      WHEN $3 = 'large_update' OR ($3 = 'insert' AND t."inserts_remove_rows") THEN 'update'
      ELSE $3
    END = ANY (s."events")
`)};

-- Writes the functions and triggers that maintain the view from its program.
CREATE OR REPLACE FUNCTION ${fn("install_program")}(view text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS ${plpgsql(`DECLARE
  p ${programs};
  t ${fn("program_tables")};
  populate text;
  stashes text[];
  stash text;
  body text;
  "on" text;
BEGIN
  SELECT * INTO STRICT p FROM ${programs} WHERE ${programs}."view" = install_program.view;
  SELECT v."populate" INTO STRICT populate FROM ${fn("views")} AS v WHERE v."name" = install_program.view;
  SELECT pg_catalog.array_agg(pt."stash_table" ORDER BY pt."position") INTO stashes
  FROM ${fn("program_tables")} AS pt WHERE pt."view" = install_program.view;

  -- counts statements in progress on the base tables, so nested ones (FK cascades, triggers,
  -- writable CTEs) form one batch
  EXECUTE format(${literal(`CREATE FUNCTION %s() RETURNS trigger\n${language(COUNTER_SETTINGS)} %L`)}, p."before_function", concat_ws(E'\\n', '',
    ${literal(PLPGSQL_PRELUDE)},
    'DECLARE',
    format(${literal(`  "__ivm_settings" text := ${batchSettingsSql(schema, "%L")};`)}, view),
    'BEGIN',
    ${literal(`  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (${nextDepthSql('"__ivm_settings"', 1)})::text, true);`)},
    '  RETURN NULL;',
    'END', ''));

  -- creates this session's stash tables for multi-statement batches (once per session). Stash
  -- tables are session temp tables with predictable names, and any session may create temp
  -- tables: one planted under a stash name (with rows, or a trigger that would run as the
  -- functions' owner) is refused before any stash is read or written.
  body := concat_ws(E'\\n', '', ${literal(PLPGSQL_PRELUDE)}, 'BEGIN',
    '  IF EXISTS (',
    '    SELECT FROM pg_catalog.pg_class c',
    format('    WHERE c.oid IN (%s)', (SELECT string_agg(format('pg_catalog.to_regclass(%L)', 'pg_temp.' || ${fn("quoted_list")}(ARRAY[s])), ', ') FROM unnest(stashes) AS s)),
    '      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)',
    '  ) THEN',
    format('    RAISE EXCEPTION ''immv: a temporary table of this session has the name of a stash table of %%, and immv did not create it'', %L', view),
    '      USING ERRCODE = ''insufficient_privilege'', HINT = ''drop the temporary tables named immv_… in this session'';',
    '  END IF;',
    format('  IF %s(%L) THEN', ${literal(fn("stashing"))}, view),
    '    RETURN;',
    '  END IF;');
  FOR t IN SELECT * FROM ${fn("program_tables")} AS pt WHERE pt."view" = install_program.view ORDER BY pt."position" LOOP
    body := concat_ws(E'\\n', body,
      format('  IF pg_catalog.to_regclass(%L) IS NULL THEN', 'pg_temp.' || ${fn("quoted_list")}(ARRAY[t."stash_table"])),
      format('    CREATE TEMP TABLE %s ON COMMIT DELETE ROWS AS SELECT %s, 0 AS "__ivm_m__" FROM %s WITH NO DATA;',
        ${fn("quoted_list")}(ARRAY[t."stash_table"]), ${fn("quoted_list")}(t."columns"), t."base_table"),
      '  END IF;');
  END LOOP;
  body := concat_ws(E'\\n', body, format('  PERFORM %s(%L, true);', ${literal(fn("set_stashing"))}, view), 'END', '');
  EXECUTE format(${literal(`CREATE FUNCTION %s() RETURNS void\n${language(MAINTENANCE_SETTINGS)} %L`)}, p."stash_function", body);

  -- applies every change collected during a multi-statement batch, once; each statement planned
  -- afresh (EXECUTE): batch sizes vary too much for a cached plan
  body := concat_ws(E'\\n', '', ${literal(PLPGSQL_PRELUDE)}, 'BEGIN',
    CASE WHEN p."locks_view" THEN format('  PERFORM %s(%L);', ${literal(fn("lock_view"))}, view) END,
    (SELECT string_agg(format('  EXECUTE %L;', s), E'\\n' ORDER BY o)
     FROM unnest(${fn("program_statements")}(install_program.view, 0, 'batch')) WITH ORDINALITY AS u(s, o)),
    (SELECT string_agg(format('  DELETE FROM pg_temp.%s;', ${fn("quoted_list")}(ARRAY[s])), E'\\n') FROM unnest(stashes) AS s),
    format('  PERFORM %s(%L, false);', ${literal(fn("set_stashing"))}, view),
    'END', '');
  EXECUTE format(${literal(`CREATE FUNCTION %s() RETURNS void\n${language(MAINTENANCE_SETTINGS)} %L`)}, p."batch_function", body);

  FOR t IN SELECT * FROM ${fn("program_tables")} AS pt WHERE pt."view" = install_program.view ORDER BY pt."position" LOOP
    PERFORM ${fn("create_table_function")}(
      view, t."function_name", t."base_table", t."columns",
      CASE WHEN NOT t."reads_every_column" THEN ${fn("net_change_sql")}(t."columns", t."key_columns", 'changed') END,
      t."stash_table", p."stash_function", p."batch_function", p."locks_view",
      concat_ws(E'\\n',
        CASE WHEN t."truncate_recomputes"
          THEN '    -- rows whose NOT EXISTS now holds may appear anywhere: recompute the view'
          ELSE '    -- every row of an inner join involves this table' END,
        CASE WHEN t."truncate_recomputes"
          THEN format(E'    TRUNCATE %s;\\n    %s;', (SELECT v."storage" FROM ${fn("views")} AS v WHERE v."name" = install_program.view), populate)
          ELSE '    ' || replace(p."empty_view", E'\\n', E'\\n    ') END,
        '    IF "__ivm_step" <> ''apply'' THEN',
        format('      PERFORM %s();', p."stash_function"),
        -- recomputed: the tables reflect every stashed change of the batch
        (SELECT string_agg(format('      DELETE FROM pg_temp.%s;', ${fn("quoted_list")}(ARRAY[s])), E'\\n')
         FROM unnest(CASE WHEN t."truncate_recomputes" THEN stashes ELSE ARRAY[t."stash_table"] END) AS s),
        '    END IF;'),
      ${fn("program_statements")}(view, t."position", 'insert'),
      ${fn("program_statements")}(view, t."position", 'large_update'),
      ${fn("program_statements")}(view, t."position", 'update'),
      ${fn("program_statements")}(view, t."position", 'delete'));
    "on" := format(' ON %s', t."base_table");
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE%s FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[1], "on", p."before_function");
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT%s REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[2], "on", t."function_name");
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE%s REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[3], "on", t."function_name");
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE%s REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[4], "on", t."function_name");
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE%s FOR EACH STATEMENT EXECUTE FUNCTION %s()', p."triggers"[5], "on", t."function_name");
  END LOOP;
END`)};`;
}
