import type { Engine, Session } from "../engine/engine.js";
import type { BenchView } from "../views/index.js";

export type Created = { ms: number } | { reason: string };

/** Runs `ddl` and returns its time. */
export async function timed(ddl: () => Promise<void>): Promise<Created> {
  const start = performance.now();
  await ddl();
  return { ms: performance.now() - start };
}

/** `immv_baseline`: a second immv build in the same run (`--baseline`), see baseline.ts. */
export type ContenderId = "none" | "immv" | "immv_baseline" | "trigger" | "refresh" | "pg_ivm";

/** One way of having (or not having) the view; each contender works on its own copy of the tables. */
export interface Contender {
  id: ContenderId;
  label: string;
  /** The schema holding this contender's tables and view. */
  schema: string;
  /** Why this contender cannot run here, or undefined. */
  unavailable(engine: Engine): string | undefined;
  /**
   * Creates and populates the view, timing only the statements that do it (an IMMV is compiled
   * ahead of time, so compiling is not part of it); or says why this contender cannot have it.
   */
  create(session: Session, view: BenchView): Promise<Created>;
  /** Brings the view up to date after a write (only REFRESH needs this). */
  afterWrite?(session: Session, view: BenchView): Promise<void>;
  drop(session: Session, view: BenchView): Promise<void>;
  /** Whether the contender holds rows to compare with the query. */
  hasRows: boolean;
}
