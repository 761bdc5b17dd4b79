-- Written by immv-drizzle generate: incrementally maintained views.
--   new bulk_lines
--   new city_products
--   new customer_totals
--   new order_details
-- immv 0.1.0: incrementally maintained view "public"."bulk_lines"

-- strategy: keyed; base tables: "public"."order_lines"

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
  '355fd1557e2d28d4', '0.1.0', 'keyed',
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
-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('bulk_lines', '"immv"."bulk_lines$before"', '"immv"."bulk_lines$stash"', '"immv"."bulk_lines$batch"', false,
  'TRUNCATE "immv"."bulk_lines";',
  ARRAY['immv_bulk_lines_0_before', 'immv_bulk_lines_1_insert', 'immv_bulk_lines_2_update', 'immv_bulk_lines_3_delete', 'immv_bulk_lines_4_truncate']);
--> statement-breakpoint
INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('bulk_lines', 1, '"public"."order_lines"',
   ARRAY['id', 'order_id', 'quantity'], ARRAY['id'], false,
   false, false, 'immv_92323c6a_1', '"immv"."bulk_lines$t1_order_lines"');
--> statement-breakpoint
INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('bulk_lines', 1, 1, ARRAY['delete'], $sql$
-- rows built from deleted order_lines rows
DELETE FROM "immv"."bulk_lines" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_r")
$sql$),
('bulk_lines', 2, 1, ARRAY['update', 'batch'], $sql$
-- rows built from changed order_lines rows that no longer satisfy the view
DELETE FROM "immv"."bulk_lines" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "order_lines"
    WHERE ("order_lines"."quantity" >= 10)
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id")
$sql$),
('bulk_lines', 3, 1, ARRAY['insert', 'update', 'batch'], $sql$
-- current rows built from changed order_lines rows
INSERT INTO "immv"."bulk_lines" AS "__ivm_s" ("id", "order_id", "quantity", "__ivm_k_order_lines_id")
SELECT "order_lines"."id" AS "id",
       "order_lines"."order_id" AS "order_id",
       "order_lines"."quantity" AS "quantity",
       "order_lines"."id" AS "__ivm_k_order_lines_id"
FROM "__ivm_added_1" AS "order_lines"
WHERE ("order_lines"."quantity" >= 10)
ON CONFLICT ("__ivm_k_order_lines_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "quantity" = EXCLUDED."quantity"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record
$sql$);
--> statement-breakpoint
SELECT "immv"."install_program"('bulk_lines');
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
  '8e27695b27d0cee9', '0.1.0', 'counted',
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
-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('city_products', '"immv"."city_products$before"', '"immv"."city_products$stash"', '"immv"."city_products$batch"', true,
  'TRUNCATE "immv"."city_products";',
  ARRAY['immv_city_products_0_before', 'immv_city_products_1_insert', 'immv_city_products_2_update', 'immv_city_products_3_delete', 'immv_city_products_4_truncate']);
--> statement-breakpoint
INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('city_products', 1, '"public"."order_lines"',
   ARRAY['id', 'order_id', 'product_id'], ARRAY['id'], false,
   false, false, 'immv_f295ffcc_1', '"immv"."city_products$t1_order_lines"'),
  ('city_products', 2, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   false, false, 'immv_9d1b9524_2', '"immv"."city_products$t2_orders"'),
  ('city_products', 3, '"public"."customers"',
   ARRAY['id', 'city'], ARRAY['id'], false,
   false, false, 'immv_d56a5059_3', '"immv"."city_products$t3_customers"'),
  ('city_products', 4, '"public"."products"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_835169ab_4', '"immv"."city_products$t4_products"');
--> statement-breakpoint
-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('city_products', 1, ARRAY[1], $sql$
SELECT "c"."city" AS "city",
       "p"."name" AS "product",
       "l"."__ivm_m__" * "o"."__ivm_m__" * "c"."__ivm_m__" * "p"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "l",
     (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "public"."orders"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "o",
     (SELECT "id", "city", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."city", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_3" AS "__ivm_d") AS "c",
     (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."products"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_4" AS "__ivm_d") AS "p"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("p"."id" = "l"."product_id")
$sql$),
('city_products', 2, ARRAY[2], $sql$
SELECT "c"."city" AS "city",
       "p"."name" AS "product",
       "o"."__ivm_m__" * "c"."__ivm_m__" * "p"."__ivm_m__" AS "__ivm_m__"
FROM "public"."order_lines" AS "l",
     "__ivm_changes_2" AS "o",
     (SELECT "id", "city", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."city", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_3" AS "__ivm_d") AS "c",
     (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."products"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_4" AS "__ivm_d") AS "p"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("p"."id" = "l"."product_id")
$sql$),
('city_products', 3, ARRAY[3], $sql$
SELECT "c"."city" AS "city",
       "p"."name" AS "product",
       "c"."__ivm_m__" * "p"."__ivm_m__" AS "__ivm_m__"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "__ivm_changes_3" AS "c",
     (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."products"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_4" AS "__ivm_d") AS "p"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("p"."id" = "l"."product_id")
$sql$),
('city_products', 4, ARRAY[4], $sql$
SELECT "c"."city" AS "city",
       "p"."name" AS "product",
       "p"."__ivm_m__" AS "__ivm_m__"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c",
     "__ivm_changes_4" AS "p"
WHERE ("o"."id" = "l"."order_id")
  AND ("c"."id" = "o"."customer_id")
  AND ("p"."id" = "l"."product_id")
$sql$);
--> statement-breakpoint
INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('city_products', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."city_products" AS "__ivm_s" ("city", "product", "__ivm_count__")
SELECT "city", "product", pg_catalog.sum("__ivm_m__")
FROM "__ivm_input" AS "__ivm_t"
GROUP BY 1, 2
HAVING pg_catalog.sum("__ivm_m__") <> 0
ORDER BY 1, 2
ON CONFLICT ("city", "product") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$),
('city_products', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
$sql$);
--> statement-breakpoint
SELECT "immv"."install_program"('city_products');
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
  '535c7bcd382a48cb', '0.1.0', 'aggregate',
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
-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('customer_totals', '"immv"."customer_totals$before"', '"immv"."customer_totals$stash"', '"immv"."customer_totals$batch"', true,
  'TRUNCATE "immv"."customer_totals";',
  ARRAY['immv_customer_totals_0_before', 'immv_customer_totals_1_insert', 'immv_customer_totals_2_update', 'immv_customer_totals_3_delete', 'immv_customer_totals_4_truncate']);
--> statement-breakpoint
INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('customer_totals', 1, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   false, false, 'immv_656474a2_1', '"immv"."customer_totals$t1_orders"'),
  ('customer_totals', 2, '"public"."customers"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_8479e729_2', '"immv"."customer_totals$t2_customers"'),
  ('customer_totals', 3, '"public"."order_lines"',
   ARRAY['id', 'order_id', 'product_id', 'quantity'], ARRAY['id'], true,
   false, false, 'immv_41a425dd_3', '"immv"."customer_totals$t3_order_lines"'),
  ('customer_totals', 4, '"public"."products"',
   ARRAY['id', 'price'], ARRAY['id'], false,
   false, false, 'immv_dd03fbec_4', '"immv"."customer_totals$t4_products"');
--> statement-breakpoint
-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('customer_totals', 1, ARRAY[1], $sql$
SELECT "orders"."customer_id" AS "customer_id",
       "customers"."name" AS "name",
       "order_lines"."quantity" AS "__ivm_x2",
       "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
       "orders"."__ivm_m__" * "customers"."__ivm_m__" * "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "orders",
     (SELECT "id", "name", 1 AS "__ivm_m__" FROM "public"."customers"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."name", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "customers",
     (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "public"."order_lines"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."order_id", "__ivm_d"."product_id", "__ivm_d"."quantity", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_3" AS "__ivm_d") AS "order_lines",
     (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_4" AS "__ivm_d") AS "products"
WHERE ("customers"."id" = "orders"."customer_id")
  AND ("order_lines"."order_id" = "orders"."id")
  AND ("products"."id" = "order_lines"."product_id")
$sql$),
('customer_totals', 2, ARRAY[2], $sql$
SELECT "orders"."customer_id" AS "customer_id",
       "customers"."name" AS "name",
       "order_lines"."quantity" AS "__ivm_x2",
       "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
       "customers"."__ivm_m__" * "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
FROM "public"."orders" AS "orders",
     "__ivm_changes_2" AS "customers",
     (SELECT "id", "order_id", "product_id", "quantity", 1 AS "__ivm_m__" FROM "public"."order_lines"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."order_id", "__ivm_d"."product_id", "__ivm_d"."quantity", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_3" AS "__ivm_d") AS "order_lines",
     (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_4" AS "__ivm_d") AS "products"
WHERE ("customers"."id" = "orders"."customer_id")
  AND ("order_lines"."order_id" = "orders"."id")
  AND ("products"."id" = "order_lines"."product_id")
$sql$),
('customer_totals', 3, ARRAY[3], $sql$
SELECT "orders"."customer_id" AS "customer_id",
       "customers"."name" AS "name",
       "order_lines"."quantity" AS "__ivm_x2",
       "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
       "order_lines"."__ivm_m__" * "products"."__ivm_m__" AS "__ivm_m__"
FROM "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "__ivm_changes_3" AS "order_lines",
     (SELECT "id", "price", 1 AS "__ivm_m__" FROM "public"."products"
 UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."price", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_4" AS "__ivm_d") AS "products"
WHERE ("customers"."id" = "orders"."customer_id")
  AND ("order_lines"."order_id" = "orders"."id")
  AND ("products"."id" = "order_lines"."product_id")
$sql$),
('customer_totals', 4, ARRAY[4], $sql$
SELECT "orders"."customer_id" AS "customer_id",
       "customers"."name" AS "name",
       "order_lines"."quantity" AS "__ivm_x2",
       "order_lines"."quantity" * "products"."price" AS "__ivm_x3",
       "products"."__ivm_m__" AS "__ivm_m__"
FROM "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."order_lines" AS "order_lines",
     "__ivm_changes_4" AS "products"
WHERE ("customers"."id" = "orders"."customer_id")
  AND ("order_lines"."order_id" = "orders"."id")
  AND ("products"."id" = "order_lines"."product_id")
$sql$);
--> statement-breakpoint
INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('customer_totals', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
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
  FROM "__ivm_input" AS "__ivm_t"
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
$sql$),
('customer_totals', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- groups whose count reached zero are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$),
('customer_totals', 3, NULL, ARRAY['update', 'delete', 'batch'], $sql$
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
  FROM "__ivm_input" AS "__ivm_t"
  GROUP BY "customer_id", "name"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND "__ivm_s"."name" = "__ivm_d"."name"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale")
$sql$);
--> statement-breakpoint
SELECT "immv"."install_program"('customer_totals');
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
  'b57d13f6c791cc65', '0.1.0', 'keyed',
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
-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('order_details', '"immv"."order_details$before"', '"immv"."order_details$stash"', '"immv"."order_details$batch"', true,
  'TRUNCATE "immv"."order_details";',
  ARRAY['immv_order_details_0_before', 'immv_order_details_1_insert', 'immv_order_details_2_update', 'immv_order_details_3_delete', 'immv_order_details_4_truncate']);
--> statement-breakpoint
INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('order_details', 1, '"public"."order_lines"',
   ARRAY['id', 'order_id', 'product_id', 'quantity'], ARRAY['id'], true,
   false, false, 'immv_15b4854b_1', '"immv"."order_details$t1_order_lines"'),
  ('order_details', 2, '"public"."orders"',
   ARRAY['id', 'customer_id'], ARRAY['id'], false,
   false, false, 'immv_49c7171b_2', '"immv"."order_details$t2_orders"'),
  ('order_details', 3, '"public"."customers"',
   ARRAY['id', 'name'], ARRAY['id'], false,
   false, false, 'immv_16d359e4_3', '"immv"."order_details$t3_customers"'),
  ('order_details', 4, '"public"."products"',
   ARRAY['id', 'name', 'price'], ARRAY['id'], true,
   false, false, 'immv_2b51bc54_4', '"immv"."order_details$t4_products"');
--> statement-breakpoint
INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('order_details', 1, 1, ARRAY['delete'], $sql$
-- rows built from deleted order_lines rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_r")
$sql$),
('order_details', 2, 1, ARRAY['update', 'batch'], $sql$
-- rows built from changed order_lines rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM "__ivm_removed_1" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "__ivm_added_1" AS "order_lines",
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
$sql$),
('order_details', 3, 1, ARRAY['insert', 'update', 'batch'], $sql$
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
FROM "__ivm_added_1" AS "order_lines",
     "public"."orders" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$),
('order_details', 4, 2, ARRAY['delete'], $sql$
-- rows built from deleted orders rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_orders_id") IN (SELECT "id" FROM "__ivm_removed_2" AS "__ivm_r")
$sql$),
('order_details', 5, 2, ARRAY['update', 'batch'], $sql$
-- rows built from changed orders rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_orders_id") IN (SELECT "id" FROM "__ivm_removed_2" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "__ivm_added_2" AS "orders",
         "public"."customers" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$),
('order_details', 6, 2, ARRAY['insert', 'update', 'batch'], $sql$
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
     "__ivm_added_2" AS "orders",
     "public"."customers" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$),
('order_details', 7, 3, ARRAY['delete'], $sql$
-- rows built from deleted customers rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_customers_id") IN (SELECT "id" FROM "__ivm_removed_3" AS "__ivm_r")
$sql$),
('order_details', 8, 3, ARRAY['update', 'batch'], $sql$
-- rows built from changed customers rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_customers_id") IN (SELECT "id" FROM "__ivm_removed_3" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "__ivm_added_3" AS "customers",
         "public"."products" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$),
('order_details', 9, 3, ARRAY['insert', 'update', 'batch'], $sql$
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
     "__ivm_added_3" AS "customers",
     "public"."products" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$),
('order_details', 10, 4, ARRAY['delete'], $sql$
-- rows built from deleted products rows
DELETE FROM "immv"."order_details" WHERE ("__ivm_k_products_id") IN (SELECT "id" FROM "__ivm_removed_4" AS "__ivm_r")
$sql$),
('order_details', 11, 4, ARRAY['update', 'batch'], $sql$
-- rows built from changed products rows that no longer satisfy the view
DELETE FROM "immv"."order_details" AS "__ivm_s"
WHERE ("__ivm_s"."__ivm_k_products_id") IN (SELECT "id" FROM "__ivm_removed_4" AS "__ivm_c")
  AND NOT EXISTS (
    SELECT FROM "public"."order_lines" AS "order_lines",
         "public"."orders" AS "orders",
         "public"."customers" AS "customers",
         "__ivm_added_4" AS "products"
    WHERE ("orders"."id" = "order_lines"."order_id")
      AND ("customers"."id" = "orders"."customer_id")
      AND ("products"."id" = "order_lines"."product_id")
      AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id"
      AND "orders"."id" = "__ivm_s"."__ivm_k_orders_id"
      AND "customers"."id" = "__ivm_s"."__ivm_k_customers_id"
      AND "products"."id" = "__ivm_s"."__ivm_k_products_id")
$sql$),
('order_details', 12, 4, ARRAY['insert', 'update', 'batch'], $sql$
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
     "__ivm_added_4" AS "products"
WHERE ("orders"."id" = "order_lines"."order_id")
  AND ("customers"."id" = "orders"."customer_id")
  AND ("products"."id" = "order_lines"."product_id")
ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
$sql$);
--> statement-breakpoint
SELECT "immv"."install_program"('order_details');
--> statement-breakpoint
-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."order_details$base_columns" AS
SELECT
FROM "public"."order_lines" AS "b1", "public"."orders" AS "b2", "public"."customers" AS "b3", "public"."products" AS "b4"
WHERE false AND ROW("b1"."id", "b1"."order_id", "b1"."product_id", "b1"."quantity", "b2"."id", "b2"."customer_id", "b3"."id", "b3"."name", "b4"."id", "b4"."name", "b4"."price") IS NULL AND '"immv"."order_details$before"()'::pg_catalog.regprocedure IS NULL;
--> statement-breakpoint
COMMENT ON VIEW "immv"."order_details$base_columns" IS 'Base columns used by the incrementally maintained view "public"."order_details". To change them: CALL "immv"."drop"(''order_details''), change the table, then create the view again.';
