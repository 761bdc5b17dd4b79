import type { TypeName } from "../types/index.js";
import { type AnalyzeContext, fail } from "./context.js";

/**
 * A string literal is converted to its type each time a session parses the statement, under that
 * session's settings — the writer's, the migrating session's, the reader's. A literal of the
 * definition must therefore read the same under every setting: these checks accept only the
 * forms that do, and say how to write the others.
 */
export function checkLiteral(
  text: string,
  type: TypeName,
  at: { byteLocation: number | undefined },
  ctx: AnalyzeContext,
): void {
  const problem = settingDependence(text, type, ctx);
  if (problem) fail(ctx, "non_immutable_function", problem.message, at, problem.hint);
}

interface Problem {
  message: string;
  hint: string;
}

/** Words PostgreSQL's date/time input reads as the current time. */
const CLOCK_WORDS = ["now", "today", "tomorrow", "yesterday"];
/** Date/time words that mean the same always. */
const CONSTANT_WORDS = ["epoch", "infinity", "+infinity", "-infinity", "allballs"];

const ISO_DATE = String.raw`\d{4,}-\d{2}-\d{2}`;
const ISO_TIME = String.raw`\d{2}:\d{2}(:\d{2}(\.\d+)?)?`;
const OFFSET = String.raw`(z|utc|[+-]\d{2}(:?\d{2}(:?\d{2})?)?)`;
const ERA = String.raw`(\s+(bc|ad))?`;
const FORMS: Record<string, RegExp> = {
  date: new RegExp(`^${ISO_DATE}${ERA}$`, "i"),
  timestamp: new RegExp(`^${ISO_DATE}([ t]${ISO_TIME})?${ERA}$`, "i"),
  timestamptz: new RegExp(`^${ISO_DATE}[ t]${ISO_TIME}\\s*${OFFSET}${ERA}$`, "i"),
  time: new RegExp(`^${ISO_TIME}$`, "i"),
  timetz: new RegExp(`^${ISO_TIME}\\s*${OFFSET}$`, "i"),
};
const EXAMPLES: Record<string, string> = {
  date: "'2024-01-31'",
  timestamp: "'2024-01-31 13:45:00'",
  timestamptz: "'2024-01-31 13:45:00+00'",
  time: "'13:45:00'",
  timetz: "'13:45:00+00'",
};

function settingDependence(text: string, type: TypeName, ctx: AnalyzeContext): Problem | undefined {
  const info = ctx.types.type(type);
  if (info === undefined) return undefined;
  const shown = `'${text}'::${ctx.types.display(type)}`;
  if (info.element) return arrayLiteral(text, type, info.element, ctx);
  if (info.typtype === "r" && info.rangeOf) return rangeLiteral(text, info.rangeOf, ctx);
  const form = FORMS[type];
  if (form) {
    const value = text.trim().toLowerCase();
    if (CLOCK_WORDS.includes(value)) {
      return {
        message: `${shown} changes with the clock`,
        hint: "a maintained view may only use IMMUTABLE expressions; compare with the clock when reading the view",
      };
    }
    if (CONSTANT_WORDS.includes(value) || form.test(value)) return undefined;
    const zoned = type === "timestamptz" || type === "timetz";
    return {
      message: zoned
        ? `${shown} is read in the session's TimeZone (and DateStyle) unless it is written in ISO 8601 with an explicit offset`
        : `${shown} is read according to the session's DateStyle unless it is written in ISO 8601`,
      hint: `write it as ${EXAMPLES[type]}`,
    };
  }
  if (type === "interval" && signedByLeadingMinusOnly(text)) {
    return {
      message: `${shown} has a leading minus sign and unsigned fields after it, which IntervalStyle sql_standard reads as all negative and the other styles as only the first field`,
      hint: "give every field its own sign, e.g. '-1 day -02:00:00' or '-1 day +02:00:00'",
    };
  }
  const reads = SESSION_INPUT[type];
  if (reads) {
    return {
      message: `${shown} is read using ${reads}`,
      hint: "compare with a value of a type that reads the same in every session",
    };
  }
  return undefined;
}

/** Types whose text input reads a setting or the catalogs (PostgreSQL marks their input STABLE). */
const SESSION_INPUT: Record<string, string> = {
  money: "the session's lc_monetary",
  xml: "the session's xmloption",
  regclass: "the session's search_path",
  regtype: "the session's search_path",
  regproc: "the session's search_path",
  regprocedure: "the session's search_path",
  regoper: "the session's search_path",
  regoperator: "the session's search_path",
  regnamespace: "the catalogs",
  regrole: "the catalogs",
  regconfig: "the session's search_path",
  regdictionary: "the session's search_path",
  regcollation: "the session's search_path",
};

/** `'-1 2:00:00'`: a leading `-` followed by a field without a sign of its own. */
function signedByLeadingMinusOnly(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (!tokens[0]?.startsWith("-")) return false;
  return tokens.slice(1).some((t) => /^\d/.test(t)) || /^-\d+-\d+/.test(tokens[0]);
}

/** `'{a,NULL}'`: with array_nulls off an unquoted NULL is the string "NULL"; every element is read
 * as the element type. */
function arrayLiteral(text: string, type: TypeName, element: TypeName, ctx: AnalyzeContext): Problem | undefined {
  for (const item of arrayItems(text)) {
    if (!item.quoted && item.text.toLowerCase() === "null") {
      return {
        message: `the unquoted NULL in '${text}'::${ctx.types.display(type)} is a NULL element or the string "NULL" depending on the session's array_nulls`,
        hint: `write the array as ARRAY[…, NULL]::${ctx.types.display(type)}, or quote the element ("NULL") if the string is meant`,
      };
    }
    const problem = settingDependence(item.text, element, ctx);
    if (problem) return problem;
  }
  return undefined;
}

/** The elements of an array literal's text, nested arrays flattened. */
function arrayItems(text: string): { text: string; quoted: boolean }[] {
  const items: { text: string; quoted: boolean }[] = [];
  let current = "";
  let quoted = false;
  let inQuotes = false;
  const flush = () => {
    const trimmed = quoted ? current : current.trim();
    if (quoted || trimmed !== "") items.push({ text: trimmed, quoted });
    current = "";
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === "\\") current += text[++i] ?? "";
      else if (c === '"') inQuotes = false;
      else current += c;
    } else if (c === '"') {
      inQuotes = true;
      quoted = true;
    } else if (c === "{" || c === "}" || c === ",") {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return items;
}

function rangeLiteral(text: string, bound: TypeName, ctx: AnalyzeContext): Problem | undefined {
  const inner = text
    .trim()
    .replace(/^[[(]/, "")
    .replace(/[\])]$/, "");
  if (inner.toLowerCase() === "empty") return undefined;
  for (const part of inner.split(",")) {
    const value = part.trim().replace(/^"(.*)"$/, "$1");
    if (value === "") continue;
    const problem = settingDependence(value, bound, ctx);
    if (problem) return problem;
  }
  return undefined;
}
