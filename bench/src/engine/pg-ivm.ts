import type { Session } from "./engine.js";

/** Creates the pg_ivm extension; returns why it is unavailable, or undefined when it worked. */
export async function pgIvmMissing(session: Session): Promise<string | undefined> {
  try {
    await session.exec("CREATE EXTENSION IF NOT EXISTS pg_ivm");
    return undefined;
  } catch (error) {
    return `not available: ${(error as Error).message}`;
  }
}
