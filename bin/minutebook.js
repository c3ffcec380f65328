#!/usr/bin/env node
// The command line, compiled from src/cli by `npm run build` (run by `npm install` as prepare).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
