-- Written by immv-drizzle generate: incrementally maintained views.
--   new bulk_lines
--   new city_products
--   new customer_totals
--   new order_details
-- immv runtime: catalog and SQL API (idempotent)
CREATE SCHEMA IF NOT EXISTS "immv";
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "immv"."views" (
  "name" text PRIMARY KEY,
  "view" text NOT NULL,
  "storage" text NOT NULL,
  "definition" text NOT NULL,
  "normalized_definition" text NOT NULL,
  "hash" text NOT NULL,
  "compiler_version" text NOT NULL,
  "strategy" text NOT NULL,
  "timing" text NOT NULL DEFAULT 'immediate',
  "populated" boolean NOT NULL DEFAULT true,
  "populate" text NOT NULL,
  "base_tables" text[] NOT NULL,
  "functions" text[] NOT NULL,
  "created_at" timestamptz NOT NULL DEFAULT pg_catalog.now(),
  "last_maintained_xid" xid8
);
--> statement-breakpoint
COMMENT ON TABLE "immv"."views" IS 'Incrementally maintained views compiled by immv; change them through immv migrations.';
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "immv"."refuse_write"() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
BEGIN
  RAISE EXCEPTION 'immv: %.% is maintained automatically and cannot be written directly', TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('write the base tables instead; to rebuild the view run SELECT %I.refresh(%L)', TG_TABLE_SCHEMA, TG_TABLE_NAME);
END
$immv$;
--> statement-breakpoint
-- Rebuilds a view from its query (with_data = true), or empties it and stops maintaining it
-- (with_data = false), like REFRESH MATERIALIZED VIEW [WITH NO DATA]. Returns the rows stored.
CREATE OR REPLACE FUNCTION "immv"."refresh"(name text, with_data boolean DEFAULT true) RETURNS bigint
LANGUAGE plpgsql
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
AS $immv$
DECLARE
  v "immv"."views";
  t text;
  trig record;
  n bigint := 0;
BEGIN
  SELECT * INTO v FROM "immv"."views" WHERE "immv"."views"."name" = $1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object',
      HINT = format('SELECT name FROM %s lists them', '"immv"."views"');
  END IF;
  FOREACH t IN ARRAY v."base_tables" LOOP
    EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', t);
  END LOOP;
  FOR trig IN
    SELECT tg.tgrelid::regclass AS tbl, tg.tgname
    FROM pg_trigger tg
    WHERE tg.tgfoid IN (SELECT to_regprocedure(f) FROM unnest(v."functions") AS f)
  LOOP
    EXECUTE format('ALTER TABLE %s %s TRIGGER %I', trig.tbl, CASE WHEN with_data THEN 'ENABLE' ELSE 'DISABLE' END, trig.tgname);
  END LOOP;
  PERFORM set_config('immv.writing', 'on', true);
  EXECUTE format('TRUNCATE %s', v."storage");
  IF with_data THEN
    EXECUTE v."populate";
    GET DIAGNOSTICS n = ROW_COUNT;
    -- statistics now, so the next bulk statement is not planned blind
    EXECUTE format('ANALYZE %s', v."storage");
  END IF;
  PERFORM set_config('immv.writing', '', true);
  UPDATE "immv"."views" SET "populated" = with_data WHERE "immv"."views"."name" = v."name";
  RETURN n;
