/** Hidden storage column: how many times a row occurs (counted views), or how many input rows a
 * group has (aggregate views). */
export const COUNT_COLUMN = "__ivm_count__";

/** Column of change rows: +1 for a row added, -1 for a row removed. */
export const SIGN_COLUMN = "__ivm_m__";
