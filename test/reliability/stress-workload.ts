import { Random } from "../differential/random.js";

/**
 * Random transactions for the concurrency stress run. Base rows are always touched in one global
 * order (table, then primary key) and inserts use ids no other worker uses, so the workload by
 * itself cannot deadlock or violate a constraint: any deadlock or error comes from maintenance.
 */

export const SCHEMA = `
  CREATE TABLE customers (id int PRIMARY KEY, region int NOT NULL, name text);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount int, status text);
  CREATE TABLE events (order_id int, kind text);
  INSERT INTO customers SELECT i, i % 4, 'c' || i FROM generate_series(1, 40) i;
  INSERT INTO orders SELECT i, 1 + i % 40, i % 17, CASE WHEN i % 3 = 0 THEN 'open' ELSE 'paid' END
    FROM generate_series(1, 400) i;
  INSERT INTO events SELECT 1 + i % 400, CASE WHEN i % 2 = 0 THEN 'seen' ELSE 'sent' END
    FROM generate_series(1, 400) i;`;

/** Existing keys are 1..KEYS; each worker inserts above KEYS in its own range. */
const CUSTOMERS = 40;
const ORDERS = 400;

interface Operation {
  table: number;
  key: number;
  sql: string;
}

export class TransactionGenerator {
  private readonly rng: Random;
  private nextId: number;

  /** `range`: a number no other generator of the run uses; its inserts take ids from it. */
  constructor(seed: number, range: number) {
    this.rng = new Random(seed);
    this.nextId = 1_000_000 * (range + 1);
  }

  /** One transaction: 1–`most` statements on random tables, in the global lock order. */
  next(most: number): string[] {
    const n = this.rng.int(1, most);
    const ops = Array.from({ length: n }, () => this.operation());
    ops.sort((a, b) => a.table - b.table || a.key - b.key);
    return ops.map((o) => o.sql);
  }

  private operation(): Operation {
    const r = this.rng.next();
    const customer = this.rng.int(1, CUSTOMERS);
    const order = this.rng.int(1, ORDERS);
    if (r < 0.15) {
      return {
        table: 0,
        key: customer,
        sql: `UPDATE customers SET region = (region + 1) % 4, name = name || '' WHERE id = ${customer}`,
      };
    }
    if (r < 0.45) {
      return {
        table: 1,
        key: order,
        sql: `UPDATE orders SET amount = (amount + ${this.rng.int(1, 5)}) % 17, status = CASE WHEN status = 'open' THEN 'paid' ELSE 'open' END, customer_id = ${this.rng.chance(0.3) ? customer : "customer_id"} WHERE id = ${order}`,
      };
    }
    if (r < 0.6) {
      const id = this.nextId++;
      // orders ids above the shared range: the order is the last to be locked in its table
      return {
        table: 1,
        key: id,
        sql: `INSERT INTO orders VALUES (${id}, ${customer}, ${this.rng.int(0, 16)}, 'open'), (${id + 500_000}, ${customer}, 3, 'paid')`,
      };
    }
    if (r < 0.7) {
      return { table: 1, key: order, sql: `DELETE FROM orders WHERE id = ${order}` };
    }
    if (r < 0.85) {
      return {
        table: 2,
        key: order,
        sql: `INSERT INTO events VALUES (${order}, '${this.rng.chance(0.5) ? "seen" : "sent"}')`,
      };
    }
    // events has no key: delete one duplicate by ctid, the lowest, so workers lock in one order
    return {
      table: 2,
      key: order,
      sql: `DELETE FROM events WHERE ctid = (SELECT min(ctid) FROM events WHERE order_id = ${order})`,
    };
  }
}
