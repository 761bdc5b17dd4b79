import { compileAgainst, type SchemaOptions } from "../compile-against.js";
import { type ConnectionOptions, withDatabase } from "../connection.js";
import { type QueryOptions, readQuery } from "../query-input.js";

/** `immv sql <name>`: print the creation (or drop) script, wrapped in BEGIN/COMMIT for psql. */
export async function sqlCommand(
  name: string,
  options: ConnectionOptions & QueryOptions & SchemaOptions & { drop?: boolean },
): Promise<void> {
  const query = readQuery(options);
  const compiled = await withDatabase(options, (client) =>
    compileAgainst(client, name, query, { ...options, transaction: true }),
  );
  process.stdout.write(options.drop ? compiled.dropSql : compiled.createSql);
}
