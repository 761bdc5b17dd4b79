import { ident } from "@immv/core";

/** `schema.name` for messages: quoted only where PostgreSQL would need quotes. */
export function displayName(schema: string, name: string): string {
  const show = (part: string) => (/^[a-z_][a-z0-9_$]*$/.test(part) ? part : ident(part));
  return `${show(schema)}.${show(name)}`;
}

/** `"public"."orders"` (as immv's catalog stores names) shown as `public.orders`; other text as it is. */
export function displayStoredName(stored: string): string {
  const match = /^"((?:[^"]|"")*)"\."((?:[^"]|"")*)"$/.exec(stored);
  if (!match) return stored;
  return displayName(match[1]!.replaceAll('""', '"'), match[2]!.replaceAll('""', '"'));
}
