import { drizzleEndToEnd } from "./e2e.js";

drizzleEndToEnd("1.0");