END
$immv$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "immv"."get_def"(name text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT "definition" FROM "immv"."views" WHERE "immv"."views"."name" = $1
$immv$;
--> statement-breakpoint
-- Compares the view with a fresh run of its definition. Returns one row per difference:
-- 'missing' (in the query, not in the view) or 'extra' (in the view, not in the query).
CREATE OR REPLACE FUNCTION "immv"."check"(name text) RETURNS TABLE (difference text, row_data jsonb)
LANGUAGE plpgsql
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
AS $immv$
DECLARE
  v "immv"."views";
  cols text;
BEGIN
  SELECT * INTO v FROM "immv"."views" WHERE "immv"."views"."name" = $1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object',
      HINT = format('SELECT name FROM %s lists them', '"immv"."views"');
  END IF;
  IF NOT v."populated" THEN
    RAISE EXCEPTION 'immv: % is not populated', $1 USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('run SELECT %s.refresh(%L)', '"immv"', $1);
  END IF;
  -- the view's columns by name: a SELECT * definition also returns columns added to its tables since
  SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum) INTO cols
  FROM pg_attribute a WHERE a.attrelid = v."view"::regclass AND a.attnum > 0 AND NOT a.attisdropped;
  RETURN QUERY EXECUTE format(
    'SELECT ''missing''::text, to_jsonb(d) FROM (SELECT %3$s FROM (%1$s) AS q EXCEPT ALL SELECT %3$s FROM %2$s) AS d '
    'UNION ALL SELECT ''extra''::text, to_jsonb(d) FROM (SELECT %3$s FROM %2$s EXCEPT ALL SELECT %3$s FROM (%1$s) AS q) AS d',
    v."normalized_definition", v."view", cols);
END
$immv$;
--> statement-breakpoint
-- Removes a view, its storage, its functions and (through them) its triggers.
CREATE OR REPLACE PROCEDURE "immv"."drop"(name text, if_exists boolean DEFAULT false)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $immv$
DECLARE
  v "immv"."views";
  f text;
BEGIN
  SELECT * INTO v FROM "immv"."views" WHERE "immv"."views"."name" = $1 FOR UPDATE;
  IF NOT FOUND THEN
    IF if_exists THEN
      RETURN;
    END IF;
    RAISE EXCEPTION 'immv: no maintained view named %', $1 USING ERRCODE = 'undefined_object';
  END IF;
  EXECUTE format('DROP VIEW IF EXISTS %s', v."view");
  FOREACH f IN ARRAY v."functions" LOOP
    EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', f);
  END LOOP;
  EXECUTE format('DROP TABLE IF EXISTS %s', v."storage");
  DELETE FROM "immv"."views" WHERE "immv"."views"."name" = v."name";
END
$immv$;
--> statement-breakpoint
-- immv 0.1.0: incrementally maintained view "public"."bulk_lines"

-- strategy: keyed; base tables: "public"."order_lines"

-- (immv's runtime: at the top of this migration)

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
  '8d3ddd62e9c30413', '0.1.0', 'keyed',
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
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7a2ead0d', (COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7a2ead0d', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains bulk_lines after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
CREATE FUNCTION "immv"."bulk_lines$t1_order_lines"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7a2ead0d', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7a2ead0d', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."bulk_lines";
    IF pg_catalog.current_setting('immv.stash_7a2ead0d', true) = 'on' THEN
      PERFORM "immv"."bulk_lines$stash"();
      DELETE FROM pg_temp."immv_92323c6a_1";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_7a2ead0d', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."bulk_lines$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_92323c6a_1" ("id", "order_id", "quantity", "__ivm_m__") SELECT "id", "order_id", "quantity", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_92323c6a_1" ("id", "order_id", "quantity", "__ivm_m__") SELECT "id", "order_id", "quantity", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."bulk_lines$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "order_id", "quantity", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "quantity")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;

  -- a statement on "public"."order_lines" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from changed order_lines rows that no longer satisfy the view
      DELETE FROM "immv"."bulk_lines" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_order_lines_id") IN (SELECT "id" FROM (SELECT "id", "order_id", "quantity", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "quantity", 1 AS "__ivm_m__" FROM "immv_new") AS "__ivm_c")
        AND NOT EXISTS (
          SELECT FROM "public"."order_lines" AS "order_lines"
          WHERE ("order_lines"."quantity" >= 10)
            AND "order_lines"."id" = "__ivm_s"."__ivm_k_order_lines_id");
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."quantity")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."quantity")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted order_lines rows
      DELETE FROM "immv"."bulk_lines" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted order_lines rows
      DELETE FROM "immv"."bulk_lines" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
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
BEGIN
  IF EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_92323c6a_1"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'bulk_lines'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF pg_catalog.current_setting('immv.stash_7a2ead0d', true) = 'on' THEN
    RETURN;
  END IF;
  IF pg_catalog.to_regclass('pg_temp."immv_92323c6a_1"') IS NULL THEN
    CREATE TEMP TABLE "immv_92323c6a_1" ON COMMIT DELETE ROWS AS
      SELECT "id", "order_id", "quantity", 0 AS "__ivm_m__" FROM "public"."order_lines" WITH NO DATA;
  END IF;
  PERFORM pg_catalog.set_config('immv.stash_7a2ead0d', 'on', true);
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
  PERFORM pg_catalog.set_config('immv.stash_7a2ead0d', '', true);
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

