#!/usr/bin/env node
// The command's entry: a committed file, so npm links the bin on install even before the first
// build (in this repository's fresh clones); the command itself is dist/main.js.
import "../dist/main.js";
