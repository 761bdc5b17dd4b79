-- immv 0.1.0: incrementally maintained view "public"."aggregate_left_join"

-- strategy: aggregate; base tables: "public"."customers", "public"."orders"

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
CALL "immv"."drop"('aggregate_left_join', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."customers", "public"."orders" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."aggregate_left_join" AS
SELECT "id",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.count("__ivm_x1") AS "orders",
       pg_catalog.sum("__ivm_x2") AS "total",
       pg_catalog.count("__ivm_x2") AS "__ivm_a2_n",
       pg_catalog.max(pg_catalog.scale("__ivm_x2")) AS "__ivm_a2_scale"
FROM (
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
) AS "__ivm_u"
GROUP BY 1
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'aggregate_left_join', '"public"."aggregate_left_join"', '"immv"."aggregate_left_join"',
  'SELECT c.id, count(o.id) AS orders, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id',
  'SELECT c.id, count(o.id) AS orders, sum(o.amount) AS total FROM public.customers AS c LEFT JOIN public.orders AS o ON o.customer_id = c.id GROUP BY c.id',
  '82ee770db87bbdce', '0.1.0', 'aggregate',
  'INSERT INTO "immv"."aggregate_left_join"
SELECT "id",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.count("__ivm_x1") AS "orders",
       pg_catalog.sum("__ivm_x2") AS "total",
       pg_catalog.count("__ivm_x2") AS "__ivm_a2_n",
       pg_catalog.max(pg_catalog.scale("__ivm_x2")) AS "__ivm_a2_scale"
FROM (
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2"
FROM "public"."customers" AS "c",
     "public"."orders" AS "o"
WHERE ("o"."customer_id" = "c"."id")
UNION ALL
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2"
FROM "public"."customers" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
) AS "__ivm_u"
GROUP BY 1',
  ARRAY['"public"."customers"', '"public"."orders"']::text[],
  ARRAY['"immv"."aggregate_left_join$before"()', '"immv"."aggregate_left_join$t1_customers"()', '"immv"."aggregate_left_join$t2_orders"()', '"immv"."aggregate_left_join$stash"()', '"immv"."aggregate_left_join$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('aggregate_left_join'); END $immv$;

CREATE UNIQUE INDEX "aggregate_left_join$key" ON "immv"."aggregate_left_join" ("id") NULLS NOT DISTINCT;
CREATE INDEX "aggregate_left_join$empty" ON "immv"."aggregate_left_join" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."aggregate_left_join" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."aggregate_left_join"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."aggregate_left_join" AS
SELECT "s"."id" AS "id",
       "s"."orders" AS "orders",
       CASE WHEN "s"."__ivm_a2_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE "pg_catalog"."round"("s"."total", "s"."__ivm_a2_scale") END AS "total"
FROM "immv"."aggregate_left_join" AS "s";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('aggregate_left_join', '"immv"."aggregate_left_join$before"', '"immv"."aggregate_left_join$stash"', '"immv"."aggregate_left_join$batch"', true,
  'TRUNCATE "immv"."aggregate_left_join";',
  ARRAY['immv_aggregate_left_join_0_before', 'immv_aggregate_left_join_1_insert', 'immv_aggregate_left_join_2_update', 'immv_aggregate_left_join_3_delete', 'immv_aggregate_left_join_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('aggregate_left_join', 1, '"public"."customers"',
   ARRAY['id'], ARRAY['id'], false,
   false, false, 'immv_cd1ac218_1', '"immv"."aggregate_left_join$t1_customers"'),
  ('aggregate_left_join', 2, '"public"."orders"',
   ARRAY['id', 'customer_id', 'amount'], ARRAY['id'], false,
   true, true, 'immv_8cc442ad_2', '"immv"."aggregate_left_join$t2_orders"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('aggregate_left_join', 1, ARRAY[1], $sql$
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2",
       "c"."__ivm_m__" * "o"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "c",
     (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o"
WHERE ("o"."customer_id" = "c"."id")
$sql$),
('aggregate_left_join', 2, ARRAY[2], $sql$
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2",
       "o"."__ivm_m__" AS "__ivm_m__"
FROM "public"."customers" AS "c",
     "__ivm_changes_2" AS "o"
WHERE ("o"."customer_id" = "c"."id")
$sql$),
('aggregate_left_join', 3, ARRAY[1], $sql$
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2",
       "c"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
$sql$),
('aggregate_left_join', 4, ARRAY[2], $sql$
SELECT "c"."id" AS "id",
       "o"."id" AS "__ivm_x1",
       "o"."amount" AS "__ivm_x2",
       ((CASE WHEN NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id")) THEN 1 ELSE 0 END) - (CASE WHEN NOT (COALESCE((SELECT pg_catalog.sum("o"."__ivm_m__") FROM (SELECT "id", "customer_id", "amount", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", "__ivm_d"."amount", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o" WHERE ("o"."customer_id" = "c"."id")), 0) > 0) THEN 1 ELSE 0 END)) * "c"."__ivm_m__" AS "__ivm_m__"
FROM (SELECT "id", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_1" AS "__ivm_d") AS "c",
     (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
WHERE EXISTS (SELECT FROM "__ivm_changes_2" AS "o" WHERE ("o"."customer_id" = "c"."id"))
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('aggregate_left_join', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."aggregate_left_join" AS "__ivm_s" ("id", "__ivm_count__", "orders", "total", "__ivm_a2_n", "__ivm_a2_scale")
SELECT "id", "__ivm_count__", "orders", "total", "__ivm_a2_n", "__ivm_a2_scale"
FROM (
  SELECT "id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x1" IS NOT NULL), 0) AS "orders",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "total",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x2")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a2_scale"
  FROM "__ivm_input" AS "__ivm_t"
  GROUP BY "id"
) AS "__ivm_d"
ORDER BY "id"
ON CONFLICT ("id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "orders" = "__ivm_s"."orders" + EXCLUDED."orders",
    "total" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."total" IS NULL THEN EXCLUDED."total" WHEN EXCLUDED."total" IS NULL THEN "__ivm_s"."total" ELSE "__ivm_s"."total" + EXCLUDED."total" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "__ivm_a2_scale" = GREATEST("__ivm_s"."__ivm_a2_scale", EXCLUDED."__ivm_a2_scale")
$sql$),
('aggregate_left_join', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- groups whose count reached zero are gone from the view
DELETE FROM "immv"."aggregate_left_join" WHERE "__ivm_count__" <= 0
$sql$),
('aggregate_left_join', 3, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."aggregate_left_join" AS "__ivm_s"
SET "__ivm_a2_scale" = CASE WHEN "__ivm_d"."__ivm_a2_scale" >= "__ivm_s"."__ivm_a2_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("__ivm_v")) FROM (
        SELECT "o"."amount" AS "__ivm_v"
        FROM "public"."customers" AS "c",
             "public"."orders" AS "o"
        WHERE ("o"."customer_id" = "c"."id")
          AND ("c"."id") = "__ivm_s"."id"
        UNION ALL
        SELECT "o"."amount" AS "__ivm_v"
        FROM "public"."customers" AS "c",
             (SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN "public"."orders" AS "__ivm_n" ON false) AS "o"
        WHERE NOT EXISTS (SELECT FROM "public"."orders" AS "o" WHERE ("o"."customer_id" = "c"."id"))
          AND ("c"."id") = "__ivm_s"."id"
      ) AS "__ivm_u")
      ELSE "__ivm_s"."__ivm_a2_scale" END
FROM (
  SELECT "id",
         pg_catalog.max(pg_catalog.scale("__ivm_x2")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a2_scale"
  FROM "__ivm_input" AS "__ivm_t"
  GROUP BY "id"
) AS "__ivm_d"
WHERE "__ivm_s"."id" = "__ivm_d"."id"
  AND ("__ivm_d"."__ivm_a2_scale" >= "__ivm_s"."__ivm_a2_scale")
$sql$);

SELECT "immv"."install_program"('aggregate_left_join');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."aggregate_left_join$base_columns" AS
SELECT
FROM "public"."customers" AS "b1", "public"."orders" AS "b2"
WHERE false AND ROW("b1"."id", "b2"."id", "b2"."customer_id", "b2"."amount") IS NULL AND '"immv"."aggregate_left_join$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."aggregate_left_join$base_columns" IS 'Base columns used by the incrementally maintained view "public"."aggregate_left_join". To change them: CALL "immv"."drop"(''aggregate_left_join''), change the table, then create the view again.';
