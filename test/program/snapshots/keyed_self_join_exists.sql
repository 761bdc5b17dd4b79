-- immv 0.1.0: incrementally maintained view "public"."keyed_self_join_exists"

-- strategy: keyed; base tables: "public"."orders", "public"."customers"

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
CALL "immv"."drop"('keyed_self_join_exists', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."orders", "public"."customers" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."keyed_self_join_exists" AS
SELECT "a"."id" AS "id",
       "b"."id" AS "other",
       "a"."id" AS "__ivm_k_a_id",
       "b"."id" AS "__ivm_k_b_id"
FROM "public"."orders" AS "a",
     "public"."orders" AS "b"
WHERE ("b"."customer_id" = "a"."customer_id")
  AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'keyed_self_join_exists', '"public"."keyed_self_join_exists"', '"immv"."keyed_self_join_exists"',
  'SELECT a.id, b.id AS other FROM orders a JOIN orders b ON b.customer_id = a.customer_id WHERE EXISTS (SELECT FROM customers c WHERE c.id = a.customer_id AND c.region = ''north'')',
  'SELECT a.id, b.id AS other FROM public.orders AS a JOIN public.orders AS b ON b.customer_id = a.customer_id WHERE EXISTS (SELECT FROM public.customers AS c WHERE c.id = a.customer_id AND c.region = ''north'')',
  '99d491fe2dfdb5c2', '0.1.0', 'keyed',
  'INSERT INTO "immv"."keyed_self_join_exists"
SELECT "a"."id" AS "id",
       "b"."id" AS "other",
       "a"."id" AS "__ivm_k_a_id",
       "b"."id" AS "__ivm_k_b_id"
FROM "public"."orders" AS "a",
     "public"."orders" AS "b"
WHERE ("b"."customer_id" = "a"."customer_id")
  AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = ''north''))',
  ARRAY['"public"."orders"', '"public"."customers"']::text[],
  ARRAY['"immv"."keyed_self_join_exists$before"()', '"immv"."keyed_self_join_exists$t1_orders"()', '"immv"."keyed_self_join_exists$t2_customers"()', '"immv"."keyed_self_join_exists$stash"()', '"immv"."keyed_self_join_exists$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('keyed_self_join_exists'); END $immv$;

CREATE UNIQUE INDEX "keyed_self_join_exists$key" ON "immv"."keyed_self_join_exists" ("__ivm_k_a_id", "__ivm_k_b_id");
CREATE INDEX "keyed_self_join_exists$k_b" ON "immv"."keyed_self_join_exists" ("__ivm_k_b_id");

REVOKE ALL ON "immv"."keyed_self_join_exists" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."keyed_self_join_exists"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."keyed_self_join_exists" AS
SELECT "id", "other"
FROM "immv"."keyed_self_join_exists";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('keyed_self_join_exists', '"immv"."keyed_self_join_exists$before"', '"immv"."keyed_self_join_exists$stash"', '"immv"."keyed_self_join_exists$batch"', true,
  'TRUNCATE "immv"."keyed_self_join_exists";',
  ARRAY['immv_keyed_self_join_exists_0_before', 'immv_keyed_self_join_exists_1_insert', 'immv_keyed_self_join_exists_2_update', 'immv_keyed_self_join_exists_3_delete', 'immv_keyed_self_join_exists_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('keyed_self_join_exists', 1, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   false, false, 'immv_44787a88_1', '"immv"."keyed_self_join_exists$t1_orders"'),
  ('keyed_self_join_exists', 2, '"public"."customers"',
   ARRAY['id', 'region'], ARRAY['id'], false,
   false, false, 'immv_fafa17c4_2', '"immv"."keyed_self_join_exists$t2_customers"');

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('keyed_self_join_exists', 1, 1, ARRAY['update', 'delete', 'batch'], $sql$
-- rows built from changed a rows that no longer satisfy the view
DELETE FROM "immv"."keyed_self_join_exists" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_a_id") IN (SELECT "id" FROM "__ivm_changes_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."orders" AS "a",
         "public"."orders" AS "b"
    WHERE ("b"."customer_id" = "a"."customer_id")
      AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
      AND "a"."id" = "__ivm_s"."__ivm_k_a_id"
      AND "b"."id" = "__ivm_s"."__ivm_k_b_id")
$sql$),
('keyed_self_join_exists', 2, 1, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed a rows
INSERT INTO "immv"."keyed_self_join_exists" AS "__ivm_s" ("id", "other", "__ivm_k_a_id", "__ivm_k_b_id")
SELECT "a"."id" AS "id",
       "b"."id" AS "other",
       "a"."id" AS "__ivm_k_a_id",
       "b"."id" AS "__ivm_k_b_id"
FROM "public"."orders" AS "a",
     "public"."orders" AS "b"
WHERE ("b"."customer_id" = "a"."customer_id")
  AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
  AND ("a"."id") IN (SELECT "id" FROM "__ivm_changes_1" AS "__ivm_c")
ON CONFLICT ("__ivm_k_a_id", "__ivm_k_b_id") DO UPDATE
SET "id" = EXCLUDED."id", "other" = EXCLUDED."other"
WHERE ROW("__ivm_s"."id", "__ivm_s"."other")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."other")::pg_catalog.record
$sql$),
('keyed_self_join_exists', 3, 1, ARRAY['update', 'delete', 'batch'], $sql$
-- rows built from changed b rows that no longer satisfy the view
DELETE FROM "immv"."keyed_self_join_exists" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_b_id") IN (SELECT "id" FROM "__ivm_changes_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."orders" AS "a",
         "public"."orders" AS "b"
    WHERE ("b"."customer_id" = "a"."customer_id")
      AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
      AND "a"."id" = "__ivm_s"."__ivm_k_a_id"
      AND "b"."id" = "__ivm_s"."__ivm_k_b_id")
$sql$),
('keyed_self_join_exists', 4, 1, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed b rows
INSERT INTO "immv"."keyed_self_join_exists" AS "__ivm_s" ("id", "other", "__ivm_k_a_id", "__ivm_k_b_id")
SELECT "a"."id" AS "id",
       "b"."id" AS "other",
       "a"."id" AS "__ivm_k_a_id",
       "b"."id" AS "__ivm_k_b_id"
FROM "public"."orders" AS "a",
     "public"."orders" AS "b"
WHERE ("b"."customer_id" = "a"."customer_id")
  AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
  AND ("b"."id") IN (SELECT "id" FROM "__ivm_changes_1" AS "__ivm_c")
ON CONFLICT ("__ivm_k_a_id", "__ivm_k_b_id") DO UPDATE
SET "id" = EXCLUDED."id", "other" = EXCLUDED."other"
WHERE ROW("__ivm_s"."id", "__ivm_s"."other")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."other")::pg_catalog.record
$sql$),
('keyed_self_join_exists', 5, 2, ARRAY['update', 'delete', 'batch'], $sql$
-- rows built from changed a rows that no longer satisfy the view
DELETE FROM "immv"."keyed_self_join_exists" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_a_id") IN (SELECT "a"."id" FROM "public"."orders" AS "a" WHERE ("a"."customer_id") IN (SELECT "__ivm_v"."v1" FROM (SELECT "c"."id" AS "v1" FROM "__ivm_changes_2" AS "c" WHERE ("c"."region" = 'north')) AS "__ivm_v" WHERE (EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "__ivm_v"."v1") AND ("c"."region" = 'north'))) IS DISTINCT FROM (COALESCE((SELECT pg_catalog.sum("c"."__ivm_m__") FROM (SELECT "id", "region", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."region", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "c" WHERE ("c"."id" = "__ivm_v"."v1") AND ("c"."region" = 'north')), 0) > 0)))
  AND NOT EXISTS (
    SELECT FROM "public"."orders" AS "a",
         "public"."orders" AS "b"
    WHERE ("b"."customer_id" = "a"."customer_id")
      AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
      AND "a"."id" = "__ivm_s"."__ivm_k_a_id"
      AND "b"."id" = "__ivm_s"."__ivm_k_b_id")
$sql$),
('keyed_self_join_exists', 6, 2, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed a rows
INSERT INTO "immv"."keyed_self_join_exists" AS "__ivm_s" ("id", "other", "__ivm_k_a_id", "__ivm_k_b_id")
SELECT "a"."id" AS "id",
       "b"."id" AS "other",
       "a"."id" AS "__ivm_k_a_id",
       "b"."id" AS "__ivm_k_b_id"
FROM "public"."orders" AS "a",
     "public"."orders" AS "b"
WHERE ("b"."customer_id" = "a"."customer_id")
  AND EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "a"."customer_id") AND ("c"."region" = 'north'))
  AND ("a"."id") IN (SELECT "a"."id" FROM "public"."orders" AS "a" WHERE ("a"."customer_id") IN (SELECT "__ivm_v"."v1" FROM (SELECT "c"."id" AS "v1" FROM "__ivm_changes_2" AS "c" WHERE ("c"."region" = 'north')) AS "__ivm_v" WHERE (EXISTS (SELECT FROM "public"."customers" AS "c" WHERE ("c"."id" = "__ivm_v"."v1") AND ("c"."region" = 'north'))) IS DISTINCT FROM (COALESCE((SELECT pg_catalog.sum("c"."__ivm_m__") FROM (SELECT "id", "region", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."region", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "c" WHERE ("c"."id" = "__ivm_v"."v1") AND ("c"."region" = 'north')), 0) > 0)))
ON CONFLICT ("__ivm_k_a_id", "__ivm_k_b_id") DO UPDATE
SET "id" = EXCLUDED."id", "other" = EXCLUDED."other"
WHERE ROW("__ivm_s"."id", "__ivm_s"."other")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."other")::pg_catalog.record
$sql$);

SELECT "immv"."install_program"('keyed_self_join_exists');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."keyed_self_join_exists$base_columns" AS
SELECT
FROM "public"."orders" AS "b1", "public"."customers" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."customer_id", "b2"."id", "b2"."region") IS NULL AND '"immv"."keyed_self_join_exists$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."keyed_self_join_exists$base_columns" IS 'Base columns used by the incrementally maintained view "public"."keyed_self_join_exists". To change them: CALL "immv"."drop"(''keyed_self_join_exists''), change the table, then create the view again.';
