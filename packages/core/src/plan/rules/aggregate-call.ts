import { ImmvError } from "../../errors.js";
import type { AggregateCallForm, BoundAggregateCall } from "../../ir/relational.js";
import type { AggregateFunction } from "../../ir.js";

const MAINTAINED: ReadonlySet<string> = new Set<AggregateFunction>(["count", "sum", "avg", "min", "max"]);

/** Argument types whose sum and avg immv keeps exact (its fold of change summaries handles these). */
const ACCEPTED_TYPES: Record<string, string[]> = {
  sum: ["int2", "int4", "int8", "numeric", "float4", "float8", "money", "interval"],
  avg: ["int2", "int4", "int8", "numeric", "float4", "float8", "interval"],
};

export function isMaintainedAggregate(name: string): name is AggregateFunction {
  return MAINTAINED.has(name);
}

/** Only the aggregate forms whose result can be updated from a change alone are maintained. */
export function rejectUnmaintainedAggregateCall(call: BoundAggregateCall): void {
  rejectUnmaintainedAggregateForm(call.form);
  const { name, position } = call.form;
  if ((name === "avg" || name === "sum") && call.argType === undefined) {
    throw new ImmvError(
      "aggregate",
      `the type of ${name}()'s argument cannot be told, and how its result is kept exact depends on it`,
      position,
      `cast the argument, e.g. ${name}((price * quantity)::numeric)`,
    );
  }
  const accepted = ACCEPTED_TYPES[name];
  if (call.argType !== undefined && accepted !== undefined && !accepted.includes(call.argType)) {
    throw new ImmvError(
      "aggregate",
      `PostgreSQL has no ${name}(${call.argType})`,
      position,
      `${name}() takes ${accepted.join(", ")}; cast the argument to one of them`,
    );
  }
}

/** What can be told from the call as written, before its arguments are bound. */
export function rejectUnmaintainedAggregateForm(form: AggregateCallForm): void {
  const { name } = form;
  const written = `${name}(${form.star ? "*" : "…"})`;
  const fail = (message: string, hint: string, position = form.position): never => {
    throw new ImmvError("aggregate", message, position, hint);
  };
  if (!MAINTAINED.has(name)) {
    fail(
      `aggregate ${name}() cannot be maintained incrementally yet`,
      "use count, sum, avg, min or max, or aggregate when reading the view",
    );
  }
  if (form.distinct) {
    fail(
      `${name}(DISTINCT …) is not supported yet`,
      `select the distinct values in a DISTINCT view and apply ${name}() when reading it`,
    );
  }
  if (form.filter) {
    fail(
      `${written} FILTER (WHERE …) is not supported`,
      `move the condition into the argument, e.g. ${name === "count" ? "sum(CASE WHEN … THEN 1 ELSE 0 END)" : `${name}(CASE WHEN … THEN x END)`}`,
      form.filter.position,
    );
  }
  if (form.ordered) {
    fail(
      `ORDER BY inside ${written} is not supported`,
      "remove the ORDER BY; it does not change count, sum, avg, min or max",
    );
  }
  if (form.variadic) fail(`VARIADIC ${name}() is not supported`, "pass the argument directly");
  if (form.star ? name !== "count" : form.argCount !== 1) {
    fail(
      form.star ? `${name}(*) does not exist` : `${name}() takes exactly one argument here`,
      form.star ? "pass a column, e.g. sum(amount)" : `write ${name}(expression)`,
    );
  }
}
