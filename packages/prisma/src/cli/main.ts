import { Command, CommanderError } from "commander";
import { PrismaImmvError } from "../errors.js";
import { check } from "./check.js";
import { dev } from "./dev.js";

const program = new Command("immv-prisma")
  .description("IMMVs declared in schema.prisma: one command for migrate dev, and a drift check")
  .exitOverride();

program
  .command("dev")
  .description(
    "prisma migrate dev --create-only, then prisma generate (the immv generator writes the IMMVs' migrations), then prisma migrate dev",
  )
  .option("--name <name>", "name of the schema's migration")
  .option("--migrations <dir>", "the migrations folder", "prisma/migrations")
  .argument("[prisma-args...]", "passed to every prisma command (after --), e.g. -- --schema db/schema.prisma")
  .action((prismaArgs: string[], options: { name?: string; migrations: string }) => {
    process.exitCode = dev(options, prismaArgs);
  });

program
  .command("check")
  .description(
    "check that every IMMV the migrations create exists in the database at that version, with its view, storage, functions and enabled triggers",
  )
  .option("--url <url>", "PostgreSQL connection URL (default: $DATABASE_URL)")
  .option("--migrations <dir>", "the migrations folder", "prisma/migrations")
  .option("--data", "also compare each IMMV's rows with a fresh run of its query", false)
  .action(async (options: { url?: string; migrations: string; data: boolean }) => {
    process.exitCode = await check(options);
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof PrismaImmvError) {
    console.error(error.format());
    process.exitCode = 2;
  } else {
    console.error(`immv-prisma: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 3;
  }
}
