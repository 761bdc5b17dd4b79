#!/usr/bin/env node
console.log("immv-prisma");
