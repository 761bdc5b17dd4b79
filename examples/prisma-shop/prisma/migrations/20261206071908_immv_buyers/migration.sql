-- immv-prisma: {"view":"buyers","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"e0c317acbe058ac6","tables":["public.customers","public.orders"],"hash":"8d83107bd54c118a","triggers":[{"table":"\"public\".\"customers\"","name":"immv_buyers_0_before"},{"table":"\"public\".\"customers\"","name":"immv_buyers_1_insert"},{"table":"\"public\".\"customers\"","name":"immv_buyers_2_update"},{"table":"\"public\".\"customers\"","name":"immv_buyers_3_delete"},{"table":"\"public\".\"customers\"","name":"immv_buyers_4_truncate"},{"table":"\"public\".\"orders\"","name":"immv_buyers_0_before"},{"table":"\"public\".\"orders\"","name":"immv_buyers_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_buyers_2_update"},{"table":"\"public\".\"orders\"","name":"immv_buyers_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_buyers_4_truncate"},{"table":"\"immv\".\"buyers\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.
-- new view buyers

-- immv 0.1.0: incrementally maintained view "public"."buyers"

-- strategy: counted; base tables: "public"."customers", "public"."orders"

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
  '8d83107bd54c118a', '0.1.0', 'counted',
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

-- counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch
CREATE FUNCTION "immv"."buyers$before"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_settings" text := "immv"."batch_settings"('buyers');
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (COALESCE(NULLIF(pg_catalog.current_setting("__ivm_settings" || '_depth', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;

-- maintains buyers after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
SELECT "immv"."create_table_function"(
  view => 'buyers',
  function_name => '"immv"."buyers$t1_customers"',
  base_table => '"public"."customers"',
  columns => ARRAY['id', 'name', 'email']::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => NULL,
  stash_table => 'immv_017d259c_1',
  stash_function => '"immv"."buyers$stash"',
  batch_function => '"immv"."buyers$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."buyers";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."buyers$stash"();
      DELETE FROM pg_temp."immv_017d259c_1";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", "__ivm_m__"
FROM (
  SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."id" AS "id",
           "c"."name" AS "name",
           "c"."email" AS "email",
           "c"."__ivm_m__" AS "__ivm_m__"
    FROM (SELECT "id", "name", "email", 1 AS "__ivm_m__" FROM "immv_new") AS "c",
         "public"."orders" AS "o"
    WHERE ("o"."customer_id" = "c"."id")
  ) AS "__ivm_t"
  GROUP BY 1, 2, 3
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$
],
  on_update => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", "__ivm_m__"
FROM (
  SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."id" AS "id",
           "c"."name" AS "name",
           "c"."email" AS "email",
           "c"."__ivm_m__" AS "__ivm_m__"
    FROM (SELECT "id", "name", "email", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", "email", 1 AS "__ivm_m__" FROM "immv_new") AS "c",
         "public"."orders" AS "o"
    WHERE ("o"."customer_id" = "c"."id")
  ) AS "__ivm_t"
  GROUP BY 1, 2, 3
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."buyers" WHERE "__ivm_count__" <= 0
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", "__ivm_m__"
FROM (
  SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."id" AS "id",
           "c"."name" AS "name",
           "c"."email" AS "email",
           "c"."__ivm_m__" AS "__ivm_m__"
    FROM (SELECT "id", "name", "email", -1 AS "__ivm_m__" FROM "immv_old") AS "c",
         "public"."orders" AS "o"
    WHERE ("o"."customer_id" = "c"."id")
  ) AS "__ivm_t"
  GROUP BY 1, 2, 3
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."buyers" WHERE "__ivm_count__" <= 0
$sql$
]
);

-- maintains buyers after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
SELECT "immv"."create_table_function"(
  view => 'buyers',
  function_name => '"immv"."buyers$t2_orders"',
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
  stash_table => 'immv_7b1febf2_2',
  stash_function => '"immv"."buyers$stash"',
  batch_function => '"immv"."buyers$batch"',
  locks_view => true,
  on_truncate => $plpgsql$
    -- every row of an inner join involves this table
    TRUNCATE "immv"."buyers";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."buyers$stash"();
      DELETE FROM pg_temp."immv_7b1febf2_2";
    END IF;
$plpgsql$,
  on_insert => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", "__ivm_m__"
FROM (
  SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."id" AS "id",
           "c"."name" AS "name",
           "c"."email" AS "email",
           "o"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."customers" AS "c",
         (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "o"
    WHERE ("o"."customer_id" = "c"."id")
  ) AS "__ivm_t"
  GROUP BY 1, 2, 3
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$
],
  on_update => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", "__ivm_m__"
FROM (
  SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."id" AS "id",
           "c"."name" AS "name",
           "c"."email" AS "email",
           "o"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."customers" AS "c",
         (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "immv_new") AS "o"
    WHERE ("o"."customer_id" = "c"."id")
  ) AS "__ivm_t"
  GROUP BY 1, 2, 3
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."buyers" WHERE "__ivm_count__" <= 0
$sql$
],
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => NULL,
  on_delete => ARRAY[
$sql$
-- add the signed change of every distinct row to its count
INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
SELECT "id", "name", "email", "__ivm_m__"
FROM (
  SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
  FROM (
    SELECT "c"."id" AS "id",
           "c"."name" AS "name",
           "c"."email" AS "email",
           "o"."__ivm_m__" AS "__ivm_m__"
    FROM "public"."customers" AS "c",
         (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old") AS "o"
    WHERE ("o"."customer_id" = "c"."id")
  ) AS "__ivm_t"
  GROUP BY 1, 2, 3
) AS "__ivm_d"
WHERE "__ivm_m__" <> 0
ORDER BY 1, 2, 3
ON CONFLICT ("id", "name", "email") DO UPDATE
SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
$sql$,
$sql$
-- rows whose count reached zero are gone from the view
DELETE FROM "immv"."buyers" WHERE "__ivm_count__" <= 0
$sql$
]
);

-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."buyers$stash"() RETURNS void
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
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_017d259c_1"'), pg_catalog.to_regclass('pg_temp."immv_7b1febf2_2"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'buyers'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF "immv"."stashing"('buyers') THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_017d259c_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_017d259c_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "name", "email", 0 AS "__ivm_m__" FROM "public"."customers" WITH NO DATA;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_7b1febf2_2"') IS NULL THEN
    CREATE TEMP TABLE "immv_7b1febf2_2" ON COMMIT DELETE ROWS AS
      SELECT "id", "customer_id", 0 AS "__ivm_m__" FROM "public"."orders" WITH NO DATA;
  END IF;
  PERFORM "immv"."set_stashing"('buyers', true);
END
$immv$;

-- applies every change collected during a multi-statement batch, once
CREATE FUNCTION "immv"."buyers$batch"() RETURNS void
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
  PERFORM "immv"."lock_view"('buyers');
  EXECUTE $sql$
  -- add the signed change of every distinct row to its count
  INSERT INTO "immv"."buyers" AS "__ivm_s" ("id", "name", "email", "__ivm_count__")
  SELECT "id", "name", "email", "__ivm_m__"
  FROM (
    SELECT "id", "name", "email", pg_catalog.sum("__ivm_m__") AS "__ivm_m__"
    FROM (
      SELECT "c"."id" AS "id",
             "c"."name" AS "name",
             "c"."email" AS "email",
             "c"."__ivm_m__" * "o"."__ivm_m__" AS "__ivm_m__"
      FROM (SELECT "id", "name", "email", "__ivm_m__" FROM pg_temp."immv_017d259c_1") AS "c",
           (SELECT "id", "customer_id", 1 AS "__ivm_m__" FROM "public"."orders"
       UNION ALL SELECT "__ivm_d"."id", "__ivm_d"."customer_id", -"__ivm_d"."__ivm_m__" FROM (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_7b1febf2_2") AS "__ivm_d") AS "o"
      WHERE ("o"."customer_id" = "c"."id")
      UNION ALL
      SELECT "c"."id" AS "id",
             "c"."name" AS "name",
             "c"."email" AS "email",
             "o"."__ivm_m__" AS "__ivm_m__"
      FROM "public"."customers" AS "c",
           (SELECT "id", "customer_id", "__ivm_m__" FROM pg_temp."immv_7b1febf2_2") AS "o"
      WHERE ("o"."customer_id" = "c"."id")
    ) AS "__ivm_t"
    GROUP BY 1, 2, 3
  ) AS "__ivm_d"
  WHERE "__ivm_m__" <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("id", "name", "email") DO UPDATE
  SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__"
  $sql$;
  EXECUTE $sql$
  -- rows whose count reached zero are gone from the view
  DELETE FROM "immv"."buyers" WHERE "__ivm_count__" <= 0
  $sql$;
  DELETE FROM pg_temp."immv_017d259c_1";
  DELETE FROM pg_temp."immv_7b1febf2_2";
  PERFORM "immv"."set_stashing"('buyers', false);
END
$immv$;

CREATE TRIGGER "immv_buyers_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$before"();
CREATE TRIGGER "immv_buyers_1_insert" AFTER INSERT ON "public"."customers"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t1_customers"();
CREATE TRIGGER "immv_buyers_2_update" AFTER UPDATE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t1_customers"();
CREATE TRIGGER "immv_buyers_3_delete" AFTER DELETE ON "public"."customers"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t1_customers"();
CREATE TRIGGER "immv_buyers_4_truncate" AFTER TRUNCATE ON "public"."customers"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t1_customers"();
CREATE TRIGGER "immv_buyers_0_before" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$before"();
CREATE TRIGGER "immv_buyers_1_insert" AFTER INSERT ON "public"."orders"
  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t2_orders"();
CREATE TRIGGER "immv_buyers_2_update" AFTER UPDATE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t2_orders"();
CREATE TRIGGER "immv_buyers_3_delete" AFTER DELETE ON "public"."orders"
  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t2_orders"();
CREATE TRIGGER "immv_buyers_4_truncate" AFTER TRUNCATE ON "public"."orders"
  FOR EACH STATEMENT EXECUTE FUNCTION "immv"."buyers$t2_orders"();

-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW "immv"."buyers$base_columns" AS
SELECT
FROM "public"."customers" AS "b1", "public"."orders" AS "b2"
WHERE false AND ROW("b1"."id", "b1"."name", "b1"."email", "b2"."id", "b2"."customer_id") IS NULL AND '"immv"."buyers$before"()'::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW "immv"."buyers$base_columns" IS 'Base columns used by the incrementally maintained view "public"."buyers". To change them: CALL "immv"."drop"(''buyers''), change the table, then create the view again.';
