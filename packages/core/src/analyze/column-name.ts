import type { Node } from "@pgsql/types";
import { names, unwrap } from "../parse/ast.js";

/**
 * The name PostgreSQL gives an unaliased output column (FigureColname in parse_target.c), or
 * undefined where it would say `?column?` (immv then asks for an alias). PostgreSQL ranks each
 * guess: a column, function or field name (2) beats a type or `case` (1), so `amount::text` is
 * `amount` but `(amount + 1)::text` is `text`, and `CASE … ELSE note END` is `note`.
 */
export function figureColumnName(node: Node): string | undefined {
  return figure(node)?.name;
}

interface Guess {
  name: string;
  strength: 1 | 2;
}

const FUNCTION_LIKE: Record<string, string> = {
  CoalesceExpr: "coalesce",
  A_ArrayExpr: "array",
  RowExpr: "row",
  GroupingFunc: "grouping",
};

function figure(node: Node | undefined): Guess | undefined {
  if (!node) return undefined;
  const [tag, body] = unwrap(node);
  if (FUNCTION_LIKE[tag]) return { name: FUNCTION_LIKE[tag] as string, strength: 2 };
  switch (tag) {
    case "ColumnRef":
      return lastName(body.fields as Node[]);
    case "A_Indirection":
      // The last field selected (`(rec).f[1]` is `f`), else whatever the base is called.
      return lastName(body.indirection as Node[]) ?? figure(body.arg as Node);
    case "FuncCall": {
      const parts = names(body.funcname as Node[]);
      return { name: parts[parts.length - 1] as string, strength: 2 };
    }
    case "A_Expr":
      return body.kind === "AEXPR_NULLIF" ? { name: "nullif", strength: 2 } : undefined;
    case "TypeCast": {
      const inner = figure(body.arg as Node);
      if (inner?.strength === 2) return inner;
      const typeNames = names((body.typeName as { names?: Node[] } | undefined)?.names);
      const type = typeNames[typeNames.length - 1];
      return type === undefined ? inner : { name: type, strength: 1 };
    }
    case "CollateClause":
      return figure(body.arg as Node);
    case "CaseExpr": {
      const inner = figure(body.defresult as Node | undefined);
      return inner?.strength === 2 ? inner : { name: "case", strength: 1 };
    }
    case "MinMaxExpr":
      return { name: body.op === "IS_GREATEST" ? "greatest" : "least", strength: 2 };
    default:
      return undefined;
  }
}

/** The last plain name of a field list, ignoring `*` and subscripts. */
function lastName(list: Node[] | undefined): Guess | undefined {
  const strings = (list ?? []).map((n) => unwrap(n)).filter(([tag]) => tag === "String");
  const last = strings[strings.length - 1];
  return last ? { name: String(last[1].sval), strength: 2 } : undefined;
}
