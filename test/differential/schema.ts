import type { Random } from "./random.js";

/**
 * The base tables of one run. Small value domains make joins match and duplicates common:
 *   p  parent, primary key id
 *   c  child, primary key id, p_id → p (ON DELETE CASCADE or SET NULL, chosen per run)
 *   s  composite primary key (a, b)
 *   n  no primary key: duplicate rows are allowed
 * A user trigger (per run) on n writes p, so one statement changes two base tables.
 */
export interface Schema {
  ddl: string;
  cascade: "CASCADE" | "SET NULL";
  trigger: boolean;
}

export function generateSchema(rng: Random): Schema {
  const cascade = rng.pick(["CASCADE", "SET NULL"] as const);
  const trigger = rng.chance(0.6);
  const ddl = `CREATE TABLE p (id int PRIMARY KEY, k int, v int, t text);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p ON DELETE ${cascade}, k int, v numeric, t text);
CREATE TABLE s (a int, b text, k int, v int, PRIMARY KEY (a, b));
CREATE TABLE n (k int, v int, t text);
${
  trigger
    ? `CREATE FUNCTION n_touches_p() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE p SET v = COALESCE(v, 0) + 1 WHERE k = NEW.k;
  RETURN NULL;
END $$;
CREATE TRIGGER n_touches_p AFTER INSERT ON n FOR EACH ROW EXECUTE FUNCTION n_touches_p();`
    : ""
}`;
  return { ddl, cascade, trigger };
}

export const TABLES = ["p", "c", "s", "n"] as const;
export type Table = (typeof TABLES)[number];
