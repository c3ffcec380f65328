// Bundles the compiled command line (dist/cli/main.js) into dist/bundle/, the code that
// bin/minutebook.js runs: Node loads a few files instead of about five hundred modules, which
// took most of a server's start. Run after tsc (npm run build; scripts/setup.sh).
//
// What a command loads only when asked (the importer, the PostgreSQL engine, most commands)
// stays in chunks of its own. The bundle sits two folders below the project, as the compiled
// modules do, so the paths they resolve from their own address (public/, examples/, the
// reading thread's script) hold. The SQLite and PostgreSQL drivers are loaded as installed.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by their content: those of an earlier build would stay beside the new ones.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: { minutebook: 'dist/cli/main.js', 'read.worker': 'dist/app/read.worker.js' },
  outdir: 'dist/bundle',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pg'],
  // Packages written as CommonJS call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
  },
  logLevel: 'warning',
});