-- (immv's runtime: at the top of this migration)

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
  '9b3a69552aac4fd7', '0.1.0', 'counted',
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
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_caccaba6', (COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_caccaba6', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
CREATE FUNCTION "immv"."city_products$t1_order_lines"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_caccaba6', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_caccaba6', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_f295ffcc_1";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."city_products$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_f295ffcc_1" ("id", "order_id", "product_id", "__ivm_m__") SELECT "id", "order_id", "product_id", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_f295ffcc_1" ("id", "order_id", "product_id", "__ivm_m__") SELECT "id", "order_id", "product_id", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."city_products$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "order_id", "product_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "order_id", "product_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "order_id", "product_id", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "order_id", "product_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'city_products' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."order_lines" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
CREATE FUNCTION "immv"."city_products$t2_orders"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_caccaba6', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_caccaba6', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_9d1b9524_2";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."city_products$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_9d1b9524_2" ("id", "customer_id", "__ivm_m__") SELECT "id", "customer_id", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_9d1b9524_2" ("id", "customer_id", "__ivm_m__") SELECT "id", "customer_id", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."city_products$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'city_products' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."orders" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
CREATE FUNCTION "immv"."city_products$t3_customers"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_caccaba6', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_caccaba6', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_d56a5059_3";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."city_products$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_d56a5059_3" ("id", "city", "__ivm_m__") SELECT "id", "city", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_d56a5059_3" ("id", "city", "__ivm_m__") SELECT "id", "city", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."city_products$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "city", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "city", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "city", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "city")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'city_products' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."customers" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains city_products after INSERT, UPDATE, DELETE or TRUNCATE on "public"."products"
CREATE FUNCTION "immv"."city_products$t4_products"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_caccaba6', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_caccaba6', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."city_products";
    IF pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
      PERFORM "immv"."city_products$stash"();
      DELETE FROM pg_temp."immv_835169ab_4";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."city_products$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_835169ab_4" ("id", "name", "__ivm_m__") SELECT "id", "name", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_835169ab_4" ("id", "name", "__ivm_m__") SELECT "id", "name", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."city_products$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'city_products' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."products" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
      SET "__ivm_count__" = "__ivm_s"."__ivm_count__" + EXCLUDED."__ivm_count__";
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
      EXECUTE $sql$
      -- rows whose count reached zero are gone from the view
      DELETE FROM "immv"."city_products" WHERE "__ivm_count__" <= 0
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
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
BEGIN
  IF EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_f295ffcc_1"'), pg_catalog.to_regclass('pg_temp."immv_9d1b9524_2"'), pg_catalog.to_regclass('pg_temp."immv_d56a5059_3"'), pg_catalog.to_regclass('pg_temp."immv_835169ab_4"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'city_products'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF pg_catalog.current_setting('immv.stash_caccaba6', true) = 'on' THEN
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
  PERFORM pg_catalog.set_config('immv.stash_caccaba6', 'on', true);
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
BEGIN
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'city_products' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
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
  PERFORM pg_catalog.set_config('immv.stash_caccaba6', '', true);
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

-- (immv's runtime: at the top of this migration)

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
  'a27a9b2be06fc1f1', '0.1.0', 'aggregate',
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
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7970ef9c', (COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7970ef9c', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
CREATE FUNCTION "immv"."customer_totals$t1_orders"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7970ef9c', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7970ef9c', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_656474a2_1";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."customer_totals$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_656474a2_1" ("id", "customer_id", "__ivm_m__") SELECT "id", "customer_id", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_656474a2_1" ("id", "customer_id", "__ivm_m__") SELECT "id", "customer_id", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."customer_totals$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'customer_totals' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."orders" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
CREATE FUNCTION "immv"."customer_totals$t2_customers"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7970ef9c', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7970ef9c', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_8479e729_2";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."customer_totals$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_8479e729_2" ("id", "name", "__ivm_m__") SELECT "id", "name", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_8479e729_2" ("id", "name", "__ivm_m__") SELECT "id", "name", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."customer_totals$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'customer_totals' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."customers" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
CREATE FUNCTION "immv"."customer_totals$t3_order_lines"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7970ef9c', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7970ef9c', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_41a425dd_3";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."customer_totals$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_41a425dd_3" ("id", "order_id", "product_id", "quantity", "__ivm_m__") SELECT "id", "order_id", "product_id", "quantity", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_41a425dd_3" ("id", "order_id", "product_id", "quantity", "__ivm_m__") SELECT "id", "order_id", "product_id", "quantity", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."customer_totals$batch"();
    END IF;
    RETURN NULL;
  END IF;

  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'customer_totals' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."order_lines" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains customer_totals after INSERT, UPDATE, DELETE or TRUNCATE on "public"."products"
CREATE FUNCTION "immv"."customer_totals$t4_products"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_7970ef9c', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_7970ef9c', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."customer_totals";
    IF pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
      PERFORM "immv"."customer_totals$stash"();
      DELETE FROM pg_temp."immv_dd03fbec_4";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."customer_totals$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_dd03fbec_4" ("id", "price", "__ivm_m__") SELECT "id", "price", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_dd03fbec_4" ("id", "price", "__ivm_m__") SELECT "id", "price", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."customer_totals$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "price", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "price", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "price", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "price")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'customer_totals' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."products" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
          "__ivm_a3_scale" = GREATEST("__ivm_s"."__ivm_a3_scale", EXCLUDED."__ivm_a3_scale");
      -- groups without input rows are gone from the view
      DELETE FROM "immv"."customer_totals" WHERE "__ivm_count__" <= 0;
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
        AND ("__ivm_d"."__ivm_a3_scale" >= "__ivm_s"."__ivm_a3_scale");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
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
BEGIN
  IF EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_656474a2_1"'), pg_catalog.to_regclass('pg_temp."immv_8479e729_2"'), pg_catalog.to_regclass('pg_temp."immv_41a425dd_3"'), pg_catalog.to_regclass('pg_temp."immv_dd03fbec_4"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'customer_totals'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF pg_catalog.current_setting('immv.stash_7970ef9c', true) = 'on' THEN
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
  PERFORM pg_catalog.set_config('immv.stash_7970ef9c', 'on', true);
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
BEGIN
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'customer_totals' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
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
  PERFORM pg_catalog.set_config('immv.stash_7970ef9c', '', true);
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

-- (immv's runtime: at the top of this migration)

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
  'b405ef492313bfb6', '0.1.0', 'keyed',
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
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_b0100227', (COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_b0100227', true), ''), '0')::integer + 1)::text, true);
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
CREATE FUNCTION "immv"."order_details$t1_order_lines"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_b0100227', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_b0100227', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_15b4854b_1";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_15b4854b_1" ("id", "order_id", "product_id", "quantity", "__ivm_m__") SELECT "id", "order_id", "product_id", "quantity", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_15b4854b_1" ("id", "order_id", "product_id", "quantity", "__ivm_m__") SELECT "id", "order_id", "product_id", "quantity", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."order_details$batch"();
    END IF;
    RETURN NULL;
  END IF;

  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."order_lines" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
            AND "products"."id" = "__ivm_s"."__ivm_k_products_id");
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted order_lines rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted order_lines rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_order_lines_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
CREATE FUNCTION "immv"."order_details$t2_orders"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_b0100227', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_b0100227', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_49c7171b_2";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_49c7171b_2" ("id", "customer_id", "__ivm_m__") SELECT "id", "customer_id", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_49c7171b_2" ("id", "customer_id", "__ivm_m__") SELECT "id", "customer_id", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."order_details$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "customer_id", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "customer_id", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "customer_id", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "customer_id")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."orders" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
           "immv_new" AS "orders",
           "public"."customers" AS "customers",
           "public"."products" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
      ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
      SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
            AND "products"."id" = "__ivm_s"."__ivm_k_products_id");
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted orders rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_orders_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted orders rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_orders_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
CREATE FUNCTION "immv"."order_details$t3_customers"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_b0100227', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_b0100227', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_16d359e4_3";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_16d359e4_3" ("id", "name", "__ivm_m__") SELECT "id", "name", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_16d359e4_3" ("id", "name", "__ivm_m__") SELECT "id", "name", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."order_details$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT FROM (
        SELECT "id", "name", pg_catalog.sum("__ivm_m__") OVER "__ivm_image" AS "__ivm_net"
        FROM (SELECT "id", "name", -1 AS "__ivm_m__" FROM "immv_old" UNION ALL SELECT "id", "name", 1 FROM "immv_new") AS "__ivm_v"
        WINDOW "__ivm_image" AS (PARTITION BY "id" ORDER BY ROW("id", "name")::pg_catalog.record USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)
      ) AS "__ivm_n"
      WHERE "__ivm_net" <> 0
    ) THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."customers" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
           "immv_new" AS "customers",
           "public"."products" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
      ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
      SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
            AND "products"."id" = "__ivm_s"."__ivm_k_products_id");
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted customers rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_customers_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted customers rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_customers_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
--> statement-breakpoint
-- maintains order_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."products"
CREATE FUNCTION "immv"."order_details$t4_products"() RETURNS trigger
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
DECLARE
  depth integer := COALESCE(NULLIF(pg_catalog.current_setting('immv.depth_b0100227', true), ''), '1')::integer - 1;
