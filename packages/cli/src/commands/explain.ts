import { compileAgainst, type SchemaOptions } from "../compile-against.js";
import { type ConnectionOptions, withDatabase } from "../connection.js";
import { type QueryOptions, readQuery } from "../query-input.js";

/** `immv explain`: how the view would be stored and maintained. */
export async function explainCommand(
  options: ConnectionOptions & QueryOptions & SchemaOptions & { name: string },
): Promise<void> {
  const query = readQuery(options);
  const compiled = await withDatabase(options, (client) => compileAgainst(client, options.name, query, options));
  console.log(compiled.explain);
}
