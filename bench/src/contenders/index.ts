import type { Contender } from "./contender.js";
import { handWritten } from "./hand-written.js";
import { immv } from "./immv.js";
import { noView } from "./none.js";
import { pgIvm } from "./pg-ivm.js";
import { refresh } from "./refresh.js";

export type { Contender, ContenderId, Created } from "./contender.js";
/** In report order. */
export const CONTENDERS: Contender[] = [noView, immv, handWritten, refresh, pgIvm];
