-- immv-prisma: {"view":"order_line_details","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"fa45376923cf2548","tables":["public.order_lines","public.orders","public.customers"],"hash":"ab8f5cd4dc77907d","triggers":[{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_4_truncate"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_4_truncate"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_4_truncate"},{"table":"\"immv\".\"order_line_details\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.
-- new view order_line_details

-- immv 0.1.0: incrementally maintained view "public"."order_line_details"

-- strategy: keyed; base tables: "public"."order_lines", "public"."orders", "public"."customers"

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
CALL "immv"."drop"('order_line_details', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."order_lines", "public"."orders", "public"."customers" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."order_line_details" AS
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'order_line_details', '"public"."order_line_details"', '"immv"."order_line_details"',
  'SELECT l.order_id, l.line_no, c.name AS customer, o.status, l.product, l.quantity, l.unit_price FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id',
  'SELECT l.order_id, l.line_no, c.name AS customer, o.status, l.product, l.quantity, l.unit_price FROM public.order_lines AS l JOIN public.orders AS o ON o.id = l.order_id JOIN public.customers AS c ON c.id = o.customer_id',
  'ab8f5cd4dc77907d', '0.1.0', 'keyed',
  'INSERT INTO "immv"."order_line_details"
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")',
  ARRAY['"public"."order_lines"', '"public"."orders"', '"public"."customers"']::text[],
  ARRAY['"immv"."order_line_details$before"()', '"immv"."order_line_details$t1_order_lines"()', '"immv"."order_line_details$t2_orders"()', '"immv"."order_line_details$t3_customers"()', '"immv"."order_line_details$stash"()', '"immv"."order_line_details$batch"()']::text[]
);

-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('order_line_details'); END $immv$;

CREATE UNIQUE INDEX "order_line_details$key" ON "immv"."order_line_details" ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id");
CREATE INDEX "order_line_details$k_o" ON "immv"."order_line_details" ("__ivm_k_o_id");
CREATE INDEX "order_line_details$k_c" ON "immv"."order_line_details" ("__ivm_k_c_id");

REVOKE ALL ON "immv"."order_line_details" FROM PUBLIC;

CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."order_line_details"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();

-- what applications query
CREATE VIEW "public"."order_line_details" AS
SELECT "order_id", "line_no", "customer", "status", "product", "quantity", "unit_price"
FROM "immv"."order_line_details";

-- counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch
CREATE FUNCTION "immv"."order_line_details$before"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_settings" text := "immv"."batch_settings"('order_line_details');
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || '_depth', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;

-- maintains order_line_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
SELECT "immv"."create_table_function"(
  view => 'order_line_details',
  function_name => '"immv"."order_line_details$t1_order_lines"',
  base_table => '"public"."order_lines"',
  columns => ARRAY['order_id', 'line_no', 'product', 'quantity', 'unit_price']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => NULL,
  stash_table => 'immv_8e681610_1',
  stash_function => '"immv"."order_line_details$stash"',
  batch_function => '"immv"."order_line_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_line_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_line_details$stash"();
      DELETE FROM pg_temp."immv_8e681610_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed l rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "immv_new" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed l rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price" FROM (
  SELECT "order_id", "line_no", "product", "quantity", "unit_price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "product", "quantity", "unit_price", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "order_id", "line_no" ORDER BY ROW("order_id", "line_no", "product", "quantity", "unit_price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price" FROM (
      SELECT "order_id", "line_no", "product", "quantity", "unit_price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "product", "quantity", "unit_price", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "order_id", "line_no" ORDER BY ROW("order_id", "line_no", "product", "quantity", "unit_price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$,
$sql$
-- current rows built from changed l rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price" FROM (
  SELECT "order_id", "line_no", "product", "quantity", "unit_price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "product", "quantity", "unit_price", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "order_id", "line_no" ORDER BY ROW("order_id", "line_no", "product", "quantity", "unit_price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed l rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "product", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$,
$sql$
-- current rows built from changed l rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("l"."order_id", "l"."line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "order_id", "line_no", "product", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted l rows
DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_l_order_id", "__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "immv_old" AS "__ivm_r")
$sql$
]
);

-- maintains order_line_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
SELECT "immv"."create_table_function"(
  view => 'order_line_details',
  function_name => '"immv"."order_line_details$t2_orders"',
  base_table => '"public"."orders"',
  columns => ARRAY['id', 'customer_id', 'status']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "customer_id", "status", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "customer_id", "status", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "status", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id", "status")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_e37a0d35_2',
  stash_function => '"immv"."order_line_details$stash"',
  batch_function => '"immv"."order_line_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_line_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_line_details$stash"();
      DELETE FROM pg_temp."immv_e37a0d35_2";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed o rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "immv_new" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed o rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status" FROM (
  SELECT "id", "customer_id", "status", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "customer_id", "status", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "status", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id", "status")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         (SELECT "id", "customer_id", "status" FROM (
      SELECT "id", "customer_id", "status", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "customer_id", "status", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "status", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id", "status")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$,
$sql$
-- current rows built from changed o rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     (SELECT "id", "customer_id", "status" FROM (
  SELECT "id", "customer_id", "status", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "customer_id", "status", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "status", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id", "status")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed o rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "status", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$,
$sql$
-- current rows built from changed o rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("o"."id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", "status", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted o rows
DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_o_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);

-- maintains order_line_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
SELECT "immv"."create_table_function"(
  view => 'order_line_details',
  function_name => '"immv"."order_line_details$t3_customers"',
  base_table => '"public"."customers"',
  columns => ARRAY['id', 'name']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_1a9ace72_3',
  stash_function => '"immv"."order_line_details$stash"',
  batch_function => '"immv"."order_line_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_line_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_line_details$stash"();
      DELETE FROM pg_temp."immv_1a9ace72_3";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed c rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "immv_new" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM (SELECT "id", "name" FROM (
  SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         (SELECT "id", "name" FROM (
      SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$,
$sql$
-- current rows built from changed c rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     (SELECT "id", "name" FROM (
  SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$,
$sql$
-- current rows built from changed c rows
INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
SELECT "l"."order_id" AS "order_id",
       "l"."line_no" AS "line_no",
       "c"."name" AS "customer",
       "o"."status" AS "status",
       "l"."product" AS "product",
       "l"."quantity" AS "quantity",
       "l"."unit_price" AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("c"."id") IN (SELECT "id" FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted c rows
DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);

-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."order_line_details$stash"() RETURNS void
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
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_8e681610_1"'), pg_catalog.to_regclass('pg_temp."immv_e37a0d35_2"'), pg_catalog.to_regclass('pg_temp."immv_1a9ace72_3"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'order_line_details'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('order_line_details') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_8e681610_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_8e681610_1" ON COMMIT DELETE ROWS AS
      SELECT "order_id", "line_no", "product", "quantity", "unit_price", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_e37a0d35_2"') IS NULL THEN
    CREATE TEMP TABLE "immv_e37a0d35_2" ON COMMIT DELETE ROWS AS
      SELECT "id", "customer_id", "status", 0 AS "__ivm_m__" FROM "public"."orders" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_1a9ace72_3"') IS NULL THEN
    CREATE TEMP TABLE "immv_1a9ace72_3" ON COMMIT DELETE ROWS AS
      SELECT "id", "name", 0 AS "__ivm_m__" FROM "public"."customers" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('order_line_details', true);
END
$immv$;

-- applies every change collected during a multi-statement batch, once
CREATE FUNCTION "immv"."order_line_details$batch"() RETURNS void
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
  PERFORM "immv"."lock_view"('order_line_details');
  EXECUTE $sql$
  -- rows built from changed l rows that no longer satisfy the view
  DELETE FROM "immv"."order_line_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_8e681610_1") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
        AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
        AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
        AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed l rows
  INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
  SELECT "l"."order_id" AS "order_id",
         "l"."line_no" AS "line_no",
         "c"."name" AS "customer",
         "o"."status" AS "status",
         "l"."product" AS "product",
         "l"."quantity" AS "quantity",
         "l"."unit_price" AS "unit_price",
         "l"."order_id" AS "__ivm_k_l_order_id",
         "l"."line_no" AS "__ivm_k_l_line_no",
         "o"."id" AS "__ivm_k_o_id",
         "c"."id" AS "__ivm_k_c_id"
  FROM "public"."order_lines" AS "l",
       "public"."orders" AS "o",
       "public"."customers" AS "c"
  WHERE ("o"."id" = "l"."order_id")
    AND ("c"."id" = "o"."customer_id")
    AND ("l"."order_id", "l"."line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_8e681610_1") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
  SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
  WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
  $sql$;
  EXECUTE $sql$
  -- rows built from changed o rows that no longer satisfy the view
  DELETE FROM "immv"."order_line_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status", "__ivm_m__" FROM pg_temp."immv_e37a0d35_2") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
        AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
        AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
        AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed o rows
  INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
  SELECT "l"."order_id" AS "order_id",
         "l"."line_no" AS "line_no",
         "c"."name" AS "customer",
         "o"."status" AS "status",
         "l"."product" AS "product",
         "l"."quantity" AS "quantity",
         "l"."unit_price" AS "unit_price",
         "l"."order_id" AS "__ivm_k_l_order_id",
         "l"."line_no" AS "__ivm_k_l_line_no",
         "o"."id" AS "__ivm_k_o_id",
         "c"."id" AS "__ivm_k_c_id"
  FROM "public"."order_lines" AS "l",
       "public"."orders" AS "o",
       "public"."customers" AS "c"
  WHERE ("o"."id" = "l"."order_id")
    AND ("c"."id" = "o"."customer_id")
    AND ("o"."id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status", "__ivm_m__" FROM pg_temp."immv_e37a0d35_2") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
  SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
  WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
  $sql$;
  EXECUTE $sql$
  -- rows built from changed c rows that no longer satisfy the view
  DELETE FROM "immv"."order_line_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_1a9ace72_3") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
        AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
        AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
        AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed c rows
  INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
  SELECT "l"."order_id" AS "order_id",
         "l"."line_no" AS "line_no",
         "c"."name" AS "customer",
         "o"."status" AS "status",
         "l"."product" AS "product",
         "l"."quantity" AS "quantity",
         "l"."unit_price" AS "unit_price",
         "l"."order_id" AS "__ivm_k_l_order_id",
         "l"."line_no" AS "__ivm_k_l_line_no",
         "o"."id" AS "__ivm_k_o_id",
         "c"."id" AS "__ivm_k_c_id"
  FROM "public"."order_lines" AS "l",
       "public"."orders" AS "o",
       "public"."customers" AS "c"
  WHERE ("o"."id" = "l"."order_id")
    AND ("c"."id" = "o"."customer_id")
    AND ("c"."id") IN (SELECT "id" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_1a9ace72_3") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
  SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
  WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
  $sql$;
  DELETE FROM pg_temp."immv_8e681610_1";
  DELETE FROM pg_temp."immv_e37a0d35_2";
  DELETE FROM pg_temp."immv_1a9ace72_3";
  PERFORM "immv"."set_stashing"('order_line_details', false);
END
$immv$;

CREATE TRIGGER "immv_order_line_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$before"();
CREATE TRIGGER "immv_order_line_details_1_insert" AFTER INSERT ON "public"."order_lines"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t1_order_lines"();
CREATE TRIGGER "immv_order_line_details_2_update" AFTER UPDATE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t1_order_lines"();
CREATE TRIGGER "immv_order_line_details_3_delete" AFTER DELETE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t1_order_lines"();
CREATE TRIGGER "immv_order_line_details_4_truncate" AFTER TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t1_order_lines"();
CREATE TRIGGER "immv_order_line_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$before"();
CREATE TRIGGER "immv_order_line_details_1_insert" AFTER INSERT ON "public"."orders"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t2_orders"();
CREATE TRIGGER "immv_order_line_details_2_update" AFTER UPDATE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t2_orders"();
CREATE TRIGGER "immv_order_line_details_3_delete" AFTER DELETE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t2_orders"();
CREATE TRIGGER "immv_order_line_details_4_truncate" AFTER TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t2_orders"();
CREATE TRIGGER "immv_order_line_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$before"();
CREATE TRIGGER "immv_order_line_details_1_insert" AFTER INSERT ON "public"."customers"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t3_customers"();
CREATE TRIGGER "immv_order_line_details_2_update" AFTER UPDATE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t3_customers"();
CREATE TRIGGER "immv_order_line_details_3_delete" AFTER DELETE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t3_customers"();
CREATE TRIGGER "immv_order_line_details_4_truncate" AFTER TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_line_details$t3_customers"();

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."order_line_details$base_columns" AS
SELECT
FROM "public"."order_lines" AS "b1", "public"."orders" AS "b2", "public"."customers" AS "b3"
WHERE false AND ROW("b1"."order_id", "b1"."line_no", "b1"."product", "b1"."quantity", "b1"."unit_price", "b2"."id", "b2"."customer_id", "b2"."status", "b3"."id", "b3"."name") IS NULL AND '"immv"."order_line_details$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."order_line_details$base_columns" IS 'Base columns used by the incrementally maintained view "public"."order_line_details". To change them: CALL "immv"."drop"(''order_line_details''), change the table, then create the view again.';
