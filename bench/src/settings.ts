/** How much each scenario does: the full suite, or --quick (seconds, for the test suite). */
export interface Settings {
  /** Single-row statements per operation and contender (p50/p99 over these). */
  singleRowStatements: number;
  /** Statements a contender runs before the next one takes over (A B A B …). */
  chunk: number;
  /**
   * Single-row UPDATEs of a branch's balance per operation and contender, on the views that read it
   * (`branchWrites`), and their turns: each changes the view rows of all accounts of one branch
   * (100k at 1M accounts), so there are fewer of them.
   */
  branchStatements: number;
  branchChunk: number;
  /** Writes followed by a REFRESH that are timed, per operation (REFRESH takes seconds at scale). */
  refreshSamples: number;
  bulkSizes: number[];
  bulkRepeats: number;
  largeRepeats: number;
  writerCounts: number[];
  writerSeconds: number;
  writerRounds: number;
}

export function settingsFor(quick: boolean, accounts: number): Settings {
  if (quick)
    return {
      singleRowStatements: 20,
      chunk: 5,
      branchStatements: 4,
      branchChunk: 2,
      refreshSamples: 2,
      bulkSizes: [Math.max(10, Math.floor(accounts / 20))],
      bulkRepeats: 1,
      largeRepeats: 1,
      writerCounts: [1, 4],
      writerSeconds: 0.3,
      writerRounds: 1,
    };
  return {
    singleRowStatements: 1000,
    chunk: 50,
    branchStatements: 50,
    branchChunk: 10,
    refreshSamples: 5,
    // A bulk statement touches at most a quarter of the table; larger changes are the "large" scenario.
    bulkSizes: [10_000, 100_000].filter((n) => n <= accounts / 4),
    bulkRepeats: 3,
    largeRepeats: 2,
    writerCounts: [1, 4, 8],
    writerSeconds: 5,
    writerRounds: 2,
  };
}
