import { BASELINE_ID, BASELINE_LABEL } from "./baseline.js";
import type { Contender, ContenderId } from "./contender.js";
import { handWritten } from "./hand-written.js";
import { immv } from "./immv.js";
import { noView } from "./none.js";
import { pgIvm } from "./pg-ivm.js";
import { refresh } from "./refresh.js";

export { BASELINE_ID, BASELINE_LABEL, type BaselineInfo, loadBaseline } from "./baseline.js";
export type { Contender, ContenderId, Created } from "./contender.js";
/** In report order; the baseline (`--baseline`), when present, comes right after immv. */
export const CONTENDERS: Contender[] = [noView, immv, handWritten, refresh, pgIvm];

/** The contenders of a run in report order: CONTENDERS, with the baseline after immv if it took part. */
export function inReportOrder<T extends { id: ContenderId }>(contenders: T[], baseline: T | undefined): T[] {
  if (!baseline) return contenders;
  const at = contenders.findIndex((c) => c.id === "immv") + 1;
  return [...contenders.slice(0, at), baseline, ...contenders.slice(at)];
}

type Named = { id: ContenderId; label: string };
/** Every contender's id and label, the baseline included, in report order. */
export const ALL_CONTENDERS: Named[] = inReportOrder<Named>(CONTENDERS, { id: BASELINE_ID, label: BASELINE_LABEL });

export const labelOf = (id: ContenderId): string => ALL_CONTENDERS.find((c) => c.id === id)?.label ?? id;
