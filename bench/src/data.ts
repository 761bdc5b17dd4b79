import type { Session } from "./engine/engine.js";

/** Accounts per branch, as in pgbench (scale 1 = 100,000 accounts, 1 branch)… */
const ACCOUNTS_PER_BRANCH = 100_000;
/** …but never fewer branches than this, so key updates and per-branch groups mean something. */
const MIN_BRANCHES = 10;
/** Branches per region: regions are the third table of the three-table join. */
export const BRANCHES_PER_REGION = 2;

export interface DataShape {
  accounts: number;
  branches: number;
  regions: number;
}

export function dataShape(accounts: number): DataShape {
  const branches = Math.max(MIN_BRANCHES, Math.ceil(accounts / ACCOUNTS_PER_BRANCH));
  return { accounts, branches, regions: Math.ceil(branches / BRANCHES_PER_REGION) };
}

/** A deterministic spread of balances (min/max need variety; pgbench starts every balance at 0). */
export const balanceOf = (aidSql: string) => `((${aidSql})::bigint * 7919 % 100003 - 50000)::int`;
/**
 * The starting balance of a branch: pgbench starts every branch at 0, but every fifth branch here
 * starts below zero, so that the views that keep only branches in credit (`bbalance >= 0`: the
 * LEFT JOIN's condition and the IN subquery's filter) have accounts on both sides from the start.
 */
export const branchBalanceOf = (bidSql: string) => `(CASE WHEN (${bidSql}) % 5 = 0 THEN -1 ELSE 0 END)`;
/** The branch of an inserted account: spread over all branches (loaded ones are contiguous, as in pgbench). */
export const branchOf = (aidSql: string, shape: DataShape) => `(1 + (${aidSql} - 1) % ${shape.branches})`;

/**
 * pgbench's accounts and branches (with filler, so rows have pgbench's width), a regions table for
 * the three-table join, the foreign keys pgbench creates with `-I f`, and the index on the foreign
 * key that any real schema has. Every contender gets its own identical copy in its own schema.
 */
export function schemaSql(schema: string, shape: DataShape): string {
  const s = schema;
  return `
CREATE SCHEMA ${s};
CREATE TABLE ${s}.bench_regions (rid int PRIMARY KEY, name text NOT NULL);
CREATE TABLE ${s}.pgbench_branches (bid int PRIMARY KEY, rid int NOT NULL REFERENCES ${s}.bench_regions, bbalance int NOT NULL, filler char(88));
CREATE TABLE ${s}.pgbench_accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, filler char(84));
INSERT INTO ${s}.bench_regions SELECT r, 'region ' || r FROM generate_series(1, ${shape.regions}) r;
INSERT INTO ${s}.pgbench_branches SELECT b, 1 + (b - 1) / ${BRANCHES_PER_REGION}, ${branchBalanceOf("b")} FROM generate_series(1, ${shape.branches}) b;`;
}

/** Loads accounts in slices so a progress bar can follow, then adds the foreign key and its index. */
export async function loadAccounts(
  session: Session,
  schema: string,
  shape: DataShape,
  onSlice: (rows: number) => void,
): Promise<void> {
  const slice = 100_000;
  for (let first = 1; first <= shape.accounts; first += slice) {
    const last = Math.min(shape.accounts, first + slice - 1);
    await session.exec(
      `INSERT INTO ${schema}.pgbench_accounts SELECT i, 1 + (i - 1) / ${Math.ceil(shape.accounts / shape.branches)}, ${balanceOf("i")}, '' FROM generate_series(${first}, ${last}) i`,
    );
    onSlice(last - first + 1);
  }
  await session.exec(`
ALTER TABLE ${schema}.pgbench_accounts ADD FOREIGN KEY (bid) REFERENCES ${schema}.pgbench_branches;
CREATE INDEX ON ${schema}.pgbench_accounts (bid)`);
}
