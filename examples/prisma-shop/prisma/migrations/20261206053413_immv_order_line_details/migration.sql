-- immv-prisma: {"view":"order_line_details","action":"create","immvSchema":"immv","viewSchema":"public","fingerprint":"9ebbfc4bdd7a48a7","tables":["public.order_lines","public.orders","public.customers"],"hash":"990b64476c5309a1","triggers":[{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"order_lines\"","name":"immv_order_line_details_4_truncate"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"orders\"","name":"immv_order_line_details_4_truncate"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_0_before"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_1_insert"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_2_update"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_3_delete"},{"table":"\"public\".\"customers\"","name":"immv_order_line_details_4_truncate"},{"table":"\"immv\".\"order_line_details\"","name":"immv_refuse_direct_writes"}]}
-- Written by @immv/prisma. Do not edit: change the view block in schema.prisma and run prisma generate,
-- which adds a new migration. Every statement is idempotent, so `prisma migrate reset` can replay it.

-- immv 0.1.0: incrementally maintained view "public"."order_line_details"

-- strategy: keyed; base tables: "public"."order_lines", "public"."orders", "public"."customers"

-- immv runtime 2: catalog, SQL API and batching (installs or upgrades in place)
CREATE SCHEMA IF NOT EXISTS "immv";

-- The installed version, and a secret only the owner reads: it names the settings that count a
-- batch's statements, so no other role can find (and forge) them.
CREATE TABLE IF NOT EXISTS "immv"."runtime" (
  "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
  "version" integer NOT NULL,
  "secret" text NOT NULL DEFAULT pg_catalog.md5(pg_catalog.gen_random_uuid()::text),
  "installed_at" timestamptz NOT NULL DEFAULT pg_catalog.now()
);
REVOKE ALL ON "immv"."runtime" FROM PUBLIC;
DO $immv$
BEGIN
  IF (SELECT "version" FROM "immv"."runtime") > 2 THEN
    RAISE EXCEPTION 'immv: the database has immv runtime %, newer than this script''s 2', (SELECT "version" FROM "immv"."runtime")
      USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'compile with a newer immv';
  END IF;
END
$immv$;
INSERT INTO "immv"."runtime" ("version") VALUES (2)
ON CONFLICT ("id") DO UPDATE SET "version" = EXCLUDED."version", "installed_at" = EXCLUDED."installed_at";

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
COMMENT ON TABLE "immv"."views" IS 'Incrementally maintained views compiled by immv; change them through immv migrations.';

CREATE OR REPLACE FUNCTION "immv"."refuse_write"() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
BEGIN
  RAISE EXCEPTION 'immv: %.% is maintained automatically and cannot be written directly', TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'object_not_in_prerequisite_state',
      HINT = format('write the base tables instead; to rebuild the view run SELECT %I.refresh(%L)', TG_TABLE_SCHEMA, TG_TABLE_NAME);
END
$immv$;

-- Rebuilds a view from its query (with_data = true), or empties it and stops maintaining it
-- (with_data = false), like REFRESH MATERIALIZED VIEW [WITH NO DATA]. Returns the rows stored.
CREATE OR REPLACE FUNCTION "immv"."refresh"(name text, with_data boolean DEFAULT true) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
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

