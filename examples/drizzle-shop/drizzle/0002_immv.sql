-- Written by immv-drizzle generate: incrementally maintained views.
--   new bulk_lines
--   new city_products
--   new customer_totals
--   new order_details
-- immv 0.1.0: incrementally maintained view "public"."bulk_lines"

-- strategy: keyed; base tables: "public"."order_lines"

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
--> statement-breakpoint
-- replace an earlier version of this view
CALL "immv"."drop"('bulk_lines', true);
--> statement-breakpoint
-- keep writers out until the triggers are in place
LOCK TABLE "public"."order_lines" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."bulk_lines" AS
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."id" AS "__ivm_k_order_lines_id"
FROM "public"."order_lines" AS "order_lines"
WHERE ("order_lines"."quantity" >= 10)
WITH NO DATA;
--> statement-breakpoint
INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'bulk_lines', '"public"."bulk_lines"', '"immv"."bulk_lines"',
  'select "id", "order_id", "quantity" from "order_lines" where "order_lines"."quantity" >= 10',
  'SELECT id, order_id, quantity FROM public.order_lines WHERE order_lines.quantity >= 10',
  '13dd634b016da24d', '0.1.0', 'keyed',
  'INSERT INTO "immv"."bulk_lines"
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."id" AS "__ivm_k_order_lines_id"
FROM "public"."order_lines" AS "order_lines"
WHERE ("order_lines"."quantity" >= 10)',
  ARRAY['"public"."order_lines"']::text[],
  ARRAY['"immv"."bulk_lines$before"()', '"immv"."bulk_lines$t1_order_lines"()', '"immv"."bulk_lines$stash"()', '"immv"."bulk_lines$batch"()']::text[]
);
--> statement-breakpoint
-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('bulk_lines'); END $immv$;
--> statement-breakpoint
CREATE UNIQUE INDEX "bulk_lines$key" ON "immv"."bulk_lines" ("__ivm_k_order_lines_id");
--> statement-breakpoint
REVOKE ALL ON "immv"."bulk_lines" FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."bulk_lines"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();
--> statement-breakpoint
-- what applications query
CREATE VIEW "public"."bulk_lines" AS
SELECT "id", "order_id", "quantity"
FROM "immv"."bulk_lines";
--> statement-breakpoint
-- counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch
CREATE FUNCTION "immv"."bulk_lines$before"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_settings" text := "immv"."batch_settings"('bulk_lines');
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || '_depth', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains bulk_lines after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
SELECT "immv"."create_table_function"(
  view => 'bulk_lines',
  function_name => '"immv"."bulk_lines$t1_order_lines"',
  base_table => '"public"."order_lines"',
  columns => ARRAY['id', 'order_id', 'quantity']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "order_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_92323c6a_1',
  stash_function => '"immv"."bulk_lines$stash"',
  batch_function => '"immv"."bulk_lines$batch"',
  locks_view => false,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."bulk_lines";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."bulk_lines$stash"();
      DELETE FROM pg_temp."immv_92323c6a_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."bulk_lines" AS "__ivm_s" ("id", "order_id", "quantity", "__ivm_k_order_lines_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."id" AS "__ivm_k_order_lines_id"
FROM "immv_new" AS "order_lines"
WHERE ("order_lines"."quantity" >= 10)
ON CONFLICT ("__ivm_k_order_lines_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "quantity" = EXCLUDED."quantity"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed order_lines rows that no longer satisfy the view
DELETE FROM "immv"."bulk_lines" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "quantity" FROM (
  SELECT "id", "order_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM (SELECT "id", "order_id", "quantity" FROM (
      SELECT "id", "order_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "order_lines"
    WHERE ("order_lines"."quantity" >= 10)
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id")
$sql$,
$sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."bulk_lines" AS "__ivm_s" ("id", "order_id", "quantity", "__ivm_k_order_lines_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."id" AS "__ivm_k_order_lines_id"
FROM (SELECT "id", "order_id", "quantity" FROM (
  SELECT "id", "order_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "order_lines"
WHERE ("order_lines"."quantity" >= 10)
ON CONFLICT ("__ivm_k_order_lines_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "quantity" = EXCLUDED."quantity"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed order_lines rows that no longer satisfy the view
DELETE FROM "immv"."bulk_lines" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines"
    WHERE ("order_lines"."quantity" >= 10)
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id")
$sql$,
$sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."bulk_lines" AS "__ivm_s" ("id", "order_id", "quantity", "__ivm_k_order_lines_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."id" AS "__ivm_k_order_lines_id"
FROM "public"."order_lines" AS "order_lines"
WHERE ("order_lines"."quantity" >= 10)
  AND ("order_lines"."id") IN (SELECT "id" FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_order_lines_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "quantity" = EXCLUDED."quantity"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted order_lines rows
DELETE FROM "immv"."bulk_lines" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);
--> statement-breakpoint
-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."bulk_lines$stash"() RETURNS void
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
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_92323c6a_1"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'bulk_lines'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('bulk_lines') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_92323c6a_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_92323c6a_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "order_id", "quantity", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('bulk_lines', true);
END
$immv$;
--> statement-breakpoint
-- applies every change collected during a multi-statement batch, once
CREATE FUNCTION "immv"."bulk_lines$batch"() RETURNS void
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

  EXECUTE $sql$
  -- rows built from changed order_lines rows that no longer satisfy the view
  DELETE FROM "immv"."bulk_lines" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "quantity", "__ivm_m__" FROM pg_temp."immv_92323c6a_1") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "order_lines"
      WHERE ("order_lines"."quantity" >= 10)
        AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed order_lines rows
  INSERT INTO "immv"."bulk_lines" AS "__ivm_s" ("id", "order_id", "quantity", "__ivm_k_order_lines_id")
  SELECT "order_lines"."id" AS "id",
         "order_lines"."order_id" AS "order_id",
         "order_lines"."quantity" AS "quantity",
         "order_lines"."id" AS "__ivm_k_order_lines_id"
  FROM "public"."order_lines" AS "order_lines"
  WHERE ("order_lines"."quantity" >= 10)
    AND ("order_lines"."id") IN (SELECT "id" FROM (SELECT "id", "order_id", "quantity", "__ivm_m__" FROM pg_temp."immv_92323c6a_1") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_order_lines_id") DO UPDATE
  SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "quantity" = EXCLUDED."quantity"
  WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record
  $sql$;
  DELETE FROM pg_temp."immv_92323c6a_1";
  PERFORM "immv"."set_stashing"('bulk_lines', false);
END
$immv$;
--> statement-breakpoint
CREATE TRIGGER "immv_bulk_lines_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."bulk_lines$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_bulk_lines_1_insert" AFTER INSERT ON "public"."order_lines"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."bulk_lines$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_bulk_lines_2_update" AFTER UPDATE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."bulk_lines$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_bulk_lines_3_delete" AFTER DELETE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."bulk_lines$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_bulk_lines_4_truncate" AFTER TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."bulk_lines$t1_order_lines"();
--> statement-breakpoint
-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."bulk_lines$base_columns" AS
SELECT
FROM "public"."order_lines" AS "b1"
WHERE false AND ROW("b1"."id", "b1"."order_id", "b1"."quantity") IS NULL AND '"immv"."bulk_lines$before"()'::pg_catalog.regprocedure IS NULL;
--> statement-breakpoint
COMMENT ON VIEW "immv"."bulk_lines$base_columns" IS 'Base columns used by the incrementally maintained view "public"."bulk_lines". To change them: CALL "immv"."drop"(''bulk_lines''), change the table, then create the view again.';
--> statement-breakpoint
-- immv 0.1.0: incrementally maintained view "public"."city_products"

-- strategy: counted; base tables: "public"."order_lines", "public"."orders", "public"."customers", "public"."products"

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
--> statement-breakpoint
-- replace an earlier version of this view
CALL "immv"."drop"('city_products', true);
--> statement-breakpoint
-- keep writers out until the triggers are in place
LOCK TABLE "public"."order_lines", "public"."orders", "public"."customers", "public"."products" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."city_products" AS
SELECT "c"."city" AS "city",
       "p"."name" AS "product",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c",
     "public"."products" AS "p"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("p"."id" = "l"."product_id")
GROUP BY 1, 2
WITH NO DATA;
--> statement-breakpoint
INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'city_products', '"public"."city_products"', '"immv"."city_products"',
  '
  SELECT DISTINCT c.city, p.name AS product
  FROM order_lines l
  JOIN orders o ON o.id = l.order_id
  JOIN customers c ON c.id = o.customer_id
  JOIN products p ON p.id = l.product_id
',
  'SELECT DISTINCT c.city, p.name AS product FROM public.order_lines AS l JOIN public.orders AS o ON o.id = l.order_id JOIN public.customers AS c ON c.id = o.customer_id JOIN public.products AS p ON p.id = l.product_id',
  '98755ab12d1efbaa', '0.1.0', 'counted',
  'INSERT INTO "immv"."city_products"
SELECT "c"."city" AS "city",
       "p"."name" AS "product",
       pg_catalog.count(*) AS "__ivm_count__"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c",
     "public"."products" AS "p"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("p"."id" = "l"."product_id")
GROUP BY 1, 2',
  ARRAY['"public"."order_lines"', '"public"."orders"', '"public"."customers"', '"public"."products"']::text[],
  ARRAY['"immv"."city_products$before"()', '"immv"."city_products$t1_order_lines"()', '"immv"."city_products$t2_orders"()', '"immv"."city_products$t3_customers"()', '"immv"."city_products$t4_products"()', '"immv"."city_products$stash"()', '"immv"."city_products$batch"()']::text[]
);
--> statement-breakpoint
-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('city_products'); END $immv$;
--> statement-breakpoint
CREATE UNIQUE INDEX "city_products$key" ON "immv"."city_products" ("city", "product") NULLS NOT DISTINCT;
--> statement-breakpoint
CREATE INDEX "city_products$empty" ON "immv"."city_products" ("__ivm_count__") WHERE "__ivm_count__" <= 0;
--> statement-breakpoint
REVOKE ALL ON "immv"."city_products" FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."city_products"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();
--> statement-breakpoint
-- what applications query
CREATE VIEW "public"."city_products" AS
SELECT "city", "product"
FROM "immv"."city_products";
--> statement-breakpoint
-- counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch
CREATE FUNCTION "immv"."city_products$before"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_settings" text := "immv"."batch_settings"('city_products');
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || '_depth', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
SELECT "immv"."create_table_function"(
  view => 'city_products',
  function_name => '"immv"."city_products$t1_order_lines"',
  base_table => '"public"."order_lines"',
  columns => ARRAY['id', 'order_id', 'product_id']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "order_id", "product_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "order_id", "product_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "product_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_f295ffcc_1',
  stash_function => '"immv"."city_products$stash"',
  batch_function => '"immv"."city_products$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_f295ffcc_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "l"."__ivm_m__" AS "__ivm_m__"
    FROM (SELECT "id", "order_id", "product_id", 1 AS "__ivm_m__" FROM "immv_new") AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$
],
  on_update => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "l"."__ivm_m__" AS "__ivm_m__"
    FROM (SELECT "id", "order_id", "product_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", 1 AS "__ivm_m__" FROM "immv_new") AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "l"."__ivm_m__" AS "__ivm_m__"
    FROM (SELECT "id", "order_id", "product_id", -1 AS "__ivm_m__" FROM "immv_old") AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
]
);
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
SELECT "immv"."create_table_function"(
  view => 'city_products',
  function_name => '"immv"."city_products$t2_orders"',
  base_table => '"public"."orders"',
  columns => ARRAY['id', 'customer_id']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_9d1b9524_2',
  stash_function => '"immv"."city_products$stash"',
  batch_function => '"immv"."city_products$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_9d1b9524_2";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "o"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "o",
         "public"."customers" AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$
],
  on_update => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "o"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "o",
         "public"."customers" AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "o"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old") AS "o",
         "public"."customers" AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
]
);
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
SELECT "immv"."create_table_function"(
  view => 'city_products',
  function_name => '"immv"."city_products$t3_customers"',
  base_table => '"public"."customers"',
  columns => ARRAY['id', 'city']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "city", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "city", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "city", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "city")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_d56a5059_3',
  stash_function => '"immv"."city_products$stash"',
  batch_function => '"immv"."city_products$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_d56a5059_3";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "c"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         (SELECT "id", "city", 1 AS "__ivm_m__" FROM "immv_new") AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$
],
  on_update => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "c"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         (SELECT "id", "city", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "city", 1 AS "__ivm_m__" FROM "immv_new") AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "c"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         (SELECT "id", "city", -1 AS "__ivm_m__" FROM "immv_old") AS "c",
         "public"."products" AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
]
);
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."products"
SELECT "immv"."create_table_function"(
  view => 'city_products',
  function_name => '"immv"."city_products$t4_products"',
  base_table => '"public"."products"',
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
  stash_table => 'immv_835169ab_4',
  stash_function => '"immv"."city_products$stash"',
  batch_function => '"immv"."city_products$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_835169ab_4";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "p"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c",
         (SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$
],
  on_update => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "p"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c",
         (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", "__ivm_m__"
FROM (
  SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."city" AS "city",
           "p"."name" AS "product",
           "p"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c",
         (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old") AS "p"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND ("p"."id" = "l"."product_id")
  ) AS "__ivm_t"
  GROUP BY 1, 2
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$
]
);
--> statement-breakpoint
-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."city_products$stash"() RETURNS void
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
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_f295ffcc_1"'), pg_catalog.to_regclass('pg_temp."immv_9d1b9524_2"'), pg_catalog.to_regclass('pg_temp."immv_d56a5059_3"'), pg_catalog.to_regclass('pg_temp."immv_835169ab_4"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'city_products'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('city_products') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_f295ffcc_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_f295ffcc_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "order_id", "product_id", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_9d1b9524_2"') IS NULL THEN
    CREATE TEMP TABLE "immv_9d1b9524_2" ON COMMIT DELETE ROWS AS
      SELECT "id", "customer_id", 0 AS "__ivm_m__" FROM "public"."orders" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_d56a5059_3"') IS NULL THEN
    CREATE TEMP TABLE "immv_d56a5059_3" ON COMMIT DELETE ROWS AS
      SELECT "id", "city", 0 AS "__ivm_m__" FROM "public"."customers" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_835169ab_4"') IS NULL THEN
    CREATE TEMP TABLE "immv_835169ab_4" ON COMMIT DELETE ROWS AS
      SELECT "id", "name", 0 AS "__ivm_m__" FROM "public"."products" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('city_products', true);
END
$immv$;
--> statement-breakpoint
-- applies every change collected during a multi-statement batch, once
CREATE FUNCTION "immv"."city_products$batch"() RETURNS void
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
  PERFORM "immv"."lock_view"('city_products');
  EXECUTE $sql$
  -- add the signed change of every distinct row to its count
  INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
  SELECT "city", "product", "__ivm_m__"
  FROM (
    SELECT "city", "product", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
    FROM (
      SELECT "c"."city" AS "city",
             "p"."name" AS "product",
             "l"."__ivm_m__" * "o"."__ivm_m__" * "c"."__ivm_m__" * "p"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "order_id", "product_id", "__ivm_m__" FROM pg_temp."immv_f295ffcc_1") AS "l",
           (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "public"."orders"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_9d1b9524_2") AS "__ivm_d") AS "o",
           (SELECT "id", "city", 1 AS "__ivm_m__" FROM "public"."customers"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."city", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "city", "__ivm_m__" FROM pg_temp."immv_d56a5059_3") AS "__ivm_d") AS "c",
           (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."products"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_835169ab_4") AS "__ivm_d") AS "p"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND ("p"."id" = "l"."product_id")
      UNION ALL
      SELECT "c"."city" AS "city",
             "p"."name" AS "product",
             "o"."__ivm_m__" * "c"."__ivm_m__" * "p"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."order_lines" AS "l",
           (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_9d1b9524_2") AS "o",
           (SELECT "id", "city", 1 AS "__ivm_m__" FROM "public"."customers"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."city", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "city", "__ivm_m__" FROM pg_temp."immv_d56a5059_3") AS "__ivm_d") AS "c",
           (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."products"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_835169ab_4") AS "__ivm_d") AS "p"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND ("p"."id" = "l"."product_id")
      UNION ALL
      SELECT "c"."city" AS "city",
             "p"."name" AS "product",
             "c"."__ivm_m__" * "p"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           (SELECT "id", "city", "__ivm_m__" FROM pg_temp."immv_d56a5059_3") AS "c",
           (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."products"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_835169ab_4") AS "__ivm_d") AS "p"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND ("p"."id" = "l"."product_id")
      UNION ALL
      SELECT "c"."city" AS "city",
             "p"."name" AS "product",
             "p"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c",
           (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_835169ab_4") AS "p"
      WHERE ("o"."id" = "l"."order_id")
        AND ("c"."id" = "o"."customer_id")
        AND ("p"."id" = "l"."product_id")
    ) AS "__ivm_t"
    GROUP BY 1, 2
  ) AS "__ivm_d"
  WHERE "__ivm_m__" <> 0
  ORDER BY 1, 2
  ON CONFLICT ("city", "product") DO UPDATE
  SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
  $sql$;
  EXECUTE $sql$
  -- rows whose count reached zero are gone from the view
  DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
  $sql$;
  DELETE FROM pg_temp."immv_f295ffcc_1";
  DELETE FROM pg_temp."immv_9d1b9524_2";
  DELETE FROM pg_temp."immv_d56a5059_3";
  DELETE FROM pg_temp."immv_835169ab_4";
  PERFORM "immv"."set_stashing"('city_products', false);
END
$immv$;
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_1_insert" AFTER INSERT ON "public"."order_lines"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_2_update" AFTER UPDATE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_3_delete" AFTER DELETE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_4_truncate" AFTER TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_1_insert" AFTER INSERT ON "public"."orders"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_2_update" AFTER UPDATE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_3_delete" AFTER DELETE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_4_truncate" AFTER TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_1_insert" AFTER INSERT ON "public"."customers"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_2_update" AFTER UPDATE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_3_delete" AFTER DELETE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_4_truncate" AFTER TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."products"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_1_insert" AFTER INSERT ON "public"."products"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_2_update" AFTER UPDATE ON "public"."products"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_3_delete" AFTER DELETE ON "public"."products"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_city_products_4_truncate" AFTER TRUNCATE ON "public"."products"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."city_products$t4_products"();
--> statement-breakpoint
-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."city_products$base_columns" AS
SELECT
FROM "public"."order_lines" AS "b1", "public"."orders" AS "b2", "public"."customers" AS "b3", "public"."products" AS "b4"
WHERE false AND ROW("b1"."id", "b1"."order_id", "b1"."product_id", "b2"."id", "b2"."customer_id", "b3"."id", "b3"."city", "b4"."id", "b4"."name") IS NULL AND '"immv"."city_products$before"()'::pg_catalog.regprocedure IS NULL;
--> statement-breakpoint
COMMENT ON VIEW "immv"."city_products$base_columns" IS 'Base columns used by the incrementally maintained view "public"."city_products". To change them: CALL "immv"."drop"(''city_products''), change the table, then create the view again.';
--> statement-breakpoint
-- immv 0.1.0: incrementally maintained view "public"."customer_totals"

-- strategy: aggregate; base tables: "public"."orders", "public"."customers", "public"."order_lines", "public"."products"

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
--> statement-breakpoint
-- replace an earlier version of this view
CALL "immv"."drop"('customer_totals', true);
--> statement-breakpoint
-- keep writers out until the triggers are in place
LOCK TABLE "public"."orders", "public"."customers", "public"."order_lines", "public"."products" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."customer_totals" AS
SELECT "orders"."customer_id" AS "customer_id",
       "customers"."name" AS "name",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("order_lines"."quantity") AS "items",
       pg_catalog.count("order_lines"."quantity") AS "__ivm_a2_n",
       pg_catalog.sum("order_lines"."quantity" * "products"."price") AS "spent",
       pg_catalog.count("order_lines"."quantity" * "products"."price") AS "__ivm_a3_n",
       pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price")) AS "__ivm_a3_scale"
FROM "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."order_lines" AS "order_lines",
     "public"."products" AS "products"
WHERE ("customers"."id" = "orders"."customer_id")
  AND ("order_lines"."order_id" = "orders"."id")
  AND ("products"."id" = "order_lines"."product_id")
GROUP BY 1, 2
WITH NO DATA;
--> statement-breakpoint
INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'customer_totals', '"public"."customer_totals"', '"immv"."customer_totals"',
  'select "orders"."customer_id", "customers"."name", count(*)::int as "lines", sum("order_lines"."quantity") as "items", sum("order_lines"."quantity" * "products"."price") as "spent" from "orders" inner join "customers" on "customers"."id" = "orders"."customer_id" inner join "order_lines" on "order_lines"."order_id" = "orders"."id" inner join "products" on "products"."id" = "order_lines"."product_id" group by "orders"."customer_id", "customers"."name"',
  'SELECT orders.customer_id, customers.name, (count(*))::int AS lines, sum(order_lines.quantity) AS items, sum(order_lines.quantity * products.price) AS spent FROM public.orders JOIN public.customers ON customers.id = orders.customer_id JOIN public.order_lines ON order_lines.order_id = orders.id JOIN public.products ON products.id = order_lines.product_id GROUP BY orders.customer_id, customers.name',
  '3fdf62cd5e630991', '0.1.0', 'aggregate',
  'INSERT INTO "immv"."customer_totals"
SELECT "orders"."customer_id" AS "customer_id",
       "customers"."name" AS "name",
       pg_catalog.count(*) AS "__ivm_count__",
       pg_catalog.sum("order_lines"."quantity") AS "items",
       pg_catalog.count("order_lines"."quantity") AS "__ivm_a2_n",
       pg_catalog.sum("order_lines"."quantity" * "products"."price") AS "spent",
       pg_catalog.count("order_lines"."quantity" * "products"."price") AS "__ivm_a3_n",
       pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price")) AS "__ivm_a3_scale"
FROM "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."order_lines" AS "order_lines",
     "public"."products" AS "products"
WHERE ("customers"."id" = "orders"."customer_id")
  AND ("order_lines"."order_id" = "orders"."id")
  AND ("products"."id" = "order_lines"."product_id")
GROUP BY 1, 2',
  ARRAY['"public"."orders"', '"public"."customers"', '"public"."order_lines"', '"public"."products"']::text[],
  ARRAY['"immv"."customer_totals$before"()', '"immv"."customer_totals$t1_orders"()', '"immv"."customer_totals$t2_customers"()', '"immv"."customer_totals$t3_order_lines"()', '"immv"."customer_totals$t4_products"()', '"immv"."customer_totals$stash"()', '"immv"."customer_totals$batch"()']::text[]
);
--> statement-breakpoint
-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('customer_totals'); END $immv$;
--> statement-breakpoint
CREATE UNIQUE INDEX "customer_totals$key" ON "immv"."customer_totals" ("customer_id", "name") NULLS NOT DISTINCT;
--> statement-breakpoint
CREATE INDEX "customer_totals$empty" ON "immv"."customer_totals" ("__ivm_count__") WHERE "__ivm_count__" <= 0;
--> statement-breakpoint
REVOKE ALL ON "immv"."customer_totals" FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."customer_totals"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();
--> statement-breakpoint
-- what applications query
CREATE VIEW "public"."customer_totals" AS
SELECT "s"."customer_id" AS "customer_id",
       "s"."name" AS "name",
       "s"."__ivm_count__"::int AS "lines",
       CASE WHEN "s"."__ivm_a2_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE "s"."items" END AS "items",
       CASE WHEN "s"."__ivm_a3_n" OPERATOR("pg_catalog".=) 0 THEN NULL ELSE "pg_catalog"."round"("s"."spent", "s"."__ivm_a3_scale") END AS "spent"
FROM "immv"."customer_totals" AS "s";
--> statement-breakpoint
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
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
SELECT "immv"."create_table_function"(
  view => 'customer_totals',
  function_name => '"immv"."customer_totals$t1_orders"',
  base_table => '"public"."orders"',
  columns => ARRAY['id', 'customer_id']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_656474a2_1',
  stash_function => '"immv"."customer_totals$stash"',
  batch_function => '"immv"."customer_totals$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_656474a2_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "orders"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$
],
  on_update => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "orders"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "orders"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "orders"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old") AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "orders"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old") AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
]
);
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
SELECT "immv"."create_table_function"(
  view => 'customer_totals',
  function_name => '"immv"."customer_totals$t2_customers"',
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
  stash_table => 'immv_8479e729_2',
  stash_function => '"immv"."customer_totals$stash"',
  batch_function => '"immv"."customer_totals$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_8479e729_2";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "customers"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           (SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$
],
  on_update => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "customers"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "customers"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "customers"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old") AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "customers"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old") AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
]
);
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
SELECT "immv"."create_table_function"(
  view => 'customer_totals',
  function_name => '"immv"."customer_totals$t3_order_lines"',
  base_table => '"public"."order_lines"',
  columns => ARRAY['id', 'order_id', 'product_id', 'quantity']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => NULL,
  stash_table => 'immv_41a425dd_3',
  stash_function => '"immv"."customer_totals$stash"',
  batch_function => '"immv"."customer_totals$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_41a425dd_3";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "order_lines"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$
],
  on_update => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "order_lines"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "order_lines"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "order_lines"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old") AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "order_lines"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old") AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
]
);
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."products"
SELECT "immv"."create_table_function"(
  view => 'customer_totals',
  function_name => '"immv"."customer_totals$t4_products"',
  base_table => '"public"."products"',
  columns => ARRAY['id', 'price']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "price", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_dd03fbec_4',
  stash_function => '"immv"."customer_totals$stash"',
  batch_function => '"immv"."customer_totals$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_dd03fbec_4";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "products"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           (SELECT "id", "price", 1 AS "__ivm_m__" FROM "immv_new") AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$
],
  on_update => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "products"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           (SELECT "id", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "price", 1 AS "__ivm_m__" FROM "immv_new") AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "products"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           (SELECT "id", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "price", 1 AS "__ivm_m__" FROM "immv_new") AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock
INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
FROM (
  SELECT "customer_id",
         "name",
         COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
         CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
         CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
         COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "products"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           (SELECT "id", "price", -1 AS "__ivm_m__" FROM "immv_old") AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
ORDER BY "customer_id", "name"
ON CONFLICT ("customer_id", "name") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
    "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
    "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
    "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
    "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
    "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
$sql$,
$sql$
-- groups without input rows are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$,
$sql$
-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
UPDATE "immv"."customer_totals" AS "__ivm_s"
SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
      THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           "public"."products" AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
        AND ("orders"."customer_id") = "__ivm_s"."customer_id"
        AND ("customers"."name") = "__ivm_s"."name")
      ELSE "__ivm_s"."__ivm_a3_scale" END
FROM (
  SELECT "customer_id",
         "name",
         pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
  FROM (
      SELECT "orders"."customer_id" AS "customer_id",
             "customers"."name" AS "name",
             "order_lines"."quantity" AS "__ivm_x2",
             "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
             "products"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."order_lines" AS "order_lines",
           (SELECT "id", "price", -1 AS "__ivm_m__" FROM "immv_old") AS "products"
      WHERE ("customers"."id" = "orders"."customer_id")
        AND ("order_lines"."order_id" = "orders"."id")
        AND ("products"."id" = "order_lines"."product_id")
  ) AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$
]
);
--> statement-breakpoint
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
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_656474a2_1"'), pg_catalog.to_regclass('pg_temp."immv_8479e729_2"'), pg_catalog.to_regclass('pg_temp."immv_41a425dd_3"'), pg_catalog.to_regclass('pg_temp."immv_dd03fbec_4"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'customer_totals'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('customer_totals') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_656474a2_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_656474a2_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "customer_id", 0 AS "__ivm_m__" FROM "public"."orders" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_8479e729_2"') IS NULL THEN
    CREATE TEMP TABLE "immv_8479e729_2" ON COMMIT DELETE ROWS AS
      SELECT "id", "name", 0 AS "__ivm_m__" FROM "public"."customers" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_41a425dd_3"') IS NULL THEN
    CREATE TEMP TABLE "immv_41a425dd_3" ON COMMIT DELETE ROWS AS
      SELECT "id", "order_id", "product_id", "quantity", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_dd03fbec_4"') IS NULL THEN
    CREATE TEMP TABLE "immv_dd03fbec_4" ON COMMIT DELETE ROWS AS
      SELECT "id", "price", 0 AS "__ivm_m__" FROM "public"."products" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('customer_totals', true);
