-- immv 0.1.0: incrementally maintained view "public"."keyed_scalar_subqueries"

-- strategy: keyed; base tables: "public"."customers", "public"."orders", "public"."blocked"

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
CALL "immv"."drop"('keyed_scalar_subqueries', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."customers", "public"."orders", "public"."blocked" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."keyed_scalar_subqueries" AS
SELECT "c"."id" AS "id",
       (SELECT "pg_catalog"."count"(*) FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) AS "orders",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."customers" AS "c"
WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'keyed_scalar_subqueries', '"public"."keyed_scalar_subqueries"', '"immv"."keyed_scalar_subqueries"',
  'SELECT c.id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS orders FROM customers c WHERE c.id > (SELECT min(b.customer_id) FROM blocked b)',
  'SELECT c.id, (SELECT count(*) FROM public.orders AS o WHERE o.customer_id = c.id) AS orders FROM public.customers AS c WHERE c.id > ((SELECT min(b.customer_id) FROM public.blocked AS b))',
  'bc351612664a6859', '0.1.0', 'keyed',
  'INSERT INTO "immv"."keyed_scalar_subqueries"
SELECT "c"."id" AS "id",
       (SELECT "pg_catalog"."count"(*) FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) AS "orders",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."customers" AS "c"
WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))',
  ARRAY['"public"."customers"', '"public"."orders"', '"public"."blocked"']::text[],
  ARRAY['"immv"."keyed_scalar_subqueries$before"()', '"immv"."keyed_scalar_subqueries$t1_customers"()', '"immv"."keyed_scalar_subqueries$t2_orders"()', '"immv"."keyed_scalar_subqueries$t3_blocked"()', '"immv"."keyed_scalar_subqueries$stash"()', '"immv"."keyed_scalar_subqueries$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('keyed_scalar_subqueries'); END $immv$;

CREATE UNIQUE INDEX "keyed_scalar_subqueries$key" ON "immv"."keyed_scalar_subqueries" ("__ivm_k_c_id");

REVOKE ALL ON "immv"."keyed_scalar_subqueries" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."keyed_scalar_subqueries"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."keyed_scalar_subqueries" AS
SELECT "id", "orders"
FROM "immv"."keyed_scalar_subqueries";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('keyed_scalar_subqueries', '"immv"."keyed_scalar_subqueries$before"', '"immv"."keyed_scalar_subqueries$stash"', '"immv"."keyed_scalar_subqueries$batch"', true,
  'TRUNCATE "immv"."keyed_scalar_subqueries";',
  ARRAY['immv_keyed_scalar_subqueries_0_before', 'immv_keyed_scalar_subqueries_1_insert', 'immv_keyed_scalar_subqueries_2_update', 'immv_keyed_scalar_subqueries_3_delete', 'immv_keyed_scalar_subqueries_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('keyed_scalar_subqueries', 1, '"public"."customers"',
   ARRAY['id'], ARRAY['id'], false,
   false, false, 'immv_27c3abf9_1', '"immv"."keyed_scalar_subqueries$t1_customers"'),
  ('keyed_scalar_subqueries', 2, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   true, true, 'immv_b280e256_2', '"immv"."keyed_scalar_subqueries$t2_orders"'),
  ('keyed_scalar_subqueries', 3, '"public"."blocked"',
   ARRAY['customer_id'], ARRAY['customer_id'], true,
   true, true, 'immv_07287ec6_3', '"immv"."keyed_scalar_subqueries$t3_blocked"');

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('keyed_scalar_subqueries', 1, 1, ARRAY['delete'], $sql$
-- rows built from deleted c rows
DELETE FROM "immv"."keyed_scalar_subqueries" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_r")
$sql$),
('keyed_scalar_subqueries', 2, 1, ARRAY['update', 'batch'], $sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."keyed_scalar_subqueries" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "c"
    WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('keyed_scalar_subqueries', 3, 1, ARRAY['insert', 'update', 'batch'], $sql$
-- current rows built from changed c rows
INSERT INTO "immv"."keyed_scalar_subqueries" AS "__ivm_s" ("id", "orders", "__ivm_k_c_id")
SELECT "c"."id" AS "id",
       (SELECT "pg_catalog"."count"(*) FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) AS "orders",
       "c"."id" AS "__ivm_k_c_id"
FROM "__ivm_added_1" AS "c"
WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
ON CONFLICT ("__ivm_k_c_id") DO UPDATE
SET "id" = EXCLUDED."id", "orders" = EXCLUDED."orders"
WHERE ROW("__ivm_s"."id", "__ivm_s"."orders")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."orders")::pg_catalog.record
$sql$),
('keyed_scalar_subqueries', 4, 2, ARRAY['update', 'delete', 'batch'], $sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."keyed_scalar_subqueries" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "c"."id" FROM "public"."customers" AS "c", "__ivm_changes_2" AS "o" WHERE ("o"."customer_id" = "c"."id"))
  AND NOT EXISTS (
    SELECT FROM "public"."customers" AS "c"
    WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('keyed_scalar_subqueries', 5, 2, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed c rows
INSERT INTO "immv"."keyed_scalar_subqueries" AS "__ivm_s" ("id", "orders", "__ivm_k_c_id")
SELECT "c"."id" AS "id",
       (SELECT "pg_catalog"."count"(*) FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) AS "orders",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."customers" AS "c"
WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
  AND ("c"."id") IN (SELECT "c"."id" FROM "public"."customers" AS "c", "__ivm_changes_2" AS "o" WHERE ("o"."customer_id" = "c"."id"))
ON CONFLICT ("__ivm_k_c_id") DO UPDATE
SET "id" = EXCLUDED."id", "orders" = EXCLUDED."orders"
WHERE ROW("__ivm_s"."id", "__ivm_s"."orders")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."orders")::pg_catalog.record
$sql$),
('keyed_scalar_subqueries', 6, 3, ARRAY['update', 'delete', 'batch'], $sql$
-- rows that no longer satisfy the view (a change of an uncorrelated subquery may reach any)
DELETE FROM "immv"."keyed_scalar_subqueries" AS "__ivm_s"
WHERE NOT EXISTS (
    SELECT FROM "public"."customers" AS "c"
    WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('keyed_scalar_subqueries', 7, 3, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed c rows
INSERT INTO "immv"."keyed_scalar_subqueries" AS "__ivm_s" ("id", "orders", "__ivm_k_c_id")
SELECT "c"."id" AS "id",
       (SELECT "pg_catalog"."count"(*) FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) AS "orders",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."customers" AS "c"
WHERE ("c"."id" > (SELECT "pg_catalog"."min"("b"."customer_id") FROM "public"."blocked" AS "b"))
ON CONFLICT ("__ivm_k_c_id") DO UPDATE
SET "id" = EXCLUDED."id", "orders" = EXCLUDED."orders"
WHERE ROW("__ivm_s"."id", "__ivm_s"."orders")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."orders")::pg_catalog.record
$sql$);

SELECT "immv"."install_program"('keyed_scalar_subqueries');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."keyed_scalar_subqueries$base_columns" AS
SELECT
FROM "public"."customers" AS "b1", "public"."orders" AS "b2", "public"."blocked" AS "b3"
WHERE false AND ROW("b1"."id", "b2"."id", "b2"."customer_id", "b3"."customer_id") IS NULL AND '"immv"."keyed_scalar_subqueries$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."keyed_scalar_subqueries$base_columns" IS 'Base columns used by the incrementally maintained view "public"."keyed_scalar_subqueries". To change them: CALL "immv"."drop"(''keyed_scalar_subqueries''), change the table, then create the view again.';
