/** A view the benchmark maintains in every contender, with its hand-written maintenance. */
export interface BenchView {
  /** Short name for --views. */
  key: string;
  /** Also the name of the view object in each contender's schema. */
  id: string;
  title: string;
  /** The defining query over the tables of `schema`. */
  query(schema: string): string;
  /** The output columns, compared against the query after each scenario. */
  columns: string[];
  /**
   * SQL that creates `schema.id` as a plain table maintained by hand-written statement triggers:
   * what a careful developer would write for this one view (the practical floor).
   */
  handWritten(schema: string): string;
  /**
   * The view reads `pgbench_branches.bbalance`: the single-row scenario also runs one-row UPDATEs of
   * it (each changes the view rows of one branch's accounts).
   */
  branchWrites?: boolean;
  /** Also measured with concurrent writers. */
  concurrent: boolean;
}
