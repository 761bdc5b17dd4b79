import type { Contender } from "./contender.js";

/** No view at all: the cost of the write alone. */
export const noView: Contender = {
  id: "none",
  label: "no view",
  schema: "c_none",
  hasRows: false,
  unavailable: () => undefined,
  create: async () => ({ ms: 0 }),
  drop: async () => {},
};
