#!/usr/bin/env node
// A committed entry point, so npm links the bin even before the first build.
await import("../dist/generator/main.js");
