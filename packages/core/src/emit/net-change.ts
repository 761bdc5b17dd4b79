import { SIGN_COLUMN } from "../plan/columns.js";
import { ident, record } from "./sql.js";

/**
 * What an UPDATE statement changed in the columns a view reads, from its transition tables.
 *
 * Row versions are compared by their binary images (`*<`, `*=`: the record image operators
 * REFRESH MATERIALIZED VIEW CONCURRENTLY relies on), never as text — whose form depends on the
 * session's settings, and which makes a 30 MB value the view never reads cost seconds — and
 * never by a type's equality, which calls numeric 1.0 and 1.00 the same though the view must show
 * the one the table holds now, and which json lacks. Only the read columns are compared.
 *
 * As multisets: OLD and NEW each hold a version of every updated row, and an intermediate version
 * of a row the statement changed twice (an FK cascade within the table) in both; a version that
 * differs only in columns the view does not read reads the same as the one it replaced. The net
 * change is NEW minus OLD image by image: versions whose image has a positive count (added) or a
 * negative one (removed), one row per image. With the primary key among the read columns, each
 * key has at most one added and one removed image.
 */
export type NetSide = "added" | "removed" | "either";

/** SQL of the images of `columns` that `side` of the statement's net change holds. */
export function netChangeRows(columns: readonly string[], side: NetSide): string {
  const cols = columns.map(ident).join(", ");
  const sign = ident(SIGN_COLUMN);
  const net = '"__ivm_net"';
  const keep = side === "added" ? `${net} > 0` : side === "removed" ? `${net} < 0` : `${net} <> 0`;
  return [
    `SELECT ${cols} FROM (`,
    `  SELECT ${cols}, pg_catalog.sum(${sign}) OVER "__ivm_image" AS ${net},`,
    // the first of the versions with one image stands for them all
    `         pg_catalog.row_number() OVER "__ivm_image" = pg_catalog.rank() OVER "__ivm_image" AS "__ivm_first"`,
    `  FROM (SELECT ${cols}, -1 AS ${sign} FROM "immv_old" UNION ALL SELECT ${cols}, 1 FROM "immv_new") AS "__ivm_v"`,
    `  WINDOW "__ivm_image" AS (ORDER BY ${record(columns.map(ident))} USING OPERATOR(pg_catalog.*<) RANGE BETWEEN CURRENT ROW AND CURRENT ROW)`,
    `) AS "__ivm_n"`,
    `WHERE "__ivm_first" AND ${keep}`,
  ].join("\n");
}
