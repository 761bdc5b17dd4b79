/**
 * Every PL/pgSQL body immv writes starts with this: a base column named like a variable of the
 * body (or like FOUND, TG_OP, …) is read as the column, whatever plpgsql.variable_conflict says.
 */
export const PLPGSQL_PRELUDE = "#variable_conflict use_column";