CREATE OR REPLACE FUNCTION "immv"."get_def"(name text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT "definition" FROM "immv"."views" WHERE "immv"."views"."name" = $1
$immv$;

-- Compares the view with a fresh run of its definition. Returns one row per difference:
-- 'missing' (in the query, not in the view) or 'extra' (in the view, not in the query).
CREATE OR REPLACE FUNCTION "immv"."check"(name text) RETURNS TABLE (difference text, row_data jsonb)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
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

-- Removes a view, its storage, its functions and (through them) its triggers.
CREATE OR REPLACE PROCEDURE "immv"."drop"(name text, if_exists boolean DEFAULT false)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $immv$
#variable_conflict use_column
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

-- the name of one of the view's batch settings ('depth' or 'stash')
CREATE OR REPLACE FUNCTION "immv"."batch_setting"(view text, kind text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT 'immv.' || kind || '_' || md5(r."secret" || ':' || view) FROM "immv"."runtime" AS r
$immv$;

-- a statement on a base table of the view starts (BEFORE STATEMENT)
CREATE OR REPLACE FUNCTION "immv"."statement_started"(view text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
DECLARE
  "__ivm_depth" text := "immv"."batch_setting"(view, 'depth');
BEGIN
  PERFORM set_config("__ivm_depth", (COALESCE(NULLIF(current_setting("__ivm_depth", true), ''), '0')::integer + 1)::text, true);
END
$immv$;

-- a statement on a base table of the view ended (AFTER STATEMENT): 'apply' its changes now, or
-- 'stash' them for the rest of the batch, or 'stash_and_apply' when it ends a batch of several
CREATE OR REPLACE FUNCTION "immv"."statement_ended"(view text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $immv$
#variable_conflict use_column
DECLARE
  "__ivm_setting" text := "immv"."batch_setting"(view, 'depth');
  "__ivm_depth" integer := COALESCE(NULLIF(current_setting("__ivm_setting", true), ''), '1')::integer - 1;
BEGIN
  PERFORM set_config("__ivm_setting", "__ivm_depth"::text, true);
  IF "__ivm_depth" > 0 THEN
    RETURN 'stash';
  ELSIF current_setting("immv"."batch_setting"(view, 'stash'), true) = 'on' THEN
    RETURN 'stash_and_apply';
  END IF;
  RETURN 'apply';
END
$immv$;

-- whether the view's changes are being stashed in this transaction; and setting it
CREATE OR REPLACE FUNCTION "immv"."stashing"(view text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT current_setting("immv"."batch_setting"(view, 'stash'), true) IS NOT DISTINCT FROM 'on'
$immv$;
CREATE OR REPLACE FUNCTION "immv"."set_stashing"(view text, stashing boolean) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $immv$
  SELECT set_config("immv"."batch_setting"(view, 'stash'), CASE WHEN stashing THEN 'on' ELSE '' END, true)
$immv$;

-- replace an earlier version of this view
CALL "immv"."drop"('order_line_details', true);

-- keep writers out until the triggers are in place
LOCK TABLE "public"."order_lines", "public"."orders", "public"."customers" IN SHARE ROW EXCLUSIVE MODE;

-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types
CREATE TABLE "immv"."order_line_details" AS
SELECT l.order_id AS "order_id",
       l.line_no AS "line_no",
       c.name AS "customer",
       o.status AS "status",
       l.product AS "product",
       l.quantity AS "quantity",
       l.unit_price AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE (o.id = l.order_id)
  AND (c.id = o.customer_id)
WITH NO DATA;

INSERT INTO "immv"."views"
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  'order_line_details', '"public"."order_line_details"', '"immv"."order_line_details"',
  'SELECT l.order_id, l.line_no, c.name AS customer, o.status, l.product, l.quantity, l.unit_price FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id',
  'SELECT l.order_id, l.line_no, c.name AS customer, o.status, l.product, l.quantity, l.unit_price FROM public.order_lines AS l JOIN public.orders AS o ON o.id = l.order_id JOIN public.customers AS c ON c.id = o.customer_id',
  '990b64476c5309a1', '0.1.0', 'keyed',
  'INSERT INTO "immv"."order_line_details"
SELECT l.order_id AS "order_id",
       l.line_no AS "line_no",
       c.name AS "customer",
       o.status AS "status",
       l.product AS "product",
       l.quantity AS "quantity",
       l.unit_price AS "unit_price",
       "l"."order_id" AS "__ivm_k_l_order_id",
       "l"."line_no" AS "__ivm_k_l_line_no",
       "o"."id" AS "__ivm_k_o_id",
       "c"."id" AS "__ivm_k_c_id"
FROM "public"."order_lines" AS "l",
     "public"."orders" AS "o",
     "public"."customers" AS "c"
WHERE (o.id = l.order_id)
  AND (c.id = o.customer_id)',
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
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS
$immv$
#variable_conflict use_column
BEGIN
  PERFORM "immv"."statement_started"('order_line_details');
  RETURN NULL;
END
$immv$;

-- maintains order_line_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."order_lines"
CREATE FUNCTION "immv"."order_line_details$t1_order_lines"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_step" text := "immv"."statement_ended"('order_line_details');
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_line_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_line_details$stash"();
      DELETE FROM pg_temp."immv_8e681610_1";
    END IF;
    RETURN NULL;
  END IF;
  IF "__ivm_step" <> 'apply' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_line_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_8e681610_1" ("order_id", "line_no", "product", "quantity", "unit_price", "__ivm_m__") SELECT "order_id", "line_no", "product", "quantity", "unit_price", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_8e681610_1" ("order_id", "line_no", "product", "quantity", "unit_price", "__ivm_m__") SELECT "order_id", "line_no", "product", "quantity", "unit_price", 1 FROM "immv_new";
    END IF;
    IF "__ivm_step" = 'stash_and_apply' THEN
      PERFORM "immv"."order_line_details$batch"();
    END IF;
    RETURN NULL;
  END IF;

  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_line_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."order_lines" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
      -- current rows built from changed l rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "immv_new" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- current rows built from changed l rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "immv_new" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from changed l rows that no longer satisfy the view
      DELETE FROM "immv"."order_line_details" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "immv_old" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_new" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text))
        AND NOT EXISTS (
          SELECT FROM (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "l",
               "public"."orders" AS "o",
               "public"."customers" AS "c"
          WHERE (o.id = l.order_id)
            AND (c.id = o.customer_id)
            AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
            AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
            AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
            AND "c"."id" = "__ivm_s"."__ivm_k_c_id");
      -- current rows built from changed l rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from changed l rows that no longer satisfy the view
      DELETE FROM "immv"."order_line_details" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "immv_old" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_new" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text))
        AND NOT EXISTS (
          SELECT FROM (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "l",
               "public"."orders" AS "o",
               "public"."customers" AS "c"
          WHERE (o.id = l.order_id)
            AND (c.id = o.customer_id)
            AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
            AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
            AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
            AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
      $sql$;
      EXECUTE $sql$
      -- current rows built from changed l rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted l rows
      DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_l_order_id", "__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted l rows
      DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_l_order_id", "__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;

-- maintains order_line_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."orders"
CREATE FUNCTION "immv"."order_line_details$t2_orders"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_step" text := "immv"."statement_ended"('order_line_details');
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_line_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_line_details$stash"();
      DELETE FROM pg_temp."immv_e37a0d35_2";
    END IF;
    RETURN NULL;
  END IF;
  IF "__ivm_step" <> 'apply' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_line_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_e37a0d35_2" ("id", "customer_id", "status", "__ivm_m__") SELECT "id", "customer_id", "status", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_e37a0d35_2" ("id", "customer_id", "status", "__ivm_m__") SELECT "id", "customer_id", "status", 1 FROM "immv_new";
    END IF;
    IF "__ivm_step" = 'stash_and_apply' THEN
      PERFORM "immv"."order_line_details$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT ROW("id", "customer_id", "status")::text FROM "immv_old" EXCEPT ALL SELECT ROW("id", "customer_id", "status")::text FROM "immv_new") THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_line_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."orders" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
      -- current rows built from changed o rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           "immv_new" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- current rows built from changed o rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           "immv_new" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from changed o rows that no longer satisfy the view
      DELETE FROM "immv"."order_line_details" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_new" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text))
        AND NOT EXISTS (
          SELECT FROM "public"."order_lines" AS "l",
               (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "o",
               "public"."customers" AS "c"
          WHERE (o.id = l.order_id)
            AND (c.id = o.customer_id)
            AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
            AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
            AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
            AND "c"."id" = "__ivm_s"."__ivm_k_c_id");
      -- current rows built from changed o rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from changed o rows that no longer satisfy the view
      DELETE FROM "immv"."order_line_details" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_new" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text))
        AND NOT EXISTS (
          SELECT FROM "public"."order_lines" AS "l",
               (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "o",
               "public"."customers" AS "c"
          WHERE (o.id = l.order_id)
            AND (c.id = o.customer_id)
            AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
            AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
            AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
            AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
      $sql$;
      EXECUTE $sql$
      -- current rows built from changed o rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted o rows
      DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_o_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted o rows
      DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_o_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;

-- maintains order_line_details after INSERT, UPDATE, DELETE or TRUNCATE on "public"."customers"
CREATE FUNCTION "immv"."order_line_details$t3_customers"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS
$immv$
#variable_conflict use_column
DECLARE
  "__ivm_step" text := "immv"."statement_ended"('order_line_details');
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- every row of an inner join involves this table
    TRUNCATE "immv"."order_line_details";
    IF "__ivm_step" <> 'apply' THEN
      PERFORM "immv"."order_line_details$stash"();
      DELETE FROM pg_temp."immv_1a9ace72_3";
    END IF;
    RETURN NULL;
  END IF;
  IF "__ivm_step" <> 'apply' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM "immv"."order_line_details$stash"();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO pg_temp."immv_1a9ace72_3" ("id", "name", "__ivm_m__") SELECT "id", "name", -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO pg_temp."immv_1a9ace72_3" ("id", "name", "__ivm_m__") SELECT "id", "name", 1 FROM "immv_new";
    END IF;
    IF "__ivm_step" = 'stash_and_apply' THEN
      PERFORM "immv"."order_line_details$batch"();
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT ROW("id", "name")::text FROM "immv_old" EXCEPT ALL SELECT ROW("id", "name")::text FROM "immv_new") THEN
      -- only columns the view does not read changed
      RETURN NULL;
    END IF;
  END IF;
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_line_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  -- a statement on "public"."customers" alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT FROM "immv_new" OFFSET 255) THEN
      -- current rows built from changed c rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "immv_new" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- current rows built from changed c rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "immv_new" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
      $sql$;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from changed c rows that no longer satisfy the view
      DELETE FROM "immv"."order_line_details" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_new" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text))
        AND NOT EXISTS (
          SELECT FROM "public"."order_lines" AS "l",
               "public"."orders" AS "o",
               (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "c"
          WHERE (o.id = l.order_id)
            AND (c.id = o.customer_id)
            AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
            AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
            AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
            AND "c"."id" = "__ivm_s"."__ivm_k_c_id");
      -- current rows built from changed c rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text;
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from changed c rows that no longer satisfy the view
      DELETE FROM "immv"."order_line_details" AS "__ivm_s"
      WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_new" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text))
        AND NOT EXISTS (
          SELECT FROM "public"."order_lines" AS "l",
               "public"."orders" AS "o",
               (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "c"
          WHERE (o.id = l.order_id)
            AND (c.id = o.customer_id)
            AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
            AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
            AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
            AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
      $sql$;
      EXECUTE $sql$
      -- current rows built from changed c rows
      INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
      SELECT l.order_id AS "order_id",
             l.line_no AS "line_no",
             c.name AS "customer",
             o.status AS "status",
             l.product AS "product",
             l.quantity AS "quantity",
             l.unit_price AS "unit_price",
             "l"."order_id" AS "__ivm_k_l_order_id",
             "l"."line_no" AS "__ivm_k_l_line_no",
             "o"."id" AS "__ivm_k_o_id",
             "c"."id" AS "__ivm_k_c_id"
      FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           (SELECT "__ivm_r".* FROM "immv_new" AS "__ivm_r" WHERE NOT EXISTS (SELECT FROM "immv_old" AS "__ivm_o" WHERE ROW("__ivm_o".*)::text = ROW("__ivm_r".*)::text)) AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
      ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
      SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
      WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
      $sql$;
    END IF;
  ELSE
    IF NOT EXISTS (SELECT FROM "immv_old" OFFSET 255) THEN
      -- rows built from deleted c rows
      DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r");
    ELSE
      -- 256+ rows: plan for this statement's size instead of reusing the cached plan
      EXECUTE $sql$
      -- rows built from deleted c rows
      DELETE FROM "immv"."order_line_details" WHERE ("__ivm_k_c_id") IN (SELECT "id" FROM "immv_old" AS "__ivm_r")
      $sql$;
    END IF;
  END IF;
  RETURN NULL;
END
$immv$;

-- creates this session's stash tables for multi-statement batches (once per session)
CREATE FUNCTION "immv"."order_line_details$stash"() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS
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
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS
$immv$
#variable_conflict use_column
BEGIN
  -- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001
  UPDATE "immv"."views" SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()
  WHERE "name" = 'order_line_details' AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();
  EXECUTE $sql$
  -- rows built from changed l rows that no longer satisfy the view
  DELETE FROM "immv"."order_line_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_l_order_id", "__ivm_s"."__ivm_k_l_line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_8e681610_1") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
        AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
        AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
        AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
        AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed l rows
  INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
  SELECT l.order_id AS "order_id",
         l.line_no AS "line_no",
         c.name AS "customer",
         o.status AS "status",
         l.product AS "product",
         l.quantity AS "quantity",
         l.unit_price AS "unit_price",
         "l"."order_id" AS "__ivm_k_l_order_id",
         "l"."line_no" AS "__ivm_k_l_line_no",
         "o"."id" AS "__ivm_k_o_id",
         "c"."id" AS "__ivm_k_c_id"
  FROM "public"."order_lines" AS "l",
       "public"."orders" AS "o",
       "public"."customers" AS "c"
  WHERE (o.id = l.order_id)
    AND (c.id = o.customer_id)
    AND ("l"."order_id", "l"."line_no") IN (SELECT "order_id", "line_no" FROM (SELECT "order_id", "line_no", "product", "quantity", "unit_price", "__ivm_m__" FROM pg_temp."immv_8e681610_1") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
  SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
  WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
  $sql$;
  EXECUTE $sql$
  -- rows built from changed o rows that no longer satisfy the view
  DELETE FROM "immv"."order_line_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_o_id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status", "__ivm_m__" FROM pg_temp."immv_e37a0d35_2") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
        AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
        AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
        AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
        AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed o rows
  INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
  SELECT l.order_id AS "order_id",
         l.line_no AS "line_no",
         c.name AS "customer",
         o.status AS "status",
         l.product AS "product",
         l.quantity AS "quantity",
         l.unit_price AS "unit_price",
         "l"."order_id" AS "__ivm_k_l_order_id",
         "l"."line_no" AS "__ivm_k_l_line_no",
         "o"."id" AS "__ivm_k_o_id",
         "c"."id" AS "__ivm_k_c_id"
  FROM "public"."order_lines" AS "l",
       "public"."orders" AS "o",
       "public"."customers" AS "c"
  WHERE (o.id = l.order_id)
    AND (c.id = o.customer_id)
    AND ("o"."id") IN (SELECT "id" FROM (SELECT "id", "customer_id", "status", "__ivm_m__" FROM pg_temp."immv_e37a0d35_2") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
  SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
  WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
  $sql$;
  EXECUTE $sql$
  -- rows built from changed c rows that no longer satisfy the view
  DELETE FROM "immv"."order_line_details" AS "__ivm_s"
  WHERE ("__ivm_s"."__ivm_k_c_id") IN (SELECT "id" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_1a9ace72_3") AS "__ivm_c")
    AND NOT EXISTS (
      SELECT FROM "public"."order_lines" AS "l",
           "public"."orders" AS "o",
           "public"."customers" AS "c"
      WHERE (o.id = l.order_id)
        AND (c.id = o.customer_id)
        AND "l"."order_id" = "__ivm_s"."__ivm_k_l_order_id"
        AND "l"."line_no" = "__ivm_s"."__ivm_k_l_line_no"
        AND "o"."id" = "__ivm_s"."__ivm_k_o_id"
        AND "c"."id" = "__ivm_s"."__ivm_k_c_id")
  $sql$;
  EXECUTE $sql$
  -- current rows built from changed c rows
  INSERT INTO "immv"."order_line_details" AS "__ivm_s" ("order_id", "line_no", "customer", "status", "product", "quantity", "unit_price", "__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id")
  SELECT l.order_id AS "order_id",
         l.line_no AS "line_no",
         c.name AS "customer",
         o.status AS "status",
         l.product AS "product",
         l.quantity AS "quantity",
         l.unit_price AS "unit_price",
         "l"."order_id" AS "__ivm_k_l_order_id",
         "l"."line_no" AS "__ivm_k_l_line_no",
         "o"."id" AS "__ivm_k_o_id",
         "c"."id" AS "__ivm_k_c_id"
  FROM "public"."order_lines" AS "l",
       "public"."orders" AS "o",
       "public"."customers" AS "c"
  WHERE (o.id = l.order_id)
    AND (c.id = o.customer_id)
    AND ("c"."id") IN (SELECT "id" FROM (SELECT "id", "name", "__ivm_m__" FROM pg_temp."immv_1a9ace72_3") AS "__ivm_c")
  ON CONFLICT ("__ivm_k_l_order_id", "__ivm_k_l_line_no", "__ivm_k_o_id", "__ivm_k_c_id") DO UPDATE
  SET "order_id" = EXCLUDED."order_id", "line_no" = EXCLUDED."line_no", "customer" = EXCLUDED."customer", "status" = EXCLUDED."status", "product" = EXCLUDED."product", "quantity" = EXCLUDED."quantity", "unit_price" = EXCLUDED."unit_price"
  WHERE ROW("__ivm_s"."order_id", "__ivm_s"."line_no", "__ivm_s"."customer", "__ivm_s"."status", "__ivm_s"."product", "__ivm_s"."quantity", "__ivm_s"."unit_price")::text IS DISTINCT FROM ROW(EXCLUDED."order_id", EXCLUDED."line_no", EXCLUDED."customer", EXCLUDED."status", EXCLUDED."product", EXCLUDED."quantity", EXCLUDED."unit_price")::text
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
