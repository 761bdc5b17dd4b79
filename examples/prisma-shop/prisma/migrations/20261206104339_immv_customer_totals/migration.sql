-- immv-prisma: {"view":"customer_totals","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"79f33b6e0e8a01af","tables":["public.orders","public.order_lines"],"hash":"a06c38c46f665695","triggers":[{"table":"\"public\".\"orders\"","name":"immv_customer_totals_0_before"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_2_update"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_customer_totals_4_truncate"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_0_before"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_1_insert"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_2_update"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_3_delete"},{"table":"\"public\".\"order_lines\"","name":"immv_customer_totals_4_truncate"},{"table":"\"immv\".\"customer_totals\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.
-- new view customer_totals

-- immv 0.1.0: incrementally maintained view "public"."customer_totals"

-- strategy: aggregate; base tables: "public"."orders", "public"."order_lines"

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
  'a06c38c46f665695', '0.1.0', 'aggregate',
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

-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO "immv"."programs" ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES ('customer_totals', '"immv"."customer_totals$before"', '"immv"."customer_totals$stash"', '"immv"."customer_totals$batch"', true,
  'TRUNCATE "immv"."customer_totals";',
  ARRAY['immv_customer_totals_0_before', 'immv_customer_totals_1_insert', 'immv_customer_totals_2_update', 'immv_customer_totals_3_delete', 'immv_customer_totals_4_truncate']);

INSERT INTO "immv"."program_tables"
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
  ('customer_totals', 1, '"public"."orders"',
   ARRAY['id', 'customer_id', 'placed_at'], ARRAY['id'], false,
   false, false, 'immv_b8132dc8_1', '"immv"."customer_totals$t1_orders"'),
  ('customer_totals', 2, '"public"."order_lines"',
   ARRAY['order_id', 'line_no', 'quantity', 'unit_price'], ARRAY['order_id', 'line_no'], false,
   false, false, 'immv_6bcf1417_2', '"immv"."customer_totals$t2_order_lines"');

-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO "immv"."program_inputs" ("view", "ordinal", "tables", "sql")
VALUES
('customer_totals', 1, ARRAY[1], $sql$
SELECT "o"."customer_id" AS "customer_id",
       "l"."quantity" AS "__ivm_x2",
       "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
       "o"."placed_at" AS "__ivm_x4",
       "o"."__ivm_m__" * "l"."__ivm_m__" AS "__ivm_m__"
FROM "__ivm_changes_1" AS "o",
     (SELECT "order_id", "line_no", "quantity", "unit_price", 1 AS "__ivm_m__" FROM "public"."order_lines"
 UNION ALL SELECT "__ivm_d"."order_id", "__ivm_d"."line_no", "__ivm_d"."quantity", "__ivm_d"."unit_price", -"__ivm_d"."__ivm_m__" FROM "__ivm_changes_2" AS "__ivm_d") AS "l"
WHERE ("l"."order_id" = "o"."id")
$sql$),
('customer_totals', 2, ARRAY[2], $sql$
SELECT "o"."customer_id" AS "customer_id",
       "l"."quantity" AS "__ivm_x2",
       "l"."quantity" * "l"."unit_price" AS "__ivm_x3",
       "o"."placed_at" AS "__ivm_x4",
       "l"."__ivm_m__" AS "__ivm_m__"
FROM "public"."orders" AS "o",
     "__ivm_changes_2" AS "l"
WHERE ("l"."order_id" = "o"."id")
$sql$);

INSERT INTO "immv"."program_steps" ("view", "ordinal", "position", "events", "sql")
VALUES
('customer_totals', 1, NULL, ARRAY['insert', 'update', 'delete', 'batch'], $sql$
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
  FROM "__ivm_input" AS "__ivm_t"
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
$sql$),
('customer_totals', 2, NULL, ARRAY['update', 'delete', 'batch'], $sql$
-- groups whose count reached zero are gone from the view
DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0
$sql$),
('customer_totals', 3, NULL, ARRAY['update', 'delete', 'batch'], $sql$
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
  FROM "__ivm_input" AS "__ivm_t"
  GROUP BY "customer_id"
) AS "__ivm_d"
WHERE "__ivm_s"."customer_id" = "__ivm_d"."customer_id"
  AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale" OR "__ivm_d"."last_order_at" >= "__ivm_s"."last_order_at")
$sql$);

SELECT "immv"."install_program"('customer_totals');

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."customer_totals$base_columns" AS
SELECT
FROM "public"."orders" AS "b1", "public"."order_lines" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."customer_id", "b1"."placed_at", "b2"."order_id", "b2"."line_no", "b2"."quantity", "b2"."unit_price") IS NULL AND '"immv"."customer_totals$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."customer_totals$base_columns" IS 'Base columns used by the incrementally maintained view "public"."customer_totals". To change them: CALL "immv"."drop"(''customer_totals''), change the table, then create the view again.';
