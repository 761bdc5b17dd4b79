-- immv 0.1.0: incrementally maintained view "public"."counted_distinct"

-- strategy: counted; base tables: "public"."lines", "public"."orders", "public"."customers"

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
CALL "immv"."drop"('counted_distinct', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."lines", "public"."orders", "public"."customers" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."counted_distinct" AS
SELECT "c"."region" AS "region",
       "l"."sku" AS "sku",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
GROUP BY 1, 2
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'counted_distinct', '"public"."counted_distinct"', '"immv"."counted_distinct"',
  'SELECT DISTINCT c.region, l.sku FROM lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id',
  'SELECT DISTINCT c.region, l.sku FROM public.lines AS l JOIN public.orders AS o ON o.id = l.order_id JOIN public.customers AS c ON c.id = o.customer_id',
  'afb2c0cb547a4c99', '0.1.0', 'counted',
  'INSERT INTO "immv"."counted_distinct"
SELECT "c"."region" AS "region",
       "l"."sku" AS "sku",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
GROUP BY 1, 2',
  ARRAY['"public"."lines"', '"public"."orders"', '"public"."customers"']::text[],
  ARRAY['"immv"."counted_distinct$before"()', '"immv"."counted_distinct$t1_lines"()', '"immv"."counted_distinct$t2_orders"()', '"immv"."counted_distinct$t3_customers"()', '"immv"."counted_distinct$stash"()', '"immv"."counted_distinct$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('counted_distinct'); END $immv$;

CREATE UNIQUE INDEX "counted_distinct$key" ON "immv"."counted_distinct" ("region", "sku") NULLS NOT DISTINCT;
CREATE INDEX "counted_distinct$empty" ON "immv"."counted_distinct" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."counted_distinct" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."counted_distinct"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."counted_distinct" AS
SELECT "region", "sku"
FROM "immv"."counted_distinct";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('counted_distinct', '"immv"."counted_distinct$before"', '"immv"."counted_distinct$stash"', '"immv"."counted_distinct$batch"', true,
  'TRUNCATE "immv"."counted_distinct";',
  ARRAY['immv_counted_distinct_0_before', 'immv_counted_distinct_1_insert', 'immv_counted_distinct_2_update', 'immv_counted_distinct_3_delete', 'immv_counted_distinct_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('counted_distinct', 1, '"public"."lines"',
   ARRAY['order_id', 'sku'], ARRAY[]::text[], false,
   false, false, 'immv_8c52c313_1', '"immv"."counted_distinct$t1_lines"'),
  ('counted_distinct', 2, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   false, false, 'immv_998948b3_2', '"immv"."counted_distinct$t2_orders"'),
  ('counted_distinct', 3, '"public"."customers"',
   ARRAY['id', 'region'], ARRAY['id'], false,
   false, false, 'immv_0c0c2424_3', '"immv"."counted_distinct$t3_customers"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('counted_distinct', 1, ARRAY[1], $sql$
SELECT "c"."region" AS "region",
       "l"."sku" AS "sku",
       "l"."__ivm_m__" * "o"."__ivm_m__" * "c"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "l",
     (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o",
     (SELECT "id", "region", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."region", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_3" AS "__ivm_d") AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
$sql$),
('counted_distinct', 2, ARRAY[2], $sql$
SELECT "c"."region" AS "region",
       "l"."sku" AS "sku",
       "o"."__ivm_m__" * "c"."__ivm_m__" AS "__ivm_m__"
FROM "public"."lines" AS "l",
     "__ivm_changes_2" AS "o",
     (SELECT "id", "region", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."region", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_3" AS "__ivm_d") AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
$sql$),
('counted_distinct', 3, ARRAY[3], $sql$
SELECT "c"."region" AS "region",
       "l"."sku" AS "sku",
       "c"."__ivm_m__" AS "__ivm_m__"
FROM "public"."lines" AS "l",
     "public"."orders" AS "o",
     "__ivm_changes_3" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('counted_distinct', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."counted_distinct" AS "__ivm_s" ("region", "sku", "__ivm_count__")
SELECT "region", "sku", pg_catalog.sum("__ivm_m__")
FROM "__ivm_input" AS "__ivm_t"
GROUP BY 1, 2
HAVING pg_catalog.sum("__ivm_m__") <> 0
ORDER BY 1, 2
ON CONFLICT ("region", "sku") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$),
('counted_distinct', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."counted_distinct" WHERE "__ivm_count__" <= 0
$sql$);

SELECT "immv"."install_program"('counted_distinct');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."counted_distinct$base_columns" AS
SELECT
FROM "public"."lines" AS "b1", "public"."orders" AS "b2", "public"."customers" AS "b3"
WHERE false AND ROW("b1"."order_id", "b1"."sku", "b2"."id", "b2"."customer_id", "b3"."id", "b3"."region") IS NULL AND '"immv"."counted_distinct$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."counted_distinct$base_columns" IS 'Base columns used by the incrementally maintained view "public"."counted_distinct". To change them: CALL "immv"."drop"(''counted_distinct''), change the table, then create the view again.';
