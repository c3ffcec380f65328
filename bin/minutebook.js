#!/usr/bin/env node
// The command line, compiled from src/cli and bundled by `npm run build` (run by `npm install`
// as prepare, and by `npm start` and `npm test` when a source changed).
import { main } from '../dist/bundle/minutebook.js';

process.exitCode = await main(process.argv.slice(2));
