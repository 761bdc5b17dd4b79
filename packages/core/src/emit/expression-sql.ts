import type { ConstantValue, Expression } from "../ir/expression.js";
import { ident, literal, qualified } from "./sql.js";

/**
 * SQL that PostgreSQL reads back as `e` under `search_path = pg_catalog, pg_temp` (maintenance
 * functions run with it) and any other session setting: functions schema-qualified, identifiers
 * quoted, constants written so no setting changes how they read, and every compound operand in
 * parentheses so no precedence rule is relied on.
 *
 * Group keys, aggregate and window results have no SQL of their own: the emitter replaces them
 * (by storage columns, or the expressions that read a result from them) before printing.
 */
export function expressionSql(e: Expression): string {
  switch (e.kind) {
    case "column":
      return qualified(e.alias, e.column);
    case "constant":
      return constantSql(e.value);
    case "function":
      return `${qualified(e.schema, e.name)}(${list(e.args)})`;
    case "operator": {
      // LIKE and ILIKE are these operators to PostgreSQL; the keywords read better.
      const op = (e.schema === undefined ? LIKE_KEYWORDS[e.name] : undefined) ?? operatorSql(e.schema, e.name);
      return e.left === undefined ? `${op} ${operand(e.right)}` : `${operand(e.left)} ${op} ${operand(e.right)}`;
    }
    case "cast":
      return `${operand(e.arg)}::${e.typeSql}`;
    case "bool":
      return e.op === "not"
        ? `NOT ${operand(e.args[0] as Expression)}`
        : e.args.map(operand).join(` ${e.op.toUpperCase()} `);
    case "null_test":
      return `${operand(e.arg)} IS ${e.negated ? "NOT " : ""}NULL`;
    case "boolean_test":
      return `${operand(e.arg)} IS ${e.negated ? "NOT " : ""}${e.test.toUpperCase()}`;
    case "case": {
      // Keywords delimit every part of a CASE: none needs parentheses.
      const subject = e.subject === undefined ? "" : ` ${expressionSql(e.subject)}`;
      const whens = e.whens.map((w) => ` WHEN ${expressionSql(w.condition)} THEN ${expressionSql(w.result)}`).join("");
      const otherwise = e.otherwise === undefined ? "" : ` ELSE ${expressionSql(e.otherwise)}`;
      return `CASE${subject}${whens}${otherwise} END`;
    }
    case "coalesce":
      return `COALESCE(${list(e.args)})`;
    case "greatest_least":
      return `${e.op.toUpperCase()}(${list(e.args)})`;
    case "nullif":
      return `NULLIF(${expressionSql(e.left)}, ${expressionSql(e.right)})`;
    case "array":
      return `ARRAY[${list(e.elements)}]`;
    case "row":
      return `ROW(${list(e.args)})`;
    case "subscript": {
      const bound = (b: Expression | undefined) => (b === undefined ? "" : expressionSql(b));
      const index = e.slice ? `${bound(e.lower)}:${bound(e.upper)}` : bound(e.upper);
      return `(${expressionSql(e.arg)})[${index}]`;
    }
    case "field":
      return `(${expressionSql(e.arg)}).${e.field === undefined ? "*" : ident(e.field)}`;
    case "collate":
      return `${operand(e.arg)} COLLATE ${e.collation.map(ident).join(".")}`;
    case "scalar_array":
      return `${operand(e.left)} ${operatorSql(e.schema, e.op)} ${e.all ? "ALL" : "ANY"} (${expressionSql(e.right)})`;
    case "distinct_from":
      return `${operand(e.left)} IS ${e.negated ? "NOT " : ""}DISTINCT FROM ${operand(e.right)}`;
    case "in_list":
      return `${operand(e.arg)} ${e.negated ? "NOT " : ""}IN (${list(e.items)})`;
    case "between":
      return `${operand(e.arg)} ${e.negated ? "NOT " : ""}BETWEEN ${e.symmetric ? "SYMMETRIC " : ""}${operand(e.low)} AND ${operand(e.high)}`;
    case "aggregate_call":
      return `${qualified(e.schema, e.name)}(${e.star ? "*" : list(e.args)})`;
    case "scalar_subquery": {
      const from = e.occurrences.map((o) => `${qualified(o.relation.schema, o.relation.name)} AS ${ident(o.alias)}`);
      const where = e.predicates.length > 0 ? ` WHERE ${e.predicates.map(operand).join(" AND ")}` : "";
      return `(SELECT ${expressionSql(e.value)} FROM ${from.join(", ")}${where})`;
    }
    case "group_key":
    case "aggregate_result":
    case "window_result":
    case "subquery":
      throw new Error(`a ${e.kind} must be replaced before it is printed`);
  }
}

function list(items: readonly Expression[]): string {
  return items.map(expressionSql).join(", ");
}

/** `e` where it is an operand: in parentheses unless it is one token or delimits itself. */
function operand(e: Expression): string {
  const sql = expressionSql(e);
  return standsAlone(e) ? sql : `(${sql})`;
}

function standsAlone(e: Expression): boolean {
  switch (e.kind) {
    case "column":
    case "function":
    case "aggregate_call":
    case "scalar_subquery":
    case "case":
    case "coalesce":
    case "greatest_least":
    case "nullif":
    case "array":
    case "row":
      return true;
    case "constant":
      // A negative number is an operator and a number to the reader: -1::text is -(1::text).
      return !(
        (e.value.form === "integer" && e.value.value < 0) ||
        (e.value.form === "number" && e.value.text.startsWith("-"))
      );
    default:
      return false;
  }
}

const LIKE_KEYWORDS: Readonly<Record<string, string>> = {
  "~~": "LIKE",
  "!~~": "NOT LIKE",
  "~~*": "ILIKE",
  "!~~*": "NOT ILIKE",
};

function operatorSql(schema: string | undefined, name: string): string {
  return schema === undefined ? name : `OPERATOR(${ident(schema)}.${name})`;
}

/** A constant that reads the same under any setting (see `literal` for strings). */
function constantSql(v: ConstantValue): string {
  switch (v.form) {
    case "null":
      return "NULL";
    case "boolean":
      return v.value ? "true" : "false";
    case "integer":
      return String(v.value);
    case "number":
      return v.text;
    case "string":
      return literal(v.text);
    case "bit_string":
      // The parser keeps the B or X in front, lower-cased.
      return `${v.text.slice(0, 1).toUpperCase()}'${v.text.slice(1)}'`;
  }
}
