import { drizzleEndToEnd } from "./e2e.js";

drizzleEndToEnd("0.31");
