#!/usr/bin/env node
import { main } from './main.js';

// exitCode, not process.exit(): stdout is flushed before the process ends.
process.exitCode = await main(process.argv.slice(2));
