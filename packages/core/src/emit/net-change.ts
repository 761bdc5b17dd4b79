import { SIGN_COLUMN } from "../plan/columns.js";
import { ident, indent, record } from "./sql.js";

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
/**
 * Each version of the statement's rows (`columns` only) with the net count of its image in NEW
 * minus OLD (`__ivm_net`), and with `first`, whether it is the first version of its image. `key`:
 * the table's primary key (among `columns`), or none. Versions are partitioned by it, so that
 * only versions of one row have their images compared: comparing images costs far more than keys.
 */
function versions(columns: readonly string[], key: readonly string[], first: boolean): string {
  const cols = columns.map(ident).join(", ");
  const partition = key.length > 0 ? `PARTITION BY ${key.map(ident).join(", ")} ` : "";
  const order = `${partition}ORDER BY ${record(columns.map(ident))} USING OPERATOR(pg_catalog.*<)`;
  const sign = ident(SIGN_COLUMN);
  const image = '"__ivm_image"';
  return [
    `SELECT ${cols}, pg_catalog.sum(${sign}) OVER ${image} AS "__ivm_net"${first ? "," : ""}`,
    ...(first
      ? [`       pg_catalog.row_number() OVER ${image} = pg_catalog.rank() OVER ${image} AS "__ivm_first"`]
      : []),
    `FROM (SELECT ${cols}, -1 AS ${sign} FROM "immv_old" UNION ALL SELECT ${cols}, 1 FROM "immv_new") AS "__ivm_v"`,
    `WINDOW ${image} AS (${order} RANGE BETWEEN CURRENT ROW AND CURRENT ROW)`,
  ].join("\n");
}

/** A query with a row when the statement changed the images of `columns`. */
export function readColumnsChanged(columns: readonly string[], key: readonly string[]): string {
  return `SELECT FROM (\n${indent(versions(columns, key, false), 2)}\n) AS "__ivm_n"\nWHERE "__ivm_net" <> 0`;
}

/** The images of `columns` the statement added (net count above 0) or removed, one row each. */
export function netChangeRows(columns: readonly string[], key: readonly string[], side: "added" | "removed"): string {
  return [
    `SELECT ${columns.map(ident).join(", ")} FROM (`,
    indent(versions(columns, key, true), 2),
    `) AS "__ivm_n"`,
    `WHERE "__ivm_first" AND "__ivm_net" ${side === "added" ? ">" : "<"} 0`,
  ].join("\n");
}
