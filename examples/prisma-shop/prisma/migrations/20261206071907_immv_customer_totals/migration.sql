-- immv-prisma: {"view":"customer_totals","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"2a46ed31ac87505c","tables":["public.orders","public.order_lines"],"hash":"909e5e09726dce2d","triggers":[{"table":"\"public\".\"orders\"","name":"immv_customer_totals_0_before"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_2_update"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_4_truncate"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_0_before"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_1_insert"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_2_update"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_3_delete"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_4_truncate"},{"table":"\"immv\".\"customer_totals\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.
-- new view customer_totals

-- immv 0.1.0: incrementally maintained view "public"."customer_totals"

-- strategy: aggregate; base tables: "public"."orders", "public"."order_lines"

-- needs immv runtime 2 or newer in schema "immv"
DO $immv$
DECLARE
  "__ivm_version" integer;
BEGIN
  -- (the table is read only once it is known to exist)
  IF pg_catalog.to_regclass('"immv"."runtime"') IS NOT NULL THEN
    "__ivm_version" := (SELECT "version" FROM "immv"."runtime");
  END IF;
  IF "__ivm_version" IS NULL OR "__ivm_version" < 2 THEN
    RAISE EXCEPTION 'immv: this view needs immv runtime 2 or newer in schema %', 'immv'
      USING ERRCODE = 'object_not_in_prerequisite_state',
        HINT = 'apply the migration that installs immv''s runtime first (immv-drizzle generate and @immv/prisma write one), or create the view with the immv CLI, which installs it';
  END IF;
END
$immv$;

-- replace an earlier version of this view
CALL "immv"."drop"('customer_totals', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."orders", "public"."order_lines" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."customer_totals" AS
SELECT "o"."customer_id" AS "customer_id",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("l"."quantity") AS "items",
       pg_catalog.count("l"."quantity") AS "__ivm_a2_n",
       pg_catalog.sum("l"."quantity" * "l"."unit_price") AS "revenue",
       pg_catalog.count("l"."quantity" * "l"."unit_price") AS "__ivm_a3_n",
       pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price")) AS "__ivm_a3_scale",
       pg_catalog.max("o"."placed_at") AS "last_order_at"
FROM "public"."orders" AS "o",
     "public"."order_lines" AS "l"
WHERE ("l"."order_id" = "o"."id")
GROUP BY 1
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'customer_totals', '"public"."customer_totals"', '"immv"."customer_totals"',
  'SELECT o.customer_id, count(*) AS lines, sum(l.quantity) AS items, sum(l.quantity * l.unit_price) AS revenue, max(o.placed_at) AS last_order_at FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.customer_id',
  'SELECT o.customer_id, count(*) AS lines, sum(l.quantity) AS items, sum(l.quantity * l.unit_price) AS revenue, max(o.placed_at) AS last_order_at FROM public.orders AS o JOIN public.order_lines AS l ON l.order_id = o.id GROUP BY o.customer_id',
  '909e5e09726dce2d', '0.1.0', 'aggregate',
  'INSERT INTO "immv"."customer_totals"
SELECT "o"."customer_id" AS "customer_id",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("l"."quantity") AS "items",
       pg_catalog.count("l"."quantity") AS "__ivm_a2_n",
       pg_catalog.sum("l"."quantity" * "l"."unit_price") AS "revenue",
       pg_catalog.count("l"."quantity" * "l"."unit_price") AS "__ivm_a3_n",
       pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price")) AS "__ivm_a3_scale",
       pg_catalog.max("o"."placed_at") AS "last_order_at"
FROM "public"."orders" AS "o",
     "public"."order_lines" AS "l"
WHERE ("l"."order_id" = "o"."id")
GROUP BY 1',
  ARRAY['"public"."orders"', '"public"."order_lines"']::text[],
  ARRAY['"immv"."customer_totals$before"()', '"immv"."customer_totals$t1_orders"()', '"immv"."customer_totals$t2_order_lines"()', '"immv"."customer_totals$stash"()', '"immv"."customer_totals$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('customer_totals'); END $immv$;

CREATE UNIQUE INDEX "customer_totals$key" ON "immv"."customer_totals" ("customer_id") NULLS NOT DISTINCT;
CREATE INDEX "customer_totals$empty" ON "immv"."customer_totals" ("__ivm_count__") WHERE "__ivm_count__" <= 0;

REVOKE ALL ON "immv"."customer_totals" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."customer_totals"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."customer_totals" AS
SELECT "s"."customer_id" AS "customer_id",
       "s"."__ivm_count__" AS "lines",
       CASE WHEN "s"."__ivm_a2_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE "s"."items" END AS "items",
       CASE WHEN "s"."__ivm_a3_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE "pg_catalog"."round"("s"."revenue", "s"."__ivm_a3_scale") END AS "revenue",
       "s"."last_order_at" AS "last_order_at"
FROM "immv"."customer_totals" AS "s";

-- counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch
CREATE FUNCTION "immv"."customer_totals$before"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_settings" text := "immv"."batch_settings"('customer_totals');
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || '_depth', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;

-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
SELECT "immv"."create_table_function"(
  view => 'customer_totals',
  function_name => '"immv"."customer_totals$t1_orders"',
  base_table => '"public"."orders"',
  columns => ARRAY['id', 'customer_id', 'placed_at']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "customer_id", "placed_at", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "customer_id", "placed_at", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "placed_at", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id", "placed_at")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_b8132dc8_1',
  stash_function => '"immv"."customer_totals$stash"',
  batch_function => '"immv"."customer_totals$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_b8132dc8_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
FROM (
  SELECT "customer_id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "o"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", "placed_at", 1 AS "__ivm_m__" FROM "immv_new") AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
ORDER BY "customer_id"
ON CONFLICT ("customer_id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
    "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
$sql$
],
  on_update => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
FROM (
  SELECT "customer_id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "o"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", "placed_at", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "placed_at", 1 AS "__ivm_m__" FROM "immv_new") AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
ORDER BY "customer_id"
ON CONFLICT ("customer_id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
    "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price"))
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."__ivm_a3_scale" END,
    "last_order_at" = CASE WHEN "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at"
      THEN (SELECT pg_catalog.max("o"."placed_at")
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."last_order_at" END
FROM (
  SELECT "customer_id",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" < 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "o"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", "placed_at", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "placed_at", 1 AS "__ivm_m__" FROM "immv_new") AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale" OR "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at")
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
FROM (
  SELECT "customer_id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "o"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", "placed_at", -1 AS "__ivm_m__" FROM "immv_old") AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
ORDER BY "customer_id"
ON CONFLICT ("customer_id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
    "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price"))
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."__ivm_a3_scale" END,
    "last_order_at" = CASE WHEN "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at"
      THEN (SELECT pg_catalog.max("o"."placed_at")
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."last_order_at" END
FROM (
  SELECT "customer_id",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" < 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "o"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", "placed_at", -1 AS "__ivm_m__" FROM "immv_old") AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale" OR "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at")
$sql$
]
);

-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
SELECT "immv"."create_table_function"(
  view => 'customer_totals',
  function_name => '"immv"."customer_totals$t2_order_lines"',
  base_table => '"public"."order_lines"',
  columns => ARRAY['order_id', 'line_no', 'quantity', 'unit_price']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "order_id", "line_no", "quantity", "unit_price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "order_id", "line_no", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "quantity", "unit_price", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "order_id", "line_no" ORDER BY ROW("order_id", "line_no", "quantity", "unit_price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_6bcf1417_2',
  stash_function => '"immv"."customer_totals$stash"',
  batch_function => '"immv"."customer_totals$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_6bcf1417_2";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
FROM (
  SELECT "customer_id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "l"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "o",
           (SELECT "order_id", "line_no", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "immv_new") AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
ORDER BY "customer_id"
ON CONFLICT ("customer_id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
    "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
$sql$
],
  on_update => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
FROM (
  SELECT "customer_id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "l"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "o",
           (SELECT "order_id", "line_no", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "immv_new") AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
ORDER BY "customer_id"
ON CONFLICT ("customer_id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
    "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price"))
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."__ivm_a3_scale" END,
    "last_order_at" = CASE WHEN "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at"
      THEN (SELECT pg_catalog.max("o"."placed_at")
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."last_order_at" END
FROM (
  SELECT "customer_id",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" < 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "l"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "o",
           (SELECT "order_id", "line_no", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "immv_new") AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale" OR "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at")
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
FROM (
  SELECT "customer_id",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "l"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "o",
           (SELECT "order_id", "line_no", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old") AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
ORDER BY "customer_id"
ON CONFLICT ("customer_id") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
    "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price"))
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."__ivm_a3_scale" END,
    "last_order_at" = CASE WHEN "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at"
      THEN (SELECT pg_catalog.max("o"."placed_at")
      FROM "public"."orders" AS "o",
           "public"."order_lines" AS "l"
      WHERE ("l"."order_id" = "o"."id")
        AND ("o"."customer_id") = "__ivm_s"."customer_id")
      ELSE "__ivm_s"."last_order_at" END
FROM (
  SELECT "customer_id",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale",
         pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" < 0) AS "last_order_at"
  FROM (
      SELECT "o"."customer_id" AS "customer_id",
             "l"."quantity" AS "__ivm_x2",
             "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
             "o"."placed_at" AS "__ivm_x4",
             "l"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "o",
           (SELECT "order_id", "line_no", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old") AS "l"
      WHERE ("l"."order_id" = "o"."id")
  ) AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale" OR "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at")
$sql$
]
);

-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."customer_totals$stash"() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, MDY'
SET intervalstyle = postgres
SET timezone = 'UTC'
SET extra_float_digits = 1
SET array_nulls = on
SET transform_null_equals = off
SET standard_conforming_strings = on
SET bytea_output = hex
SET xmloption = content
SET jit = off
AS
$immv$
#variable_conflict use_column
BEGIN
  IF EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_b8132dc8_1"'), pg_catalog.to_regclass('pg_temp."immv_6bcf1417_2"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'customer_totals'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('customer_totals') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_b8132dc8_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_b8132dc8_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "customer_id", "placed_at", 0 AS "__ivm_m__" FROM "public"."orders" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_6bcf1417_2"') IS NULL THEN
    CREATE TEMP TABLE "immv_6bcf1417_2" ON COMMIT DELETE ROWS AS
      SELECT "order_id", "line_no", "quantity", "unit_price", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('customer_totals', true);
END
$immv$;

-- applies every change collected during a multi-statement batch, once
CREATE FUNCTION "immv"."customer_totals$batch"() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, MDY'
SET intervalstyle = postgres
SET timezone = 'UTC'
SET extra_float_digits = 1
SET array_nulls = on
SET transform_null_equals = off
SET standard_conforming_strings = on
SET bytea_output = hex
SET xmloption = content
SET jit = off
AS
$immv$
#variable_conflict use_column
BEGIN
  PERFORM "immv"."lock_view"('customer_totals');
  EXECUTE $sql$
  -- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
  INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at")
  SELECT "customer_id", "__ivm_count__", "items", "__ivm_a2_n", "revenue", "__ivm_a3_n", "__ivm_a3_scale", "last_order_at"
  FROM (
    SELECT "customer_id",
           COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
           CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
           COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
           CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "revenue",
           COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
           pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale",
           pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" > 0) AS "last_order_at"
    FROM (
        SELECT "o"."customer_id" AS "customer_id",
               "l"."quantity" AS "__ivm_x2",
               "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
               "o"."placed_at" AS "__ivm_x4",
               "o"."__ivm_m__" * "l"."__ivm_m__" AS "__ivm_m__"
        FROM (SELECT "id", "customer_id", "placed_at", "__ivm_m__" FROM pg_temp."immv_b8132dc8_1") AS "o",
             (SELECT "order_id", "line_no", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "public"."order_lines"
         UNION ALL SELECT "__ivm_d"."order_id", "__ivm_d"."line_no", "__ivm_d"."quantity", "__ivm_d"."unit_price", -"__ivm_d"."__ivm_m__" FROM (SELECT "order_id", "line_no", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_6bcf1417_2") AS "__ivm_d") AS "l"
        WHERE ("l"."order_id" = "o"."id")
        UNION ALL
        SELECT "o"."customer_id" AS "customer_id",
               "l"."quantity" AS "__ivm_x2",
               "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
               "o"."placed_at" AS "__ivm_x4",
               "l"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "o",
             (SELECT "order_id", "line_no", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_6bcf1417_2") AS "l"
        WHERE ("l"."order_id" = "o"."id")
    ) AS "__ivm_t"
    GROUP BY "customer_id"
  ) AS "__ivm_d"
  ORDER BY "customer_id"
  ON CONFLICT ("customer_id") DO UPDATE
  SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
      "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
      "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
      "revenue" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."revenue" IS NULL THEN EXCLUDED."revenue" WHEN EXCLUDED."revenue" IS NULL THEN "__ivm_s"."revenue" ELSE "__ivm_s"."revenue" + EXCLUDED."revenue" END,
      "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
      "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale"),
      "last_order_at" = GREATEST("__ivm_s"."last_order_at", EXCLUDED."last_order_at")
  $sql$;
  EXECUTE $sql$
  -- groups without input rows are gone from the view
  DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
  $sql$;
  EXECUTE $sql$
  -- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
  UPDATE "immv"."customer_totals" AS "__ivm_s"
  SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
        THEN (SELECT pg_catalog.max(pg_catalog.scale("l"."quantity" * "l"."unit_price"))
        FROM "public"."orders" AS "o",
             "public"."order_lines" AS "l"
        WHERE ("l"."order_id" = "o"."id")
          AND ("o"."customer_id") = "__ivm_s"."customer_id")
        ELSE "__ivm_s"."__ivm_a3_scale" END,
      "last_order_at" = CASE WHEN "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at"
        THEN (SELECT pg_catalog.max("o"."placed_at")
        FROM "public"."orders" AS "o",
             "public"."order_lines" AS "l"
        WHERE ("l"."order_id" = "o"."id")
          AND ("o"."customer_id") = "__ivm_s"."customer_id")
        ELSE "__ivm_s"."last_order_at" END
  FROM (
    SELECT "customer_id",
           pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale",
           pg_catalog.max("__ivm_x4") FILTER (WHERE "__ivm_m__" < 0) AS "last_order_at"
    FROM (
        SELECT "o"."customer_id" AS "customer_id",
               "l"."quantity" AS "__ivm_x2",
               "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
               "o"."placed_at" AS "__ivm_x4",
               "o"."__ivm_m__" * "l"."__ivm_m__" AS "__ivm_m__"
        FROM (SELECT "id", "customer_id", "placed_at", "__ivm_m__" FROM pg_temp."immv_b8132dc8_1") AS "o",
             (SELECT "order_id", "line_no", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "public"."order_lines"
         UNION ALL SELECT "__ivm_d"."order_id", "__ivm_d"."line_no", "__ivm_d"."quantity", "__ivm_d"."unit_price", -"__ivm_d"."__ivm_m__" FROM (SELECT "order_id", "line_no", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_6bcf1417_2") AS "__ivm_d") AS "l"
        WHERE ("l"."order_id" = "o"."id")
        UNION ALL
        SELECT "o"."customer_id" AS "customer_id",
               "l"."quantity" AS "__ivm_x2",
               "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
               "o"."placed_at" AS "__ivm_x4",
               "l"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "o",
             (SELECT "order_id", "line_no", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_6bcf1417_2") AS "l"
        WHERE ("l"."order_id" = "o"."id")
    ) AS "__ivm_t"
    GROUP BY "customer_id"
  ) AS "__ivm_d"
  WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
    AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale" OR "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at")
  $sql$;
  DELETE FROM pg_temp."immv_b8132dc8_1";
  DELETE FROM pg_temp."immv_6bcf1417_2";
  PERFORM "immv"."set_stashing"('customer_totals', false);
END
$immv$;

CREATE TRIGGER "immv_customer_totals_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$before"();
CREATE TRIGGER "immv_customer_totals_1_insert" AFTER INSERT ON "public"."orders"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
CREATE TRIGGER "immv_customer_totals_2_update" AFTER UPDATE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
CREATE TRIGGER "immv_customer_totals_3_delete" AFTER DELETE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
CREATE TRIGGER "immv_customer_totals_4_truncate" AFTER TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
CREATE TRIGGER "immv_customer_totals_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$before"();
CREATE TRIGGER "immv_customer_totals_1_insert" AFTER INSERT ON "public"."order_lines"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_order_lines"();
CREATE TRIGGER "immv_customer_totals_2_update" AFTER UPDATE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_order_lines"();
CREATE TRIGGER "immv_customer_totals_3_delete" AFTER DELETE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_order_lines"();
CREATE TRIGGER "immv_customer_totals_4_truncate" AFTER TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_order_lines"();

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."customer_totals$base_columns" AS
SELECT
FROM "public"."orders" AS "b1", "public"."order_lines" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."customer_id", "b1"."placed_at", "b2"."order_id", "b2"."line_no", "b2"."quantity", "b2"."unit_price") IS NULL AND '"immv"."customer_totals$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."customer_totals$base_columns" IS 'Base columns used by the incrementally maintained view "public"."customer_totals". To change them: CALL "immv"."drop"(''customer_totals''), change the table, then create the view again.';
