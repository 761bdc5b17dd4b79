-- immv 0.1.0: incrementally maintained view "public"."counted_left_join"

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
CALL "immv"."drop"('counted_left_join', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."customers", "public"."orders" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."counted_left_join" AS
SELECT "name", "order_id", "amount", pg_catalog.count(*) AS "__ivm_count__"
FROM (
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
) AS "__ivm_u"
GROUP BY 1, 2, 3
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'counted_left_join', '"public"."counted_left_join"', '"immv"."counted_left_join"',
  'SELECT c.name, o.id AS order_id, o.amount FROM customers c LEFT JOIN orders o ON o.customer_id = c.id',
  'SELECT c.name, o.id AS order_id, o.amount FROM public.customers AS c LEFT JOIN public.orders AS o ON o.customer_id = c.id',
  '553a6d3478283186', '0.1.0', 'counted',
  'INSERT INTO "immv"."counted_left_join"
SELECT "name", "order_id", "amount", pg_catalog.count(*) AS "__ivm_count__"
FROM (
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
) AS "__ivm_u"
GROUP BY 1, 2, 3',
  ARRAY['"public"."customers"', '"public"."orders"']::text[],
  ARRAY['"immv"."counted_left_join$before"()', '"immv"."counted_left_join$t1_customers"()', '"immv"."counted_left_join$t2_orders"()', '"immv"."counted_left_join$stash"()', '"immv"."counted_left_join$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('counted_left_join'); END $immv$;

CREATE UNIQUE INDEX "counted_left_join$key" ON "immv"."counted_left_join" ("name", "order_id", "amount") NULLS NOT DISTINCT;
CREATE INDEX "counted_left_join$empty" ON "immv"."counted_left_join" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."counted_left_join" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."counted_left_join"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."counted_left_join" AS
SELECT "s"."name", "s"."order_id", "s"."amount"
FROM "immv"."counted_left_join" AS "s"
CROSS JOIN LATERAL pg_catalog.generate_series(1, "s"."__ivm_count__") AS "n";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view")
VALUES ('counted_left_join', '"immv"."counted_left_join$before"', '"immv"."counted_left_join$stash"', '"immv"."counted_left_join$batch"', true,
  'TRUNCATE "immv"."counted_left_join";');

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name", "triggers")
VALUES
  ('counted_left_join', 1, '"public"."customers"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_88985b8b_1', '"immv"."counted_left_join$t1_customers"',
   ARRAY['immv_counted_left_join_0_before', 'immv_counted_left_join_1_insert', 'immv_counted_left_join_2_update', 'immv_counted_left_join_3_delete', 'immv_counted_left_join_4_truncate']),
  ('counted_left_join', 2, '"public"."orders"',
   ARRAY['id', 'customer_id', 'amount'], ARRAY['id'], false,
   true, true, 'immv_efa90f25_2', '"immv"."counted_left_join$t2_orders"',
   ARRAY['immv_counted_left_join_0_before', 'immv_counted_left_join_1_insert', 'immv_counted_left_join_2_update', 'immv_counted_left_join_3_delete', 'immv_counted_left_join_4_truncate']);

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('counted_left_join', 1, ARRAY[1], $sql$
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."__ivm_m__" * "o"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "c",
     (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o"
WHERE ("o"."customer_id" = "c"."id")
$sql$),
('counted_left_join', 2, ARRAY[2], $sql$
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "o"."__ivm_m__" AS "__ivm_m__"
FROM "public"."customers" AS "c",
     "__ivm_changes_2" AS "o"
WHERE ("o"."customer_id" = "c"."id")
$sql$),
('counted_left_join', 3, ARRAY[1], $sql$
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       "c"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
$sql$),
('counted_left_join', 4, ARRAY[2], $sql$
SELECT "c"."name" AS "name",
       "o"."id" AS "order_id",
       "o"."amount" AS "amount",
       ((CASE WHEN NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) THEN 1 ELSE 0 END) - (CASE WHEN NOT (COALESCE((SELECT pg_catalog.sum("o"."__ivm_m__") FROM (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o" WHERE ("o"."customer_id" = "c"."id")), 0) > 0) THEN 1 ELSE 0 END)) * "c"."__ivm_m__" AS "__ivm_m__"
FROM (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_1" AS "__ivm_d") AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE EXISTS (SELECT FROM "__ivm_changes_2" AS "o" WHERE ("o"."customer_id" = "c"."id"))
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('counted_left_join', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."counted_left_join" AS "__ivm_s" ("name", "order_id", "amount", "__ivm_count__")
SELECT "name", "order_id", "amount", pg_catalog.sum("__ivm_m__")
FROM "__ivm_input" AS "__ivm_t"
GROUP BY 1, 2, 3
HAVING pg_catalog.sum("__ivm_m__") <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("name", "order_id", "amount") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$),
('counted_left_join', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."counted_left_join" WHERE "__ivm_count__" <= 0
$sql$);

SELECT "immv"."install_program"('counted_left_join');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."counted_left_join$base_columns" AS
SELECT
FROM "public"."customers" AS "b1", "public"."orders" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."name", "b2"."id", "b2"."customer_id", "b2"."amount") IS NULL AND '"immv"."counted_left_join$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."counted_left_join$base_columns" IS 'Base columns used by the incrementally maintained view "public"."counted_left_join". To change them: CALL "immv"."drop"(''counted_left_join''), change the table, then create the view again.';
