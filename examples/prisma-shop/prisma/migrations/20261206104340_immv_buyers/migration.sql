-- immv-prisma: {"view":"buyers","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"4dceab3a2f58d547","tables":["public.customers","public.orders"],"hash":"63247a0ed162c52b","triggers":[{"table":"\"public\".\"customers\"","name":"immv_buyers_0_before"},{"table":"\"public\".\"customers\"","name":"immv_buyers_1_insert"},{"table":"\"public\".\"customers\"","name":"immv_buyers_2_update"},{"table":"\"public\".\"customers\"","name":"immv_buyers_3_delete"},{"table":"\"public\".\"customers\"","name":"immv_buyers_4_truncate"},{"table":"\"public\".\"orders\"","name":"immv_buyers_0_before"},{"table":"\"public\".\"orders\"","name":"immv_buyers_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_buyers_2_update"},{"table":"\"public\".\"orders\"","name":"immv_buyers_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_buyers_4_truncate"},{"table":"\"immv\".\"buyers\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.
-- new view buyers

-- immv 0.1.0: incrementally maintained view "public"."buyers"

-- strategy: counted; base tables: "public"."customers", "public"."orders"

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
CALL "immv"."drop"('buyers', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."customers", "public"."orders" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."buyers" AS
SELECT "c"."id" AS "id",
       "c"."name" AS "name",
       "c"."email" AS "email",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
GROUP BY 1, 2, 3
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'buyers', '"public"."buyers"', '"immv"."buyers"',
  '-- Customers with at least one order.
SELECT DISTINCT c.id, c.name, c.email
FROM customers c
JOIN orders o ON o.customer_id = c.id
',
  'SELECT DISTINCT c.id, c.name, c.email FROM public.customers AS c JOIN public.orders AS o ON o.customer_id = c.id',
  '63247a0ed162c52b', '0.1.0', 'counted',
  'INSERT INTO "immv"."buyers"
SELECT "c"."id" AS "id",
       "c"."name" AS "name",
       "c"."email" AS "email",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
GROUP BY 1, 2, 3',
  ARRAY['"public"."customers"', '"public"."orders"']::text[],
  ARRAY['"immv"."buyers$before"()', '"immv"."buyers$t1_customers"()', '"immv"."buyers$t2_orders"()', '"immv"."buyers$stash"()', '"immv"."buyers$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('buyers'); END $immv$;

CREATE UNIQUE INDEX "buyers$key" ON "immv"."buyers" ("id", "name", "email") NULLS NOT DISTINCT;
CREATE INDEX "buyers$empty" ON "immv"."buyers" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."buyers" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."buyers"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."buyers" AS
SELECT "id", "name", "email"
FROM "immv"."buyers";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('buyers', '"immv"."buyers$before"', '"immv"."buyers$stash"', '"immv"."buyers$batch"', true,
  'TRUNCATE "immv"."buyers";',
  ARRAY['immv_buyers_0_before', 'immv_buyers_1_insert', 'immv_buyers_2_update', 'immv_buyers_3_delete', 'immv_buyers_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('buyers', 1, '"public"."customers"',
   ARRAY['id', 'name', 'email'], ARRAY['id'], true,
   false, false, 'immv_017d259c_1', '"immv"."buyers$t1_customers"'),
  ('buyers', 2, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   false, false, 'immv_7b1febf2_2', '"immv"."buyers$t2_orders"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('buyers', 1, ARRAY[1], $sql$
SELECT "c"."id" AS "id",
       "c"."name" AS "name",
       "c"."email" AS "email",
       "c"."__ivm_m__" * "o"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "c",
     (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o"
WHERE ("o"."customer_id" = "c"."id")
$sql$),
('buyers', 2, ARRAY[2], $sql$
SELECT "c"."id" AS "id",
       "c"."name" AS "name",
       "c"."email" AS "email",
       "o"."__ivm_m__" AS "__ivm_m__"
FROM "public"."customers" AS "c",
     "__ivm_changes_2" AS "o"
WHERE ("o"."customer_id" = "c"."id")
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('buyers', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__")
FROM "__ivm_input" AS "__ivm_t"
GROUP BY 1, 2, 3
HAVING pg_catalog.sum("__ivm_m__") <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$),
('buyers', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."buyers" WHERE "__ivm_count__" <= 0
$sql$);

SELECT "immv"."install_program"('buyers');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."buyers$base_columns" AS
SELECT
FROM "public"."customers" AS "b1", "public"."orders" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."name", "b1"."email", "b2"."id", "b2"."customer_id") IS NULL AND '"immv"."buyers$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."buyers$base_columns" IS 'Base columns used by the incrementally maintained view "public"."buyers". To change them: CALL "immv"."drop"(''buyers''), change the table, then create the view again.';
