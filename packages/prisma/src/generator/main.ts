import { relative } from "node:path";
import type { GeneratorOptions } from "@prisma/generator";
import generatorHelper from "@prisma/generator-helper";
import { PrismaImmvError } from "../errors.js";
import { generateImmvMigrations } from "../generate.js";
import { generateMode } from "../mode.js";
import { generatorSettings } from "./settings.js";

const { generatorHandler } = generatorHelper;

// Prisma reads the generator's stderr as its protocol channel; stdout reaches the terminal.
const say = (line: string) => process.stdout.write(`${line}\n`);

generatorHandler({
  onManifest: () => ({ prettyName: "immv migrations", defaultOutput: "./migrations" }),
  onGenerate: (options) =>
    generate(options).catch((error: unknown) => {
      // Prisma prints only the message of a generator's error: put code, place and hint in it.
      if (error instanceof PrismaImmvError) throw Object.assign(new Error(error.format()), { stack: error.format() });
      throw error;
    }),
});

async function generate(options: GeneratorOptions): Promise<void> {
  const settings = generatorSettings(options);
  const mode = generateMode();
  const result = await generateImmvMigrations({
    ...settings,
    datamodel: options.dmmf.datamodel,
    schemaText: options.datamodel,
    schemaPath: relative(process.cwd(), options.schemaPath) || options.schemaPath,
    mode,
  });
  const where = relative(process.cwd(), settings.migrationsDir) || ".";
  for (const c of result.changes) {
    say(`immv: ${c.view} ${c.reason} → wrote ${where}/${c.folder}/migration.sql`);
  }
  if (result.changes.length === 0) {
    say(
      `immv: ${result.views.length} IMMV${result.views.length === 1 ? "" : "s"} up to date in ${where}${mode === "verify" ? " (verified; CI mode writes nothing)" : ""}`,
    );
  } else {
    say("immv: apply with `prisma migrate dev` (or `prisma migrate deploy`)");
  }
}
