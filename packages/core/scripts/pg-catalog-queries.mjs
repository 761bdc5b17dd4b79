// The catalog queries behind src/types/pg-catalog.generated.ts, shared by the extraction script
// and the test that compares the committed data with a running server.

/** Types no SQL expression can take or return; functions using them are left out. */
const UNCALLABLE = `ARRAY['internal', 'cstring', 'trigger', 'event_trigger', 'language_handler', 'fdw_handler',
  'index_am_handler', 'tsm_handler', 'table_am_handler', 'opaque']::name[]`;

const BUILTIN_TYPE = `t.typnamespace = 'pg_catalog'::regnamespace AND t.typrelid = 0`;

export const TYPES_SQL = `
SELECT t.typname AS name, t.typcategory AS category, t.typispreferred AS preferred, t.typtype,
  COALESCE(CASE WHEN t.typcategory = 'A' THEN e.typname END, '') AS element,
  COALESCE(a.typname, '') AS array, ip.provolatile AS input, op.provolatile AS output
FROM pg_type t
LEFT JOIN pg_type e ON e.oid = t.typelem
LEFT JOIN pg_type a ON a.oid = t.typarray
JOIN pg_proc ip ON ip.oid = t.typinput
JOIN pg_proc op ON op.oid = t.typoutput
WHERE ${BUILTIN_TYPE} AND (t.typcategory <> 'A' OR e.typrelid = 0)
ORDER BY 1`;

export const CASTS_SQL = `
SELECT s.typname AS source, t.typname AS target, c.castcontext AS context, c.castmethod AS method,
  COALESCE(p.provolatile::text, '') AS volatility
FROM pg_cast c
JOIN pg_type s ON s.oid = c.castsource
JOIN pg_type t ON t.oid = c.casttarget
LEFT JOIN pg_proc p ON p.oid = c.castfunc
WHERE s.typnamespace = 'pg_catalog'::regnamespace AND t.typnamespace = 'pg_catalog'::regnamespace
ORDER BY 1, 2`;

export const FUNCTIONS_SQL = `
SELECT p.proname AS name,
  ARRAY(SELECT t.typname FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(oid, i)
        JOIN pg_type t ON t.oid = a.oid ORDER BY a.i)::text[] AS args,
  COALESCE(v.typname, '') AS variadic, r.typname AS result, p.proretset AS returns_set,
  p.prokind AS kind, p.provolatile AS volatility, p.proisstrict AS strict, p.pronargdefaults AS defaults
FROM pg_proc p
JOIN pg_type r ON r.oid = p.prorettype
LEFT JOIN pg_type v ON v.oid = p.provariadic
WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind IN ('f', 'a', 'w')
  -- pg_upgrade's own functions change between minor releases and are never part of a view
  AND p.proname !~ '^binary_upgrade_'
  AND r.typname <> ALL (${UNCALLABLE})
  AND NOT EXISTS (SELECT FROM unnest(p.proargtypes::oid[]) AS a(oid) JOIN pg_type t ON t.oid = a.oid
                  WHERE t.typname = ANY (${UNCALLABLE}))
ORDER BY 1, 2, 3`;

export const OPERATORS_SQL = `
SELECT o.oprname AS name, COALESCE(l.typname, '') AS left, r.typname AS right, res.typname AS result,
  p.provolatile AS volatility, p.proisstrict AS strict
FROM pg_operator o
LEFT JOIN pg_type l ON l.oid = o.oprleft
JOIN pg_type r ON r.oid = o.oprright
JOIN pg_type res ON res.oid = o.oprresult
JOIN pg_proc p ON p.oid = o.oprcode
WHERE o.oprnamespace = 'pg_catalog'::regnamespace
  AND res.typname <> ALL (${UNCALLABLE})
ORDER BY 1, 2, 3`;

/**
 * The rows of one server as the generated file's tuples (without the versions mask), keyed by
 * section. `client` is anything with pg's `query(text)`.
 */
export async function readCatalog(client) {
  const types = (await client.query(TYPES_SQL)).rows.map((r) => [
    r.name,
    r.category,
    r.preferred,
    r.typtype,
    r.element,
    r.array,
    r.input,
    r.output,
  ]);
  const casts = (await client.query(CASTS_SQL)).rows.map((r) => [
    r.source,
    r.target,
    r.context,
    r.method,
    r.volatility,
  ]);
  const functions = (await client.query(FUNCTIONS_SQL)).rows.map((r) => [
    r.name,
    r.args,
    r.variadic,
    r.result,
    r.returns_set,
    r.kind,
    r.volatility,
    r.strict,
    r.defaults,
  ]);
  const operators = (await client.query(OPERATORS_SQL)).rows.map((r) => [
    r.name,
    r.left,
    r.right,
    r.result,
    r.volatility,
    r.strict,
  ]);
  return { types, casts, functions, operators };
}
