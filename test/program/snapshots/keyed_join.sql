-- immv 0.1.0: incrementally maintained view "public"."keyed_join"

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
CALL "immv"."drop"('keyed_join', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."orders", "public"."customers" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."keyed_join" AS
SELECT "o"."id" AS "id",
       "o"."amount" AS "amount",
       "c"."name" AS "name",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("c"."id" = "o"."customer_id")
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'keyed_join', '"public"."keyed_join"', '"immv"."keyed_join"',
  'SELECT o.id, o.amount, c.name FROM orders o JOIN customers c ON c.id = o.customer_id',
  'SELECT o.id, o.amount, c.name FROM public.orders AS o JOIN public.customers AS c ON c.id = o.customer_id',
  '25d9223e4e16282b', '0.1.0', 'keyed',
  'INSERT INTO "immv"."keyed_join"
SELECT "o"."id" AS "id",
       "o"."amount" AS "amount",
       "c"."name" AS "name",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("c"."id" = "o"."customer_id")',
  ARRAY['"public"."orders"', '"public"."customers"']::text[],
  ARRAY['"immv"."keyed_join$before"()', '"immv"."keyed_join$t1_orders"()', '"immv"."keyed_join$t2_customers"()', '"immv"."keyed_join$stash"()', '"immv"."keyed_join$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('keyed_join'); END $immv$;

CREATE UNIQUE INDEX "keyed_join$key" ON "immv"."keyed_join" ("__ivm_k_o_id", "__ivm_k_c_id");
CREATE INDEX "keyed_join$k_c" ON "immv"."keyed_join" ("__ivm_k_c_id");

REVOKE ALL ON "immv"."keyed_join" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."keyed_join"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."keyed_join" AS
SELECT "id", "amount", "name"
FROM "immv"."keyed_join";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('keyed_join', '"immv"."keyed_join$before"', '"immv"."keyed_join$stash"', '"immv"."keyed_join$batch"', true,
  'TRUNCATE "immv"."keyed_join";',
  ARRAY['immv_keyed_join_0_before', 'immv_keyed_join_1_insert', 'immv_keyed_join_2_update', 'immv_keyed_join_3_delete', 'immv_keyed_join_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('keyed_join', 1, '"public"."orders"',
   ARRAY['id', 'customer_id', 'amount'], ARRAY['id'], false,
   false, false, 'immv_903aaf08_1', '"immv"."keyed_join$t1_orders"'),
  ('keyed_join', 2, '"public"."customers"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_ceda7605_2', '"immv"."keyed_join$t2_customers"');

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('keyed_join', 1, 1, ARRAY['delete'], $sql$
-- rows built from deleted o rows
DELETE FROM "immv"."keyed_join" WHERE ("__ivm_k_o_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_r")
$sql$),
('keyed_join', 2, 1, ARRAY['update', 'batch'], $sql$
-- rows built from changed o rows that no longer satisfy the view
DELETE FROM "immv"."keyed_join" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "o",
         "public"."customers" AS "c"
    WHERE ("c"."id" = "o"."customer_id")
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('keyed_join', 3, 1, ARRAY['insert', 'update', 'batch'], $sql$
-- current rows built from changed o rows
INSERT INTO "immv"."keyed_join" AS "__ivm_s" ("id", "amount", "name", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "o"."id" AS "id",
       "o"."amount" AS "amount",
       "c"."name" AS "name",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "__ivm_added_1" AS "o",
     "public"."customers" AS "c"
WHERE ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "id" = EXCLUDED."id", "amount" = EXCLUDED."amount", "name" = EXCLUDED."name"
WHERE ROW("__ivm_s"."id", "__ivm_s"."amount", "__ivm_s"."name")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."amount", EXCLUDED."name")::pg_catalog.record
$sql$),
('keyed_join', 4, 2, ARRAY['delete'], $sql$
-- rows built from deleted c rows
DELETE FROM "immv"."keyed_join" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_2" AS "__ivm_r")
$sql$),
('keyed_join', 5, 2, ARRAY['update', 'batch'], $sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."keyed_join" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_2" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."orders" AS "o",
         "__ivm_added_2" AS "c"
    WHERE ("c"."id" = "o"."customer_id")
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('keyed_join', 6, 2, ARRAY['insert', 'update', 'batch'], $sql$
-- current rows built from changed c rows
INSERT INTO "immv"."keyed_join" AS "__ivm_s" ("id", "amount", "name", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "o"."id" AS "id",
       "o"."amount" AS "amount",
       "c"."name" AS "name",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."orders" AS "o",
     "__ivm_added_2" AS "c"
WHERE ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "id" = EXCLUDED."id", "amount" = EXCLUDED."amount", "name" = EXCLUDED."name"
WHERE ROW("__ivm_s"."id", "__ivm_s"."amount", "__ivm_s"."name")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."amount", EXCLUDED."name")::pg_catalog.record
$sql$);

SELECT "immv"."install_program"('keyed_join');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."keyed_join$base_columns" AS
SELECT
FROM "public"."orders" AS "b1", "public"."customers" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."customer_id", "b1"."amount", "b2"."id", "b2"."name") IS NULL AND '"immv"."keyed_join$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."keyed_join$base_columns" IS 'Base columns used by the incrementally maintained view "public"."keyed_join". To change them: CALL "immv"."drop"(''keyed_join''), change the table, then create the view again.';
