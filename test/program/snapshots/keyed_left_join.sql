-- immv 0.1.0: incrementally maintained view "public"."keyed_left_join"

-- strategy: keyed; base tables: "public"."customers", "public"."orders"

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
CALL "immv"."drop"('keyed_left_join', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."customers", "public"."orders" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."keyed_left_join" AS
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'keyed_left_join', '"public"."keyed_left_join"', '"immv"."keyed_left_join"',
  'SELECT c.name, o.id AS order_id, o.amount FROM customers c LEFT JOIN orders o ON o.customer_id = c.id',
  'SELECT c.name, o.id AS order_id, o.amount FROM public.customers AS c LEFT JOIN public.orders AS o ON o.customer_id = c.id',
  'd63d6a8b33dccc2a', '0.1.0', 'keyed',
  'INSERT INTO "immv"."keyed_left_join"
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))',
  ARRAY['"public"."customers"', '"public"."orders"']::text[],
  ARRAY['"immv"."keyed_left_join$before"()', '"immv"."keyed_left_join$t1_customers"()', '"immv"."keyed_left_join$t2_orders"()', '"immv"."keyed_left_join$stash"()', '"immv"."keyed_left_join$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('keyed_left_join'); END $immv$;

CREATE UNIQUE INDEX "keyed_left_join$key" ON "immv"."keyed_left_join" ("__ivm_k_c_id", "__ivm_k_o_id") NULLS NOT DISTINCT;
CREATE INDEX "keyed_left_join$k_o" ON "immv"."keyed_left_join" ("__ivm_k_o_id");

REVOKE ALL ON "immv"."keyed_left_join" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."keyed_left_join"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."keyed_left_join" AS
SELECT "name", "order_id", "amount"
FROM "immv"."keyed_left_join";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('keyed_left_join', '"immv"."keyed_left_join$before"', '"immv"."keyed_left_join$stash"', '"immv"."keyed_left_join$batch"', true,
  'TRUNCATE "immv"."keyed_left_join";',
  ARRAY['immv_keyed_left_join_0_before', 'immv_keyed_left_join_1_insert', 'immv_keyed_left_join_2_update', 'immv_keyed_left_join_3_delete', 'immv_keyed_left_join_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('keyed_left_join', 1, '"public"."customers"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_67621be5_1', '"immv"."keyed_left_join$t1_customers"'),
  ('keyed_left_join', 2, '"public"."orders"',
   ARRAY['id', 'customer_id', 'amount'], ARRAY['id'], false,
   true, true, 'immv_47ae4f1b_2', '"immv"."keyed_left_join$t2_orders"');

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('keyed_left_join', 1, 1, ARRAY['delete'], $sql$
-- rows built from deleted c rows
DELETE FROM "immv"."keyed_left_join" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_r")
$sql$),
('keyed_left_join', 2, 1, ARRAY['update', 'batch'], $sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."keyed_left_join" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "c",
         "public"."orders" AS "o"
    WHERE ("o"."customer_id" = "c"."id")
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "c",
         (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
    WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id"
      AND "__ivm_s"."__ivm_k_o_id" IS NULL)
$sql$),
('keyed_left_join', 3, 1, ARRAY['insert', 'update', 'batch'], $sql$
-- current rows built from changed c rows
INSERT INTO "immv"."keyed_left_join" AS "__ivm_s" ("name", "order_id", "amount", "__ivm_k_c_id", "__ivm_k_o_id")
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "__ivm_added_1" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "__ivm_added_1" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
ON CONFLICT ("__ivm_k_c_id", "__ivm_k_o_id") DO UPDATE
SET "name" = EXCLUDED."name", "order_id" = EXCLUDED."order_id", "amount" = EXCLUDED."amount"
WHERE ROW("__ivm_s"."name", "__ivm_s"."order_id", "__ivm_s"."amount")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."name", EXCLUDED."order_id", EXCLUDED."amount")::pg_catalog.record
$sql$),
('keyed_left_join', 4, 2, ARRAY['update', 'delete', 'batch'], $sql$
-- rows built from changed o rows that no longer satisfy the view
DELETE FROM "immv"."keyed_left_join" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM "__ivm_changes_2" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."customers" AS "c",
         "public"."orders" AS "o"
    WHERE ("o"."customer_id" = "c"."id")
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id")
$sql$),
('keyed_left_join', 5, 2, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed o rows
INSERT INTO "immv"."keyed_left_join" AS "__ivm_s" ("name", "order_id", "amount", "__ivm_k_c_id", "__ivm_k_o_id")
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
  AND ("o"."id") IN (SELECT "id" FROM "__ivm_changes_2" AS "__ivm_c")
ON CONFLICT ("__ivm_k_c_id", "__ivm_k_o_id") DO UPDATE
SET "name" = EXCLUDED."name", "order_id" = EXCLUDED."order_id", "amount" = EXCLUDED."amount"
WHERE ROW("__ivm_s"."name", "__ivm_s"."order_id", "__ivm_s"."amount")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."name", EXCLUDED."order_id", EXCLUDED."amount")::pg_catalog.record
$sql$),
('keyed_left_join', 6, 2, ARRAY['update', 'delete', 'batch'], $sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."keyed_left_join" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "c"."id" FROM "public"."customers" AS "c" WHERE ("c"."id") IN (SELECT "__ivm_v"."v1" FROM (SELECT "o"."customer_id" AS "v1" FROM "__ivm_changes_2" AS "o") AS "__ivm_v" WHERE (EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "__ivm_v"."v1"))) IS DISTINCT FROM (COALESCE((SELECT pg_catalog.sum("o"."__ivm_m__") FROM (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o" WHERE ("o"."customer_id" = "__ivm_v"."v1")), 0) > 0)))
  AND NOT EXISTS (
    SELECT FROM "public"."customers" AS "c",
         "public"."orders" AS "o"
    WHERE ("o"."customer_id" = "c"."id")
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id")
  AND NOT EXISTS (
    SELECT FROM "public"."customers" AS "c",
         (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
    WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id"
      AND "__ivm_s"."__ivm_k_o_id" IS NULL)
$sql$),
('keyed_left_join', 7, 2, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- current rows built from changed c rows
INSERT INTO "immv"."keyed_left_join" AS "__ivm_s" ("name", "order_id", "amount", "__ivm_k_c_id", "__ivm_k_o_id")
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
  AND ("c"."id") IN (SELECT "c"."id" FROM "public"."customers" AS "c" WHERE ("c"."id") IN (SELECT "__ivm_v"."v1" FROM (SELECT "o"."customer_id" AS "v1" FROM "__ivm_changes_2" AS "o") AS "__ivm_v" WHERE (EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "__ivm_v"."v1"))) IS DISTINCT FROM (COALESCE((SELECT pg_catalog.sum("o"."__ivm_m__") FROM (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o" WHERE ("o"."customer_id" = "__ivm_v"."v1")), 0) > 0)))
UNION ALL
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."id" AS "__ivm_k_c_id",
       "o"."id" AS "__ivm_k_o_id"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
  AND ("c"."id") IN (SELECT "c"."id" FROM "public"."customers" AS "c" WHERE ("c"."id") IN (SELECT "__ivm_v"."v1" FROM (SELECT "o"."customer_id" AS "v1" FROM "__ivm_changes_2" AS "o") AS "__ivm_v" WHERE (EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "__ivm_v"."v1"))) IS DISTINCT FROM (COALESCE((SELECT pg_catalog.sum("o"."__ivm_m__") FROM (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o" WHERE ("o"."customer_id" = "__ivm_v"."v1")), 0) > 0)))
ON CONFLICT ("__ivm_k_c_id", "__ivm_k_o_id") DO UPDATE
SET "name" = EXCLUDED."name", "order_id" = EXCLUDED."order_id", "amount" = EXCLUDED."amount"
WHERE ROW("__ivm_s"."name", "__ivm_s"."order_id", "__ivm_s"."amount")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."name", EXCLUDED."order_id", EXCLUDED."amount")::pg_catalog.record
$sql$);

SELECT "immv"."install_program"('keyed_left_join');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."keyed_left_join$base_columns" AS
SELECT
FROM "public"."customers" AS "b1", "public"."orders" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."name", "b2"."id", "b2"."customer_id", "b2"."amount") IS NULL AND '"immv"."keyed_left_join$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."keyed_left_join$base_columns" IS 'Base columns used by the incrementally maintained view "public"."keyed_left_join". To change them: CALL "immv"."drop"(''keyed_left_join''), change the table, then create the view again.';
