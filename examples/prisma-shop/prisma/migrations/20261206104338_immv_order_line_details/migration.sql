-- immv-prisma: {"view":"order_line_details","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"57f0c6e7f3a38cbb","tables":["public.order_lines","public.orders","public.customers"],"hash":"3be573ba6e61c39c","triggers":[{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_4_truncate"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_4_truncate"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_4_truncate"},{"table":"\"immv\".\"order_line_details\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.
-- new view order_line_details

-- immv 0.1.0: incrementally maintained view "public"."order_line_details"

-- strategy: keyed; base tables: "public"."order_lines", "public"."orders", "public"."customers"

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
  '3be573ba6e61c39c', '0.1.0', 'keyed',
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

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('order_line_details', '"immv"."order_line_details$before"', '"immv"."order_line_details$stash"', '"immv"."order_line_details$batch"', true,
  'TRUNCATE "immv"."order_line_details";',
  ARRAY['immv_order_line_details_0_before', 'immv_order_line_details_1_insert', 'immv_order_line_details_2_update', 'immv_order_line_details_3_delete', 'immv_order_line_details_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('order_line_details', 1, '"public"."order_lines"',
   ARRAY['order_id', 'line_no', 'product', 'quantity', 'unit_price'], ARRAY['order_id', 'line_no'], true,
   false, false, 'immv_8e681610_1', '"immv"."order_line_details$t1_order_lines"'),
  ('order_line_details', 2, '"public"."orders"',
   ARRAY['id', 'customer_id', 'status'], ARRAY['id'], false,
   false, false, 'immv_e37a0d35_2', '"immv"."order_line_details$t2_orders"'),
  ('order_line_details', 3, '"public"."customers"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_1a9ace72_3', '"immv"."order_line_details$t3_customers"');

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('order_line_details', 1, 1, ARRAY['delete'], $sql$
-- rows built from deleted l rows
DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_l_order_id", "__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "__ivm_removed_1" AS "__ivm_r")
$sql$),
('order_line_details', 2, 1, ARRAY['update', 'batch'], $sql$
-- rows built from changed l rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "__ivm_removed_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "l",
         "public"."orders" AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('order_line_details', 3, 1, ARRAY['insert', 'update', 'batch'], $sql$
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
FROM "__ivm_added_1" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$),
('order_line_details', 4, 2, ARRAY['delete'], $sql$
-- rows built from deleted o rows
DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_o_id") IN (SELECT "id" FROM "__ivm_removed_2" AS "__ivm_r")
$sql$),
('order_line_details', 5, 2, ARRAY['update', 'batch'], $sql$
-- rows built from changed o rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM "__ivm_removed_2" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         "__ivm_added_2" AS "o",
         "public"."customers" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('order_line_details', 6, 2, ARRAY['insert', 'update', 'batch'], $sql$
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
     "__ivm_added_2" AS "o",
     "public"."customers" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$),
('order_line_details', 7, 3, ARRAY['delete'], $sql$
-- rows built from deleted c rows
DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_3" AS "__ivm_r")
$sql$),
('order_line_details', 8, 3, ARRAY['update', 'batch'], $sql$
-- rows built from changed c rows that no longer satisfy the view
DELETE FROM "immv"."order_line_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM "__ivm_removed_3" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "l",
         "public"."orders" AS "o",
         "__ivm_added_3" AS "c"
    WHERE ("o"."id" = "l"."order_id")
      AND ("c"."id" = "o"."customer_id")
      AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
      AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
      AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
      AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
$sql$),
('order_line_details', 9, 3, ARRAY['insert', 'update', 'batch'], $sql$
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
     "__ivm_added_3" AS "c"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::pg_catalog.record
$sql$);

SELECT "immv"."install_program"('order_line_details');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."order_line_details$base_columns" AS
SELECT
FROM "public"."order_lines" AS "b1", "public"."orders" AS "b2", "public"."customers" AS "b3"
WHERE false AND ROW("b1"."order_id", "b1"."line_no", "b1"."product", "b1"."quantity", "b1"."unit_price", "b2"."id", "b2"."customer_id", "b2"."status", "b3"."id", "b3"."name") IS NULL AND '"immv"."order_line_details$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."order_line_details$base_columns" IS 'Base columns used by the incrementally maintained view "public"."order_line_details". To change them: CALL "immv"."drop"(''order_line_details''), change the table, then create the view again.';
