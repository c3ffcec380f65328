/**
 * The shape the code keeps as it grows: no module imports itself back through others, and no
 * source file of the web application is longer than a maintainer reads at once.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import madge from 'madge';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

test('no module of src/ imports itself back through other modules', async () => {
  const graph = await madge(src, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, 'tsconfig.json'),
    excludeRegExp: [/\.test\.ts$/],
  });
  const modules = graph.obj();
  // The graph is read for real: every module is found, with the imports it has.
  assert.ok(Object.keys(modules).length > 150, `only ${Object.keys(modules).length} modules read`);
  assert.ok(modules['http/app.ts']?.includes('http/pages/routes.ts'), 'the application imports its pages');
  assert.deepEqual(graph.circular(), []);
});

const LONGEST = 400;

test(`no source file of the web application is over ${LONGEST} lines`, () => {
  const files = readdirSync(join(src, 'http'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
    .map((name) => join(src, 'http', name));
  assert.ok(files.length > 50);
  const long = files
    .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > LONGEST);
  assert.deepEqual(long, []);
});

test('the server starts without loading the importer, which it loads when first asked to read', async () => {
  const graph = await madge(join(src, 'cli', 'serve.command.ts'), {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, 'tsconfig.json'),
    baseDir: src,
    detectiveOptions: {
      ts: { skipAsyncImports: true, skipTypeImports: true },
      tsx: { skipAsyncImports: true, skipTypeImports: true },
    },
  });
  const loaded = Object.keys(graph.obj());
  assert.ok(loaded.includes('http/app.ts') && loaded.includes('storage/store.ts'), 'the graph was read');
  assert.deepEqual(
    loaded.filter((module) => module.startsWith('importers/text/')),
    [],
  );
});
