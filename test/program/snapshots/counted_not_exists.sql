-- immv 0.1.0: incrementally maintained view "public"."counted_not_exists"

-- strategy: counted; base tables: "public"."lines", "public"."blocked"

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
CALL "immv"."drop"('counted_not_exists', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."lines", "public"."blocked" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."counted_not_exists" AS
SELECT "l"."sku" AS "sku",
       "l"."qty" AS "qty",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."lines" AS "l"
WHERE NOT EXISTS (SELECT FROM "public"."blocked" AS "b" WHERE ("b"."customer_id" = "l"."qty"))
GROUP BY 1, 2
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'counted_not_exists', '"public"."counted_not_exists"', '"immv"."counted_not_exists"',
  'SELECT l.sku, l.qty FROM lines l WHERE NOT EXISTS (SELECT FROM blocked b WHERE b.customer_id = l.qty)',
  'SELECT l.sku, l.qty FROM public.lines AS l WHERE NOT (EXISTS (SELECT FROM public.blocked AS b WHERE b.customer_id = l.qty))',
  '1edf8e698b695c2a', '0.1.0', 'counted',
  'INSERT INTO "immv"."counted_not_exists"
SELECT "l"."sku" AS "sku",
       "l"."qty" AS "qty",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."lines" AS "l"
WHERE NOT EXISTS (SELECT FROM "public"."blocked" AS "b" WHERE ("b"."customer_id" = "l"."qty"))
GROUP BY 1, 2',
  ARRAY['"public"."lines"', '"public"."blocked"']::text[],
  ARRAY['"immv"."counted_not_exists$before"()', '"immv"."counted_not_exists$t1_lines"()', '"immv"."counted_not_exists$t2_blocked"()', '"immv"."counted_not_exists$stash"()', '"immv"."counted_not_exists$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('counted_not_exists'); END $immv$;

CREATE UNIQUE INDEX "counted_not_exists$key" ON "immv"."counted_not_exists" ("sku", "qty") NULLS NOT DISTINCT;
CREATE INDEX "counted_not_exists$empty" ON "immv"."counted_not_exists" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."counted_not_exists" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."counted_not_exists"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."counted_not_exists" AS
SELECT "s"."sku", "s"."qty"
FROM "immv"."counted_not_exists" AS "s"
CROSS JOIN LATERAL pg_catalog.generate_series(1, "s"."__ivm_count__") AS "n";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('counted_not_exists', '"immv"."counted_not_exists$before"', '"immv"."counted_not_exists$stash"', '"immv"."counted_not_exists$batch"', true,
  'TRUNCATE "immv"."counted_not_exists";',
  ARRAY['immv_counted_not_exists_0_before', 'immv_counted_not_exists_1_insert', 'immv_counted_not_exists_2_update', 'immv_counted_not_exists_3_delete', 'immv_counted_not_exists_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('counted_not_exists', 1, '"public"."lines"',
   ARRAY['sku', 'qty'], ARRAY[]::text[], false,
   false, false, 'immv_c876f3c4_1', '"immv"."counted_not_exists$t1_lines"'),
  ('counted_not_exists', 2, '"public"."blocked"',
   ARRAY['customer_id'], ARRAY['customer_id'], true,
   true, true, 'immv_70046780_2', '"immv"."counted_not_exists$t2_blocked"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('counted_not_exists', 1, ARRAY[1], $sql$
SELECT "l"."sku" AS "sku",
       "l"."qty" AS "qty",
       "l"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "l"
WHERE NOT EXISTS (SELECT FROM "public"."blocked" AS "b" WHERE ("b"."customer_id" = "l"."qty"))
$sql$),
('counted_not_exists', 2, ARRAY[2], $sql$
SELECT "l"."sku" AS "sku",
       "l"."qty" AS "qty",
       ((CASE WHEN NOT EXISTS (SELECT FROM "public"."blocked" AS "b" WHERE ("b"."customer_id" = "l"."qty")) THEN 1 ELSE 0 END) - (CASE WHEN NOT (COALESCE((SELECT pg_catalog.sum("b"."__ivm_m__") FROM (SELECT "customer_id", 1 AS "__ivm_m__" FROM "public"."blocked"
 UNION ALL SELECT "__ivm_d"."customer_id", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "b" WHERE ("b"."customer_id" = "l"."qty")), 0) > 0) THEN 1 ELSE 0 END)) * "l"."__ivm_m__" AS "__ivm_m__"
FROM (SELECT "sku", "qty", 1 AS "__ivm_m__" FROM "public"."lines"
 UNION ALL SELECT "__ivm_d"."sku", "__ivm_d"."qty", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_1" AS "__ivm_d") AS "l"
WHERE EXISTS (SELECT FROM "__ivm_changes_2" AS "b" WHERE ("b"."customer_id" = "l"."qty"))
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('counted_not_exists', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."counted_not_exists" AS "__ivm_s" ("sku", "qty", "__ivm_count__")
SELECT "sku", "qty", pg_catalog.sum("__ivm_m__")
FROM "__ivm_input" AS "__ivm_t"
GROUP BY 1, 2
HAVING pg_catalog.sum("__ivm_m__") <> 0
ORDER BY 1, 2
ON CONFLICT ("sku", "qty") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$),
('counted_not_exists', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."counted_not_exists" WHERE "__ivm_count__" <= 0
$sql$);

SELECT "immv"."install_program"('counted_not_exists');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."counted_not_exists$base_columns" AS
SELECT
FROM "public"."lines" AS "b1", "public"."blocked" AS "b2"
WHERE false AND ROW("b1"."sku", "b1"."qty", "b2"."customer_id") IS NULL AND '"immv"."counted_not_exists$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."counted_not_exists$base_columns" IS 'Base columns used by the incrementally maintained view "public"."counted_not_exists". To change them: CALL "immv"."drop"(''counted_not_exists''), change the table, then create the view again.';
