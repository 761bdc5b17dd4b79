import { batchSettingsSql, nextDepthSql } from "./batch-settings.js";
import { MAINTENANCE_SETTINGS } from "./pinned-settings.js";
import { PLPGSQL_PRELUDE } from "./plpgsql.js";
import { dollarQuote, literal, qualified } from "./sql.js";

/**
 * Statements with at least this many rows run their maintenance through EXECUTE, planned for
 * their size. Smaller ones use static SQL, whose plan PL/pgSQL caches per session: index nested
 * loops that suit a few rows but would crawl through a bulk statement (and vice versa). A cached
 * plan cannot be told the size either: PL/pgSQL parses a statement once, and the row count of a
 * transition table is fixed at parse time (plan_cache_mode = force_custom_plan replans the
 * parsed statement with its first size) — only a new parse sees it, hence EXECUTE.
 */
export const LARGE_STATEMENT_ROWS = 256;

/** Every maintenance function runs as its owner, with its settings pinned (pinned-settings.ts). */
export function language(settings: string): string {
  return `LANGUAGE plpgsql SECURITY DEFINER\n${settings}\nAS`;
}

/** The view lock's statement (see lock_view), for `view` given as SQL. */
function lockViewSql(schema: string, view: string): string {
  return `UPDATE ${qualified(schema, "views")} SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = ${view} AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id()`;
}

/**
 * The runtime function that writes a view's trigger function for one base table around the
 * view's own statements: everything else — batching, stashing, TRUNCATE, the view lock, skipping
 * UPDATEs of unused columns, and the choice between the cached plan and one for a large
 * statement (each statement run through EXECUTE too) — is the same for every view and lives here
 * once. The trigger function must hold the statements itself: transition tables are visible only
 * in the function the trigger calls.
 */
export function tableFunctionGeneratorSql(schema: string): string {
  const fn = (name: string) => qualified(schema, name);
  const body = `
${PLPGSQL_PRELUDE}
DECLARE
  -- every identifier quoted, keyword or not
  "__ivm_cols" text := (SELECT string_agg('"' || replace(c, '"', '""') || '"', ', ' ORDER BY o) FROM unnest(columns) WITH ORDINALITY AS u(c, o));
  "__ivm_body" text;
BEGIN
  "__ivm_body" := concat_ws(E'\\n',
    ${literal(PLPGSQL_PRELUDE)},
    'DECLARE',
    -- the statement ends: one fewer in progress; alone (apply now), or part of a batch
    format(${literal(`  "__ivm_settings" text := ${batchSettingsSql(schema, "%L")};`)}, view),
    ${literal(`  "__ivm_depth" integer := ${nextDepthSql('"__ivm_settings"', -1)};`)},
    '  "__ivm_step" text;',
    'BEGIN',
    ${literal(`  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', "__ivm_depth"::text, true);`)},
    ${literal(`  "__ivm_step" := CASE WHEN "__ivm_depth" > 0 THEN 'stash'`)},
    ${literal(`    WHEN pg_catalog.current_setting("__ivm_settings" || '_stash', true) = 'on' THEN 'stash_and_apply' ELSE 'apply' END;`)},
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
    CASE WHEN read_columns_changed IS NOT NULL THEN concat_ws(E'\\n',
      '  IF TG_OP = ''UPDATE'' THEN',
      '    IF NOT EXISTS (',
      btrim(read_columns_changed, E'\\n'),
      '    ) THEN',
      '      -- only columns the view does not read changed',
      '      RETURN NULL;',
      '    END IF;',
      '  END IF;') END,
    CASE WHEN locks_view THEN concat_ws(E'\\n',
      '  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001',
      format(${literal(`  ${lockViewSql(schema, "%L")};`)}, view)) END,
    format('  -- a statement on %s alone: apply its transition tables directly', base_table),
    '  IF TG_OP = ''INSERT'' THEN',
    ${fn("plan_by_size")}('"immv_new"', on_insert, on_insert),
    '  ELSIF TG_OP = ''UPDATE'' THEN',
    ${fn("plan_by_size")}('"immv_old"', COALESCE(on_small_update, on_update), on_update),
    '  ELSE',
    ${fn("plan_by_size")}('"immv_old"', on_delete, on_delete),
    '  END IF;',
    '  RETURN NULL;',
    'END');
  EXECUTE format(${literal(`CREATE FUNCTION %s() RETURNS trigger\n${language(MAINTENANCE_SETTINGS)} %L`)}, function_name, E'\\n' || "__ivm_body" || E'\\n');
END
`;
  const branch = `
  SELECT concat_ws(E'\\n',
    format('    IF NOT EXISTS (SELECT FROM %s OFFSET ${LARGE_STATEMENT_ROWS - 1}) THEN', probe),
    (SELECT string_agg(format(E'      %s;', btrim(s, E'\\n')), E'\\n' ORDER BY o) FROM unnest(small) WITH ORDINALITY AS u(s, o)),
    '    ELSE',
    '      -- ${LARGE_STATEMENT_ROWS}+ rows: planned for this statement''s size instead of reusing the cached plan',
    (SELECT string_agg(format(E'      EXECUTE %L;', btrim(s, E'\\n')), E'\\n' ORDER BY o) FROM unnest(large) WITH ORDINALITY AS u(s, o)),
    '    END IF;')
`;
  return `-- one event's statements: static (plan cached per session) below ${LARGE_STATEMENT_ROWS} rows, through EXECUTE (planned for the size) from ${LARGE_STATEMENT_ROWS} on
CREATE OR REPLACE FUNCTION ${fn("plan_by_size")}(probe text, small text[], large text[]) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS ${dollarQuote(branch)};

-- one maintainer at a time for a join view; under REPEATABLE READ / SERIALIZABLE a maintenance by
-- a transaction this snapshot cannot see raises 40001. Once per transaction: later statements hold
-- the lock already, and each further update of the row would add a version the next must walk past.
-- (The parameter is qualified: immv.views has a column named view.)
CREATE OR REPLACE FUNCTION ${fn("lock_view")}(view text) RETURNS void
LANGUAGE plpgsql AS ${dollarQuote(`
${PLPGSQL_PRELUDE}
BEGIN
  -- (no SET clause: callers pin the search_path, every name is qualified, and a direct caller may
  -- not update the catalog)
  ${lockViewSql(schema, "lock_view.view")};
END
`)};

-- writes a view's trigger function for one base table around the view's statements per event
CREATE OR REPLACE FUNCTION ${fn("create_table_function")}(
  view text, function_name text, base_table text, columns text[], read_columns_changed text,
  stash_table text, stash_function text, batch_function text, locks_view boolean,
  on_truncate text, on_insert text[], on_update text[], on_small_update text[], on_delete text[]
) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS ${dollarQuote(body)};`;
}
