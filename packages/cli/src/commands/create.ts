import { compileAgainst, quoteIdent, type SchemaOptions } from "../compile-against.js";
import { type ConnectionOptions, inTransaction, withDatabase } from "../connection.js";
import { type QueryOptions, readQuery } from "../query-input.js";

/** `immv create <name>`: compile and apply in one transaction. */
export async function createCommand(
  name: string,
  options: ConnectionOptions & QueryOptions & SchemaOptions,
): Promise<void> {
  const query = readQuery(options);
  await withDatabase(options, async (client) => {
    const compiled = await compileAgainst(client, name, query, options);
    const started = performance.now();
    await inTransaction(client, () => client.query(compiled.createSql));
    const { rows } = await client.query(
      `SELECT count(*)::bigint AS n FROM ${quoteIdent(options.viewSchema)}.${quoteIdent(name)}`,
    );
    const ms = (performance.now() - started).toFixed(0);
    console.log(`created ${options.viewSchema}.${name} (${compiled.plan.strategy}): ${rows[0].n} rows in ${ms} ms`);
  });
}
