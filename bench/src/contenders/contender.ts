import type { Engine, Session } from "../engine/engine.js";
import type { BenchView } from "../views/index.js";

export type ContenderId = "none" | "immv" | "trigger" | "refresh" | "pg_ivm";

/** One way of having (or not having) the view; each contender works on its own copy of the tables. */
export interface Contender {
  id: ContenderId;
  label: string;
  /** The schema holding this contender's tables and view. */
  schema: string;
  /** Why this contender cannot run here, or undefined. */
  unavailable(engine: Engine): string | undefined;
  /** Creates and populates the view; returns why it cannot maintain this view, or undefined. */
  create(session: Session, view: BenchView): Promise<string | undefined>;
  /** Brings the view up to date after a write (only REFRESH needs this). */
  afterWrite?(session: Session, view: BenchView): Promise<void>;
  drop(session: Session, view: BenchView): Promise<void>;
  /** Whether the contender holds rows to compare with the query. */
  hasRows: boolean;
}