END
$immv$;
--> statement-breakpoint
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
  INSERT INTO "immv"."customer_totals" AS "__ivm_s" ("customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale")
  SELECT "customer_id", "name", "__ivm_count__", "items", "__ivm_a2_n", "spent", "__ivm_a3_n", "__ivm_a3_scale"
  FROM (
    SELECT "customer_id",
           "name",
           COALESCE(pg_catalog.sum("__ivm_m__"), 0) AS "__ivm_count__",
           CASE WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x2") FILTER (WHERE "__ivm_m__" < 0) END AS "items",
           COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x2" IS NOT NULL), 0) AS "__ivm_a2_n",
           CASE WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) IS NULL THEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) WHEN pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) IS NULL THEN (pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0)) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) ELSE pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" > 0) - pg_catalog.sum("__ivm_x3") FILTER (WHERE "__ivm_m__" < 0) END AS "spent",
           COALESCE(pg_catalog.sum("__ivm_m__") FILTER (WHERE "__ivm_x3" IS NOT NULL), 0) AS "__ivm_a3_n",
           pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" > 0) AS "__ivm_a3_scale"
    FROM (
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "orders"."__ivm_m__" * "customers"."__ivm_m__" * "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
        FROM (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_656474a2_1") AS "orders",
             (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."customers"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_8479e729_2") AS "__ivm_d") AS "customers",
             (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "public"."order_lines"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."order_id", "__ivm_d"."product_id", "__ivm_d"."quantity", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_41a425dd_3") AS "__ivm_d") AS "order_lines",
             (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "__ivm_d") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
        UNION ALL
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "customers"."__ivm_m__" * "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "orders",
             (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_8479e729_2") AS "customers",
             (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "public"."order_lines"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."order_id", "__ivm_d"."product_id", "__ivm_d"."quantity", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_41a425dd_3") AS "__ivm_d") AS "order_lines",
             (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "__ivm_d") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
        UNION ALL
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "orders",
             "public"."customers" AS "customers",
             (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_41a425dd_3") AS "order_lines",
             (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "__ivm_d") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
        UNION ALL
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "products"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "orders",
             "public"."customers" AS "customers",
             "public"."order_lines" AS "order_lines",
             (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
    ) AS "__ivm_t"
    GROUP BY "customer_id", "name"
  ) AS "__ivm_d"
  ORDER BY "customer_id", "name"
  ON CONFLICT ("customer_id", "name") DO UPDATE
  SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__",
      "items" = CASE WHEN "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a2_n" = 0 OR "__ivm_s"."items" IS NULL THEN EXCLUDED."items" WHEN EXCLUDED."items" IS NULL THEN "__ivm_s"."items" ELSE "__ivm_s"."items" + EXCLUDED."items" END,
      "__ivm_a2_n" = "__ivm_s"."__ivm_a2_n" + EXCLUDED."__ivm_a2_n",
      "spent" = CASE WHEN "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n" = 0 THEN NULL WHEN "__ivm_s"."__ivm_a3_n" = 0 OR "__ivm_s"."spent" IS NULL THEN EXCLUDED."spent" WHEN EXCLUDED."spent" IS NULL THEN "__ivm_s"."spent" ELSE "__ivm_s"."spent" + EXCLUDED."spent" END,
      "__ivm_a3_n" = "__ivm_s"."__ivm_a3_n" + EXCLUDED."__ivm_a3_n",
      "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale")
  $sql$;
  EXECUTE $sql$
  -- groups without input rows are gone from the view
  DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
  $sql$;
  EXECUTE $sql$
  -- a removed value may have been its group's min or max (or largest numeric scale): recompute just those
  UPDATE "immv"."customer_totals" AS "__ivm_s"
  SET "__ivm_a3_scale" = CASE WHEN "__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale"
        THEN (SELECT pg_catalog.max(pg_catalog.scale("order_lines"."quantity" * "products"."price"))
        FROM "public"."orders" AS "orders",
             "public"."customers" AS "customers",
             "public"."order_lines" AS "order_lines",
             "public"."products" AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
          AND ("orders"."customer_id") = "__ivm_s"."customer_id"
          AND ("customers"."name") = "__ivm_s"."name")
        ELSE "__ivm_s"."__ivm_a3_scale" END
  FROM (
    SELECT "customer_id",
           "name",
           pg_catalog.max(pg_catalog.scale("__ivm_x3")) FILTER (WHERE "__ivm_m__" < 0) AS "__ivm_a3_scale"
    FROM (
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "orders"."__ivm_m__" * "customers"."__ivm_m__" * "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
        FROM (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_656474a2_1") AS "orders",
             (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."customers"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_8479e729_2") AS "__ivm_d") AS "customers",
             (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "public"."order_lines"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."order_id", "__ivm_d"."product_id", "__ivm_d"."quantity", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_41a425dd_3") AS "__ivm_d") AS "order_lines",
             (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "__ivm_d") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
        UNION ALL
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "customers"."__ivm_m__" * "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "orders",
             (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_8479e729_2") AS "customers",
             (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "public"."order_lines"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."order_id", "__ivm_d"."product_id", "__ivm_d"."quantity", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_41a425dd_3") AS "__ivm_d") AS "order_lines",
             (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "__ivm_d") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
        UNION ALL
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "orders",
             "public"."customers" AS "customers",
             (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_41a425dd_3") AS "order_lines",
             (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
         UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "__ivm_d") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
        UNION ALL
        SELECT "orders"."customer_id" AS "customer_id",
               "customers"."name" AS "name",
               "order_lines"."quantity" AS "__ivm_x2",
               "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
               "products"."__ivm_m__" AS "__ivm_m__"
        FROM "public"."orders" AS "orders",
             "public"."customers" AS "customers",
             "public"."order_lines" AS "order_lines",
             (SELECT "id", "price", "__ivm_m__" FROM pg_temp."immv_dd03fbec_4") AS "products"
        WHERE ("customers"."id" = "orders"."customer_id")
          AND ("order_lines"."order_id" = "orders"."id")
          AND ("products"."id" = "order_lines"."product_id")
    ) AS "__ivm_t"
    GROUP BY "customer_id", "name"
  ) AS "__ivm_d"
  WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
    AND "__ivm_s"."name" = "__ivm_d"."name"
    AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
  $sql$;
  DELETE FROM pg_temp."immv_656474a2_1";
  DELETE FROM pg_temp."immv_8479e729_2";
  DELETE FROM pg_temp."immv_41a425dd_3";
  DELETE FROM pg_temp."immv_dd03fbec_4";
  PERFORM "immv"."set_stashing"('customer_totals', false);
END
$immv$;
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_1_insert" AFTER INSERT ON "public"."orders"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_2_update" AFTER UPDATE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_3_delete" AFTER DELETE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_4_truncate" AFTER TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t1_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_1_insert" AFTER INSERT ON "public"."customers"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_2_update" AFTER UPDATE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_3_delete" AFTER DELETE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_4_truncate" AFTER TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t2_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_1_insert" AFTER INSERT ON "public"."order_lines"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t3_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_2_update" AFTER UPDATE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t3_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_3_delete" AFTER DELETE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t3_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_4_truncate" AFTER TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t3_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."products"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_1_insert" AFTER INSERT ON "public"."products"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_2_update" AFTER UPDATE ON "public"."products"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_3_delete" AFTER DELETE ON "public"."products"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_customer_totals_4_truncate" AFTER TRUNCATE ON "public"."products"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."customer_totals$t4_products"();
--> statement-breakpoint
-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."customer_totals$base_columns" AS
SELECT
FROM "public"."orders" AS "b1", "public"."customers" AS "b2", "public"."order_lines" AS "b3", "public"."products" AS "b4"
WHERE false AND ROW("b1"."id", "b1"."customer_id", "b2"."id", "b2"."name", "b3"."id", "b3"."order_id", "b3"."product_id", "b3"."quantity", "b4"."id", "b4"."price") IS NULL AND '"immv"."customer_totals$before"()'::pg_catalog.regprocedure IS NULL;
--> statement-breakpoint
COMMENT ON VIEW "immv"."customer_totals$base_columns" IS 'Base columns used by the incrementally maintained view "public"."customer_totals". To change them: CALL "immv"."drop"(''customer_totals''), change the table, then create the view again.';
--> statement-breakpoint
-- immv 0.1.0: incrementally maintained view "public"."order_details"

-- strategy: keyed; base tables: "public"."order_lines", "public"."orders", "public"."customers", "public"."products"

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
--> statement-breakpoint
-- replace an earlier version of this view
CALL "immv"."drop"('order_details', true);
--> statement-breakpoint
-- keep writers out until the triggers are in place
LOCK TABLE "public"."order_lines", "public"."orders", "public"."customers", "public"."products" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."order_details" AS
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
WITH NO DATA;
--> statement-breakpoint
INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'order_details', '"public"."order_details"', '"immv"."order_details"',
  'select "order_lines"."id", "order_lines"."order_id", "customers"."name" as "customer", "products"."name" as "product", "order_lines"."quantity", "order_lines"."quantity" * "products"."price" as "line_total" from "order_lines" inner join "orders" on "orders"."id" = "order_lines"."order_id" inner join "customers" on "customers"."id" = "orders"."customer_id" inner join "products" on "products"."id" = "order_lines"."product_id"',
  'SELECT order_lines.id, order_lines.order_id, customers.name AS customer, products.name AS product, order_lines.quantity, order_lines.quantity * products.price AS line_total FROM public.order_lines JOIN public.orders ON orders.id = order_lines.order_id JOIN public.customers ON customers.id = orders.customer_id JOIN public.products ON products.id = order_lines.product_id',
  '98524d0deb11a2cf', '0.1.0', 'keyed',
  'INSERT INTO "immv"."order_details"
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")',
  ARRAY['"public"."order_lines"', '"public"."orders"', '"public"."customers"', '"public"."products"']::text[],
  ARRAY['"immv"."order_details$before"()', '"immv"."order_details$t1_order_lines"()', '"immv"."order_details$t2_orders"()', '"immv"."order_details$t3_customers"()', '"immv"."order_details$t4_products"()', '"immv"."order_details$stash"()', '"immv"."order_details$batch"()']::text[]
);
--> statement-breakpoint
-- initial population
DO $immv$ BEGIN PERFORM "immv"."refresh"('order_details'); END $immv$;
--> statement-breakpoint
CREATE UNIQUE INDEX "order_details$key" ON "immv"."order_details" ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id");
--> statement-breakpoint
CREATE INDEX "order_details$k_orders" ON "immv"."order_details" ("__ivm_k_orders_id");
--> statement-breakpoint
CREATE INDEX "order_details$k_customers" ON "immv"."order_details" ("__ivm_k_customers_id");
--> statement-breakpoint
CREATE INDEX "order_details$k_products" ON "immv"."order_details" ("__ivm_k_products_id");
--> statement-breakpoint
CREATE INDEX "order_details$i_customer" ON "immv"."order_details" ("customer");
--> statement-breakpoint
REVOKE ALL ON "immv"."order_details" FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER "immv_refuse_direct_writes" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "immv"."order_details"
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION "immv"."refuse_write"();
--> statement-breakpoint
-- what applications query
CREATE VIEW "public"."order_details" AS
SELECT "id", "order_id", "customer", "product", "quantity", "line_total"
FROM "immv"."order_details";
--> statement-breakpoint
-- counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch
CREATE FUNCTION "immv"."order_details$before"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_settings" text := "immv"."batch_settings"('order_details');
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || '_depth', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
SELECT "immv"."create_table_function"(
  view => 'order_details',
  function_name => '"immv"."order_details$t1_order_lines"',
  base_table => '"public"."order_lines"',
  columns => ARRAY['id', 'order_id', 'product_id', 'quantity']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => NULL,
  stash_table => 'immv_15b4854b_1',
  stash_function => '"immv"."order_details$stash"',
  batch_function => '"immv"."order_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_15b4854b_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "immv_new" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed order_lines rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "product_id", "quantity" FROM (
  SELECT "id", "order_id", "product_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "product_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM (SELECT "id", "order_id", "product_id", "quantity" FROM (
      SELECT "id", "order_id", "product_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "product_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM (SELECT "id", "order_id", "product_id", "quantity" FROM (
  SELECT "id", "order_id", "product_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "product_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed order_lines rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
  AND ("order_lines"."id") IN (SELECT "id" FROM (SELECT "id", "order_id", "product_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted order_lines rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
SELECT "immv"."create_table_function"(
  view => 'order_details',
  function_name => '"immv"."order_details$t2_orders"',
  base_table => '"public"."orders"',
  columns => ARRAY['id', 'customer_id']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => $sql$
SELECT FROM (
  SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
  FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_net" <> 0
$sql$,
  stash_table => 'immv_49c7171b_2',
  stash_function => '"immv"."order_details$stash"',
  batch_function => '"immv"."order_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_49c7171b_2";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed orders rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "immv_new" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed orders rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_orders_id") IN (SELECT "id" FROM (SELECT "id", "customer_id" FROM (
  SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         (SELECT "id", "customer_id" FROM (
      SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed orders rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     (SELECT "id", "customer_id" FROM (
  SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed orders rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_orders_id") IN (SELECT "id" FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed orders rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
  AND ("orders"."id") IN (SELECT "id" FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted orders rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_orders_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
SELECT "immv"."create_table_function"(
  view => 'order_details',
  function_name => '"immv"."order_details$t3_customers"',
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
  stash_table => 'immv_16d359e4_3',
  stash_function => '"immv"."order_details$stash"',
  batch_function => '"immv"."order_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_16d359e4_3";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed customers rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "immv_new" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed customers rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_customers_id") IN (SELECT "id" FROM (SELECT "id", "name" FROM (
  SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         (SELECT "id", "name" FROM (
      SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed customers rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     (SELECT "id", "name" FROM (
  SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed customers rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_customers_id") IN (SELECT "id" FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed customers rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
  AND ("customers"."id") IN (SELECT "id" FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted customers rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_customers_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."products"
SELECT "immv"."create_table_function"(
  view => 'order_details',
  function_name => '"immv"."order_details$t4_products"',
  base_table => '"public"."products"',
  columns => ARRAY['id', 'name', 'price']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => NULL,
  stash_table => 'immv_2b51bc54_4',
  stash_function => '"immv"."order_details$stash"',
  batch_function => '"immv"."order_details$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_2b51bc54_4";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- current rows built from changed products rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "immv_new" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_update => ARRAY[
$sql$
-- rows built from changed products rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_products_id") IN (SELECT "id" FROM (SELECT "id", "name", "price" FROM (
  SELECT "id", "name", "price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "name", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", "price", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name", "price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" < 0) AS "__ivm_r")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         (SELECT "id", "name", "price" FROM (
      SELECT "id", "name", "price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
             pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
      FROM (SELECT "id", "name", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", "price", 1 FROM "immv_new") AS "__ivm_v"
      WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name", "price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
    ) AS "__ivm_n"
    WHERE "__ivm_first" AND "__ivm_net" > 0) AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed products rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     (SELECT "id", "name", "price" FROM (
  SELECT "id", "name", "price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net",
         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"
  FROM (SELECT "id", "name", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", "price", 1 FROM "immv_new") AS "__ivm_v"
  WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name", "price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
) AS "__ivm_n"
WHERE "__ivm_first" AND "__ivm_net" > 0) AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ARRAY[
$sql$
-- rows built from changed products rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_products_id") IN (SELECT "id" FROM (SELECT "id", "name", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", "price", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$,
$sql$
-- current rows built from changed products rows
INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "customers"."name" AS "customer",
       "products"."name" AS "product",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."quantity" * "products"."price" AS "line_total",
       "order_lines"."id" AS "__ivm_k_order_lines_id",
       "orders"."id" AS "__ivm_k_orders_id",
       "customers"."id" AS "__ivm_k_customers_id",
       "products"."id" AS "__ivm_k_products_id"
FROM "public"."order_lines" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
  AND ("products"."id") IN (SELECT "id" FROM (SELECT "id", "name", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", "price", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$
],
  on_delete => ARRAY[
$sql$
-- rows built from deleted products rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_products_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
$sql$
]
);
--> statement-breakpoint
-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."order_details$stash"() RETURNS void
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
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_15b4854b_1"'), pg_catalog.to_regclass('pg_temp."immv_49c7171b_2"'), pg_catalog.to_regclass('pg_temp."immv_16d359e4_3"'), pg_catalog.to_regclass('pg_temp."immv_2b51bc54_4"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'order_details'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('order_details') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_15b4854b_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_15b4854b_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "order_id", "product_id", "quantity", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_49c7171b_2"') IS NULL THEN
    CREATE TEMP TABLE "immv_49c7171b_2" ON COMMIT DELETE ROWS AS
      SELECT "id", "customer_id", 0 AS "__ivm_m__" FROM "public"."orders" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_16d359e4_3"') IS NULL THEN
    CREATE TEMP TABLE "immv_16d359e4_3" ON COMMIT DELETE ROWS AS
      SELECT "id", "name", 0 AS "__ivm_m__" FROM "public"."customers" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_2b51bc54_4"') IS NULL THEN
    CREATE TEMP TABLE "immv_2b51bc54_4" ON COMMIT DELETE ROWS AS
      SELECT "id", "name", "price", 0 AS "__ivm_m__" FROM "public"."products" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('order_details', true);
END
$immv$;
--> statement-breakpoint
-- applies every change collected during a multi-statement batch, once
CREATE FUNCTION "immv"."order_details$batch"() RETURNS void
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
  PERFORM "immv"."lock_view"('order_details');
  EXECUTE $sql$
  -- rows built from changed order_lines rows that no longer satisfy the view
  DELETE FROM "immv"."order_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_15b4854b_1") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "order_lines",
           "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."products" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
        AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
        AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
        AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
        AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed order_lines rows
  INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
  SELECT "order_lines"."id" AS "id",
         "order_lines"."order_id" AS "order_id",
         "customers"."name" AS "customer",
         "products"."name" AS "product",
         "order_lines"."quantity" AS "quantity",
         "order_lines"."quantity" * "products"."price" AS "line_total",
         "order_lines"."id" AS "__ivm_k_order_lines_id",
         "orders"."id" AS "__ivm_k_orders_id",
         "customers"."id" AS "__ivm_k_customers_id",
         "products"."id" AS "__ivm_k_products_id"
  FROM "public"."order_lines" AS "order_lines",
       "public"."orders" AS "orders",
       "public"."customers" AS "customers",
       "public"."products" AS "products"
  WHERE ("orders"."id" = "order_lines"."order_id")
    AND ("customers"."id" = "orders"."customer_id")
    AND ("products"."id" = "order_lines"."product_id")
    AND ("order_lines"."id") IN (SELECT "id" FROM (SELECT "id", "order_id", "product_id", "quantity", "__ivm_m__" FROM pg_temp."immv_15b4854b_1") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
  SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
  WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
  $sql$;
  EXECUTE $sql$
  -- rows built from changed orders rows that no longer satisfy the view
  DELETE FROM "immv"."order_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_orders_id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_49c7171b_2") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "order_lines",
           "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."products" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
        AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
        AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
        AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
        AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed orders rows
  INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
  SELECT "order_lines"."id" AS "id",
         "order_lines"."order_id" AS "order_id",
         "customers"."name" AS "customer",
         "products"."name" AS "product",
         "order_lines"."quantity" AS "quantity",
         "order_lines"."quantity" * "products"."price" AS "line_total",
         "order_lines"."id" AS "__ivm_k_order_lines_id",
         "orders"."id" AS "__ivm_k_orders_id",
         "customers"."id" AS "__ivm_k_customers_id",
         "products"."id" AS "__ivm_k_products_id"
  FROM "public"."order_lines" AS "order_lines",
       "public"."orders" AS "orders",
       "public"."customers" AS "customers",
       "public"."products" AS "products"
  WHERE ("orders"."id" = "order_lines"."order_id")
    AND ("customers"."id" = "orders"."customer_id")
    AND ("products"."id" = "order_lines"."product_id")
    AND ("orders"."id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_49c7171b_2") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
  SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
  WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
  $sql$;
  EXECUTE $sql$
  -- rows built from changed customers rows that no longer satisfy the view
  DELETE FROM "immv"."order_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_customers_id") IN (SELECT "id" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_16d359e4_3") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "order_lines",
           "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."products" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
        AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
        AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
        AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
        AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed customers rows
  INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
  SELECT "order_lines"."id" AS "id",
         "order_lines"."order_id" AS "order_id",
         "customers"."name" AS "customer",
         "products"."name" AS "product",
         "order_lines"."quantity" AS "quantity",
         "order_lines"."quantity" * "products"."price" AS "line_total",
         "order_lines"."id" AS "__ivm_k_order_lines_id",
         "orders"."id" AS "__ivm_k_orders_id",
         "customers"."id" AS "__ivm_k_customers_id",
         "products"."id" AS "__ivm_k_products_id"
  FROM "public"."order_lines" AS "order_lines",
       "public"."orders" AS "orders",
       "public"."customers" AS "customers",
       "public"."products" AS "products"
  WHERE ("orders"."id" = "order_lines"."order_id")
    AND ("customers"."id" = "orders"."customer_id")
    AND ("products"."id" = "order_lines"."product_id")
    AND ("customers"."id") IN (SELECT "id" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_16d359e4_3") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
  SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
  WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
  $sql$;
  EXECUTE $sql$
  -- rows built from changed products rows that no longer satisfy the view
  DELETE FROM "immv"."order_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_products_id") IN (SELECT "id" FROM (SELECT "id", "name", "price", "__ivm_m__" FROM pg_temp."immv_2b51bc54_4") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "order_lines",
           "public"."orders" AS "orders",
           "public"."customers" AS "customers",
           "public"."products" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
        AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
        AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
        AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
        AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed products rows
  INSERT INTO "immv"."order_details" AS "__ivm_s" ("id", "order_id", "customer", "product", "quantity", "line_total", "__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id")
  SELECT "order_lines"."id" AS "id",
         "order_lines"."order_id" AS "order_id",
         "customers"."name" AS "customer",
         "products"."name" AS "product",
         "order_lines"."quantity" AS "quantity",
         "order_lines"."quantity" * "products"."price" AS "line_total",
         "order_lines"."id" AS "__ivm_k_order_lines_id",
         "orders"."id" AS "__ivm_k_orders_id",
         "customers"."id" AS "__ivm_k_customers_id",
         "products"."id" AS "__ivm_k_products_id"
  FROM "public"."order_lines" AS "order_lines",
       "public"."orders" AS "orders",
       "public"."customers" AS "customers",
       "public"."products" AS "products"
  WHERE ("orders"."id" = "order_lines"."order_id")
    AND ("customers"."id" = "orders"."customer_id")
    AND ("products"."id" = "order_lines"."product_id")
    AND ("products"."id") IN (SELECT "id" FROM (SELECT "id", "name", "price", "__ivm_m__" FROM pg_temp."immv_2b51bc54_4") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
  SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
  WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
  $sql$;
  DELETE FROM pg_temp."immv_15b4854b_1";
  DELETE FROM pg_temp."immv_49c7171b_2";
  DELETE FROM pg_temp."immv_16d359e4_3";
  DELETE FROM pg_temp."immv_2b51bc54_4";
  PERFORM "immv"."set_stashing"('order_details', false);
END
$immv$;
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_1_insert" AFTER INSERT ON "public"."order_lines"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_2_update" AFTER UPDATE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_3_delete" AFTER DELETE ON "public"."order_lines"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_4_truncate" AFTER TRUNCATE ON "public"."order_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t1_order_lines"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_1_insert" AFTER INSERT ON "public"."orders"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_2_update" AFTER UPDATE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_3_delete" AFTER DELETE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_4_truncate" AFTER TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t2_orders"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_1_insert" AFTER INSERT ON "public"."customers"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_2_update" AFTER UPDATE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_3_delete" AFTER DELETE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_4_truncate" AFTER TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t3_customers"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."products"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$before"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_1_insert" AFTER INSERT ON "public"."products"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_2_update" AFTER UPDATE ON "public"."products"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_3_delete" AFTER DELETE ON "public"."products"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t4_products"();
--> statement-breakpoint
CREATE TRIGGER "immv_order_details_4_truncate" AFTER TRUNCATE ON "public"."products"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."order_details$t4_products"();
--> statement-breakpoint
-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."order_details$base_columns" AS
SELECT
FROM "public"."order_lines" AS "b1", "public"."orders" AS "b2", "public"."customers" AS "b3", "public"."products" AS "b4"
WHERE false AND ROW("b1"."id", "b1"."order_id", "b1"."product_id", "b1"."quantity", "b2"."id", "b2"."customer_id", "b3"."id", "b3"."name", "b4"."id", "b4"."name", "b4"."price") IS NULL AND '"immv"."order_details$before"()'::pg_catalog.regprocedure IS NULL;
--> statement-breakpoint
COMMENT ON VIEW "immv"."order_details$base_columns" IS 'Base columns used by the incrementally maintained view "public"."order_details". To change them: CALL "immv"."drop"(''order_details''), change the table, then create the view again.';
