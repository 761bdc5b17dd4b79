-- immv 0.1.0: incrementally maintained view "public"."aggregate_grouped"

-- strategy: aggregate; base tables: "public"."orders", "public"."customers"

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
CALL "immv"."drop"('aggregate_grouped', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."orders", "public"."customers" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."aggregate_grouped" AS
SELECT "c"."region" AS "region",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("o"."amount") AS "total",
       pg_catalog.count("o"."amount") AS "__ivm_a2_n",
       pg_catalog.max(pg_catalog.scale("o"."amount")) AS "__ivm_a2_scale",
       pg_catalog.min("o"."amount") AS "smallest",
       pg_catalog.max("o"."id") AS "last"
FROM "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("c"."id" = "o"."customer_id")
GROUP BY 1
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'aggregate_grouped', '"public"."aggregate_grouped"', '"immv"."aggregate_grouped"',
  'SELECT c.region, count(*) AS n, sum(o.amount) AS total, min(o.amount) AS smallest, max(o.id) AS last FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.region',
  'SELECT c.region, count(*) AS n, sum(o.amount) AS total, min(o.amount) AS smallest, max(o.id) AS last FROM public.orders AS o JOIN public.customers AS c ON c.id = o.customer_id GROUP BY c.region',
  'b49f7c8e266f1b54', '0.1.0', 'aggregate',
  'INSERT INTO "immv"."aggregate_grouped"
SELECT "c"."region" AS "region",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("o"."amount") AS "total",
       pg_catalog.count("o"."amount") AS "__ivm_a2_n",
       pg_catalog.max(pg_catalog.scale("o"."amount")) AS "__ivm_a2_scale",
       pg_catalog.min("o"."amount") AS "smallest",
       pg_catalog.max("o"."id") AS "last"
FROM "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("c"."id" = "o"."customer_id")
GROUP BY 1',
  ARRAY['"public"."orders"', '"public"."customers"']::text[],
  ARRAY['"immv"."aggregate_grouped$before"()', '"immv"."aggregate_grouped$t1_orders"()', '"immv"."aggregate_grouped$t2_customers"()', '"immv"."aggregate_grouped$stash"()', '"immv"."aggregate_grouped$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('aggregate_grouped'); END $immv$;

CREATE UNIQUE INDEX "aggregate_grouped$key" ON "immv"."aggregate_grouped" ("region") NULLS NOT DISTINCT;
CREATE INDEX "aggregate_grouped$empty" ON "immv"."aggregate_grouped" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."aggregate_grouped" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."aggregate_grouped"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."aggregate_grouped" AS
SELECT "s"."region" AS "region",
       "s"."__ivm_count__" AS "n",
       CASE WHEN "s"."__ivm_a2_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE "pg_catalog"."round"("s"."total", "s"."__ivm_a2_scale") END AS "total",
       "s"."smallest" AS "smallest",
       "s"."last" AS "last"
FROM "immv"."aggregate_grouped" AS "s";

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('aggregate_grouped', '"immv"."aggregate_grouped$before"', '"immv"."aggregate_grouped$stash"', '"immv"."aggregate_grouped$batch"', true,
  'TRUNCATE "immv"."aggregate_grouped";',
  ARRAY['immv_aggregate_grouped_0_before', 'immv_aggregate_grouped_1_insert', 'immv_aggregate_grouped_2_update', 'immv_aggregate_grouped_3_delete', 'immv_aggregate_grouped_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('aggregate_grouped', 1, '"public"."orders"',
   ARRAY['id', 'customer_id', 'amount'], ARRAY['id'], false,
   false, false, 'immv_39800be3_1', '"immv"."aggregate_grouped$t1_orders"'),
  ('aggregate_grouped', 2, '"public"."customers"',
   ARRAY['id', 'region'], ARRAY['id'], false,
   false, false, 'immv_d83790a5_2', '"immv"."aggregate_grouped$t2_customers"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('aggregate_grouped', 1, ARRAY[1], $sql$
SELECT "c"."region" AS "region",
       "o"."amount" AS "__ivm_x2",
       "o"."amount" AS "__ivm_x3",
       "o"."id" AS "__ivm_x4",
       "o"."__ivm_m__" * "c"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "o",
     (SELECT "id", "region", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."region", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "c"
WHERE ("c"."id" = "o"."customer_id")
$sql$),
('aggregate_grouped', 2, ARRAY[2], $sql$
SELECT "c"."region" AS "region",
       "o"."amount" AS "__ivm_x2",
       "o"."amount" AS "__ivm_x3",
       "o"."id" AS "__ivm_x4",
       "c"."__ivm_m__" AS "__ivm_m__"
FROM "public"."orders" AS "o",
     "__ivm_changes_2" AS "c"
WHERE ("c"."id" = "o"."customer_id")
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('aggregate_grouped', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."aggregate_grouped" AS "__ivm_s" ("region", "__ivm_count__", "total", "__ivm_a2_n", "__ivm_a2_scale", "smallest", "last")
SELECT "region", "__ivm_count__", "total", "__ivm_a2_n", "__ivm_a2_scale", "smallest", "last"
FROM (
  SELECT "region",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "total",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x2")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a2_scale",
         pg_catalog.min("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) AS "smallest",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last"
  FROM "__ivm_input" AS "__ivm_t"
  GROUP BY "region"
) AS "__ivm_d"
ORDER BY "region"
ON CONFLICT ("region") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "total" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."total" IS NULL THEN EXCLUDED."total" WHEN EXCLUDED."total" IS NULL THEN "__ivm_s"."total" ELSE "__ivm_s"."total" + EXCLUDED."total" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "__ivm_a2_scale" = GREATEST("__ivm_s"."__ivm_a2_scale", EXCLUDED."__ivm_a2_scale"),
    "smallest" = LEAST("__ivm_s"."smallest", EXCLUDED."smallest"),
    "last" = GREATEST("__ivm_s"."last", EXCLUDED."last")
$sql$),
('aggregate_grouped', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- groups whose count reached zero are gone from the view
DELETE FROM "immv"."aggregate_grouped" WHERE "__ivm_count__" <= 0
$sql$),
('aggregate_grouped', 3, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."aggregate_grouped" AS "__ivm_s"
SET "__ivm_a2_scale" = CASE WHEN "__ivm_d"."__ivm_a2_scale" >= "__ivm_s"."__ivm_a2_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("o"."amount"))
      FROM "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE ("c"."id" = "o"."customer_id")
        AND (("c"."region") = "__ivm_s"."region" OR (("c"."region") IS NULL AND "__ivm_s"."region" IS NULL)))
      ELSE "__ivm_s"."__ivm_a2_scale" END,
    "smallest" = CASE WHEN "__ivm_d"."smallest" <= "__ivm_s"."smallest"
      THEN (SELECT pg_catalog.min("o"."amount")
      FROM "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE ("c"."id" = "o"."customer_id")
        AND (("c"."region") = "__ivm_s"."region" OR (("c"."region") IS NULL AND "__ivm_s"."region" IS NULL)))
      ELSE "__ivm_s"."smallest" END,
    "last" = CASE WHEN "__ivm_d"."last" >= "__ivm_s"."last"
      THEN (SELECT pg_catalog.max("o"."id")
      FROM "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE ("c"."id" = "o"."customer_id")
        AND (("c"."region") = "__ivm_s"."region" OR (("c"."region") IS NULL AND "__ivm_s"."region" IS NULL)))
      ELSE "__ivm_s"."last" END
FROM (
  SELECT "region",
         pg_catalog.max(pg_catalog.scale("__ivm_x2")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a2_scale",
         pg_catalog.min("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) AS "smallest",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" < 0) AS "last"
  FROM "__ivm_input" AS "__ivm_t"
  GROUP BY "region"
) AS "__ivm_d"
WHERE ("__ivm_s"."region" = "__ivm_d"."region" OR ("__ivm_s"."region" IS NULL AND "__ivm_d"."region" IS NULL))
  AND ("__ivm_d"."__ivm_a2_scale" >= "__ivm_s"."__ivm_a2_scale" OR "__ivm_d"."smallest" <= "__ivm_s"."smallest" OR "__ivm_d"."last" >= "__ivm_s"."last")
$sql$);

SELECT "immv"."install_program"('aggregate_grouped');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."aggregate_grouped$base_columns" AS
SELECT
FROM "public"."orders" AS "b1", "public"."customers" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."customer_id", "b1"."amount", "b2"."id", "b2"."region") IS NULL AND '"immv"."aggregate_grouped$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."aggregate_grouped$base_columns" IS 'Base columns used by the incrementally maintained view "public"."aggregate_grouped". To change them: CALL "immv"."drop"(''aggregate_grouped''), change the table, then create the view again.';
