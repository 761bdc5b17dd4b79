import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { immv, STACK_FRAME } from "./run-cli.js";

const COMMANDS = ["sql", "explain", "create", "drop", "refresh", "check", "list"];

describe("immv CLI: exit codes and error messages", async () => {
  const { url, client } = await freshDatabase("cli_errors");
  const run = (args: string[], input?: string) => immv(args, { env: { DATABASE_URL: url }, input });

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric);
      INSERT INTO orders VALUES (1, 1, 10);`);
  });

  /** Nothing was created: the commands that failed must not have touched the database. */
  async function expectUntouched() {
    const { rows } = await client.query("SELECT to_regnamespace('immv') AS s");
    expect(rows[0].s).toBeNull();
  }

  test("explain prints the maintenance plan of a supported definition", async () => {
    const { code, stdout, stderr } = await run([
      "explain",
      "--name",
      "big",
      "--query",
      "SELECT id, amount FROM orders WHERE amount > 5",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/^view:\s+public\.big \(reads immv\.big\)$/m);
    expect(stdout).toMatch(/^strategy:\s+keyed$/m);
    expect(stdout).toContain("public.orders");
  });

  test("unsupported SQL exits 2 with error[aggregate], the line, a caret under the position and a hint", async () => {
    const sql = "SELECT count(DISTINCT customer_id) FROM orders";
    for (const args of [
      ["explain", "--query", sql],
      ["sql", "totals", "--query", sql],
      ["create", "totals", "-q", sql],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      const lines = stderr.split("\n");
      expect(lines[0]).toMatch(/^error\[aggregate\]: /);
      expect(lines[1]).toBe(`1 | ${sql}`);
      expect(lines[2]).toBe(`${" ".repeat("1 | ".length + sql.indexOf("count"))}^`);
      expect(stderr).toMatch(/^hint: \S/m);
      expect(stderr).not.toContain("\u001b["); // stderr is a pipe: no colour codes
      expect(stderr).not.toMatch(STACK_FRAME);
    }
    await expectUntouched();
  });

  test("the caret points into the right line of a multi-line definition read from stdin", async () => {
    const sql = "SELECT id,\n       now() AS at\nFROM orders";
    const { code, stderr } = await run(["explain"], sql);
    expect(code).toBe(2);
    const lines = stderr.split("\n");
    expect(lines[0]).toMatch(/^error\[non_immutable_function\]/);
    expect(lines[1]).toBe("2 |        now() AS at");
    expect(lines[2]!.indexOf("^")).toBe("2 | ".length + "       ".length);
  });

  test.each([
    { sql: "SELECT id FROM nowhere", code: "unknown_table", at: "nowhere" },
    { sql: "SELEC id FROM orders", code: "syntax_error", at: "SELEC" },
    { sql: "SELECT id, nope FROM orders", code: "unknown_column", at: "nope" },
    { sql: "SELECT id FROM orders; SELECT 1", code: "multiple_statements", at: undefined },
  ])("$sql exits 2 with error[$code]", async ({ sql, code, at }) => {
    for (const command of [["explain"], ["sql", "v"], ["create", "v"]]) {
      const result = await run([...command, "--query", sql]);
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toMatch(new RegExp(`^error\\[${code}\\]: `));
      if (at !== undefined) {
        const caret = result.stderr.split("\n")[2]!;
        expect(caret.indexOf("^")).toBe("1 | ".length + sql.indexOf(at));
      }
    }
    await expectUntouched();
  });

  test("an invalid view name is bad input", async () => {
    const result = await run(["create", "__ivm_x", "--query", "SELECT id FROM orders"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error\[invalid_name\]/);
  });

  test("no definition, two definitions or an unreadable file are bad input (exit 2)", async () => {
    const none = await run(["sql", "v"]); // stdin is an empty pipe
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--query");
    const both = await run(["sql", "v", "--query", "SELECT 1", "--file", "x.sql"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("not both");
    const missing = await run(["create", "v", "--file", "/nonexistent/definition.sql"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("/nonexistent/definition.sql");
    expect(missing.stderr).not.toMatch(STACK_FRAME);
  });

  test("a missing URL exits 2 and names --url and DATABASE_URL", async () => {
    for (const command of [["list"], ["drop", "v"], ["sql", "v", "-q", "SELECT id FROM orders"]]) {
      const result = await immv(command);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("DATABASE_URL");
      expect(result.stderr).toContain("--url");
    }
  });

  test("a server that is down, an unknown database or a malformed URL exit 3 without a stack trace", async () => {
    const down = await immv(["list", "--url", "postgresql://postgres@127.0.0.1:1/postgres"]);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain("ECONNREFUSED");
    expect(down.stderr).toContain("cannot connect to postgresql://postgres@127.0.0.1:1/postgres");
    expect(down.stderr).not.toMatch(STACK_FRAME);

    const badHost = await immv(["check", "v", "--url", "postgresql://u:secret@no-such-host.invalid/db"]);
    expect(badHost.code).toBe(3);
    expect(badHost.stderr).toContain("ENOTFOUND");
    expect(badHost.stderr).not.toContain("secret"); // the password is never printed

    const noDatabase = new URL(url);
    noDatabase.pathname = "/immv_no_such_database";
    const unknown = await immv(["list", "--url", noDatabase.toString()]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('database "immv_no_such_database" does not exist');
    expect(unknown.stderr).toContain("3D000");

    const malformed = await immv(["list", "--url", "not a url"]);
    expect(malformed.code).toBe(3);
    expect(malformed.stderr).toContain("not a PostgreSQL URL");
    expect(malformed.stderr).not.toMatch(STACK_FRAME);

    // --url wins over DATABASE_URL
    const overridden = await immv(["list", "--url", "postgresql://postgres@127.0.0.1:1/postgres"], {
      env: { DATABASE_URL: url },
    });
    expect(overridden.code).toBe(3);
  });

  test("drop, refresh and check of an unknown name exit 3 with a readable message, with or without immv's schema", async () => {
    for (const command of ["drop", "refresh", "check"]) {
      const result = await run([command, "nope"]);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('no maintained view named "nope"');
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
    await run(["create", "real", "--query", "SELECT id FROM orders"]);
    for (const command of ["drop", "refresh", "check"]) {
      const result = await run([command, "nope"]);
      expect(result.code).toBe(3);
      expect(result.stderr.split("\n")[0]).toBe('error: no maintained view named "nope"');
      expect(result.stderr).toContain("immv list");
    }
    expect((await run(["drop", "real"])).code).toBe(0);
  });

  test("PostgreSQL's message, SQLSTATE, detail and hint are printed for database errors; create rolls back", async () => {
    // An IMMUTABLE function that fails on one value: the initial population raises inside create.
    await client.query(`
      CREATE FUNCTION checked(v int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$
      BEGIN
        IF v = 42 THEN
          RAISE EXCEPTION 'value % is not allowed', v USING ERRCODE = '22023',
            DETAIL = 'row with the forbidden value', HINT = 'remove the row first';
        END IF;
        RETURN v;
      END $$;
      INSERT INTO orders VALUES (42, 1, 42);`);
    const result = await run(["create", "checked_view", "--query", "SELECT id, checked(amount::int) AS v FROM orders"]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      "error: value 42 is not allowed [SQLSTATE 22023]",
      "detail: row with the forbidden value",
      "hint: remove the row first",
      "",
    ]);
    // rolled back: no storage, no view
    const { rows } = await client.query(
      "SELECT to_regclass('immv.checked_view') AS storage, to_regclass('checked_view') AS v",
    );
    expect(rows[0]).toEqual({ storage: null, v: null });
    await client.query("DELETE FROM orders WHERE id = 42");
  });

  test("unknown commands and options exit 2 with commander's message; help exits 0 with examples", async () => {
    const unknown = await immv(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const option = await immv(["list", "--frobnicate"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--frobnicate'");
    const missingArgument = await immv(["drop"]);
    expect(missingArgument.code).toBe(2);
    expect(missingArgument.stderr).toContain("missing required argument 'name'");
    const badLimit = await immv(["check", "v", "--limit", "many"]);
    expect(badLimit.code).toBe(2);
    expect((await immv([])).code).toBe(2);

    const help = await immv(["--help"]);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
      const commandHelp = await immv([command, "--help"]);
      expect(commandHelp.code).toBe(0);
      expect(commandHelp.stdout).toContain(`Usage: immv ${command}`);
      expect(commandHelp.stdout).toContain("Examples:");
      expect(commandHelp.stdout).toContain(`$ immv ${command}`);
      expect(commandHelp.stdout).toContain("--url <url>");
    }
    expect((await immv(["help", "check"])).stdout).toContain("Usage: immv check");
  });
});
