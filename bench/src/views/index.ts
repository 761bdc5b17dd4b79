import { aggregateView } from "./aggregate.js";
import { inSubqueryView } from "./in-subquery.js";
import { joinView } from "./join.js";
import { leftJoinView } from "./left-join.js";
import { minMaxView } from "./minmax.js";
import { regionTotalsView } from "./region-totals.js";
import type { BenchView } from "./view.js";

export type { BenchView } from "./view.js";
export const VIEWS: BenchView[] = [joinView, aggregateView, minMaxView, regionTotalsView, leftJoinView, inSubqueryView];
