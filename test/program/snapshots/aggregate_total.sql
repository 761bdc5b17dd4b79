-- immv 0.1.0: incrementally maintained view "public"."aggregate_total"

-- strategy: aggregate; base tables: "public"."lines"

-- needs immv runtime 3 or newer in schema "immv"
DO $immv$
DECLARE
  "__ivm_version" integer;
BEGIN
  -- (the table is read only once it is known to exist)
  IF pg_catalog.to_regclass('"immv"."runtime"') IS NOT NULL THEN
    "__ivm_version" := (SELECT "version" FROM "immv"."runtime");
  END IF;
  IF "__ivm_version" IS NULL OR "__ivm_version" < 3 THEN
    RAISE EXCEPTION 'immv: this view needs immv runtime 3 or newer in schema %', 'immv'
      USING ERRCODE = 'object_not_in_prerequisite_state',
        HINT = 'apply the migration that installs immv''s runtime first (immv-drizzle generate and @immv/prisma write one), or create the view with the immv CLI, which installs it';
  END IF;
END
$immv$;

-- replace an earlier version of this view
CALL "immv"."drop"('aggregate_total', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."lines" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."aggregate_total" AS
SELECT pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("lines"."qty") AS "__ivm_a2_sum",
       pg_catalog.count("lines"."qty") AS "__ivm_a2_n"
FROM "public"."lines" AS "lines"
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'aggregate_total', '"public"."aggregate_total"', '"immv"."aggregate_total"',
  'SELECT count(*) AS n, avg(qty) AS average FROM lines',
  'SELECT count(*) AS n, avg(qty) AS average FROM public.lines',
  '2a8321b340d2de4d', '0.1.0', 'aggregate',
  'INSERT INTO "immv"."aggregate_total"
SELECT pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("lines"."qty") AS "__ivm_a2_sum",
       pg_catalog.count("lines"."qty") AS "__ivm_a2_n"
FROM "public"."lines" AS "lines"',
  ARRAY['"public"."lines"']::text[],
  ARRAY['"immv"."aggregate_total$before"()', '"immv"."aggregate_total$t1_lines"()', '"immv"."aggregate_total$stash"()', '"immv"."aggregate_total$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('aggregate_total'); END $immv$;



REVOKE ALL ON "immv"."aggregate_total" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."aggregate_total"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."aggregate_total" AS
SELECT "s"."__ivm_count__" AS "n",
       CASE WHEN "s"."__ivm_a2_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE ("s"."__ivm_a2_sum"::"pg_catalog"."numeric") OPERATOR("pg_catalog"./) ("s"."__ivm_a2_n"::"pg_catalog"."numeric") END AS "average"
FROM "immv"."aggregate_total" AS "s";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('aggregate_total', '"immv"."aggregate_total$before"', '"immv"."aggregate_total$stash"', '"immv"."aggregate_total$batch"', false,
  'TRUNCATE "immv"."aggregate_total";
INSERT INTO "immv"."aggregate_total" ("__ivm_count__", "__ivm_a2_n") VALUES (0, 0);',
  ARRAY['immv_aggregate_total_0_before', 'immv_aggregate_total_1_insert', 'immv_aggregate_total_2_update', 'immv_aggregate_total_3_delete', 'immv_aggregate_total_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('aggregate_total', 1, '"public"."lines"',
   ARRAY['qty'], ARRAY[]::text[], false,
   false, false, 'immv_cd7e88ac_1', '"immv"."aggregate_total$t1_lines"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('aggregate_total', 1, ARRAY[1], $sql$
SELECT "lines"."qty" AS "__ivm_x2",
       "lines"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "lines"
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('aggregate_total', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- fold the change into the view's single row
UPDATE "immv"."aggregate_total" AS "__ivm_s"
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + "__ivm_d"."__ivm_count__",
    "__ivm_a2_sum" = CASE WHEN "__ivm_s"."__ivm_a2_n" + "__ivm_d"."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."__ivm_a2_sum" IS NULL THEN "__ivm_d"."__ivm_a2_sum" WHEN "__ivm_d"."__ivm_a2_sum" IS NULL THEN "__ivm_s"."__ivm_a2_sum" ELSE "__ivm_s"."__ivm_a2_sum" + "__ivm_d"."__ivm_a2_sum" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + "__ivm_d"."__ivm_a2_n"
FROM (
  SELECT COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "__ivm_a2_sum",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         pg_catalog.count(*) AS "__ivm_rows"
  FROM "__ivm_input" AS "__ivm_t"
) AS "__ivm_d"
WHERE "__ivm_d"."__ivm_rows" > 0
$sql$);

SELECT "immv"."install_program"('aggregate_total');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."aggregate_total$base_columns" AS
SELECT
FROM "public"."lines" AS "b1"
WHERE false AND ROW("b1"."qty") IS NULL AND '"immv"."aggregate_total$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."aggregate_total$base_columns" IS 'Base columns used by the incrementally maintained view "public"."aggregate_total". To change them: CALL "immv"."drop"(''aggregate_total''), change the table, then create the view again.';