BEGIN
  PERFORM pg_catalog.set_config('immv.depth_b0100227', depth::text, true);
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_details";
    IF pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
      PERFORM "immv"."order_details$stash"();
      DELETE FROM pg_temp."immv_2b51bc54_4";
    END IF;
    RETURN NULL;
  END IF;
  IF depth > 0 OR pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_2b51bc54_4" ("id", "name", "price", "__ivm_m__") SELECT "id", "name", "price", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_2b51bc54_4" ("id", "name", "price", "__ivm_m__") SELECT "id", "name", "price", 1 FROM "immv_new";
    END IF;
    IF depth = 0 THEN
      PERFORM "immv"."order_details$batch"();
    END IF;
    RETURN NULL;
  END IF;

  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."products" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
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
           "immv_new" AS "products"
      WHERE ("orders"."id" = "order_lines"."order_id")
        AND ("customers"."id" = "orders"."customer_id")
        AND ("products"."id" = "order_lines"."product_id")
      ON CONFLICT ("__ivm_k_order_lines_id", "__ivm_k_orders_id", "__ivm_k_customers_id", "__ivm_k_products_id") DO UPDATE
      SET "id" = EXCLUDED."id", "order_id" = EXCLUDED."order_id", "customer" = EXCLUDED."customer", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "line_total" = EXCLUDED."line_total"
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
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
            AND "products"."id" = "__ivm_s"."__ivm_k_products_id");
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
      WHERE ROW("__ivm_s"."id", "__ivm_s"."order_id", "__ivm_s"."customer", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."line_total")::pg_catalog.record OPERATOR(pg_catalog.*<>) ROW(EXCLUDED."id", EXCLUDED."order_id", EXCLUDED."customer", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."line_total")::pg_catalog.record;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
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
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted products rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_products_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted products rows
      DELETE FROM "immv"."order_details" WHERE ("__ivm_k_products_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;
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
BEGIN
  IF EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.oid IN (pg_catalog.to_regclass('pg_temp."immv_15b4854b_1"'), pg_catalog.to_regclass('pg_temp."immv_49c7171b_2"'), pg_catalog.to_regclass('pg_temp."immv_16d359e4_3"'), pg_catalog.to_regclass('pg_temp."immv_2b51bc54_4"'))
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', 'order_details'
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;
  IF pg_catalog.current_setting('immv.stash_b0100227', true) = 'on' THEN
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
  PERFORM pg_catalog.set_config('immv.stash_b0100227', 'on', true);
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
BEGIN
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
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
  PERFORM pg_catalog.set_config('immv.stash_b0100227', '', true);
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
