/**
 * `npm run fidelity:rebuild -- DIR`: fetches the texts of the fidelity corpus into DIR from
 * where the manifest says they came from (a repository's file at its commit, or a page's
 * address), on a machine that reaches GitHub and the web, and keeps each only if its bytes are
 * the ones the manifest names. Then `npm run fidelity -- DIR --check` checks the folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest } from './fidelity-corpus.js';

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: npm run fidelity:rebuild -- DIR');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const entries = manifest();
let failed = 0;
for (const entry of entries) {
  const target = join(dir, entry.file);
  if (existsSync(target)) continue;
  const { repo, path, commit, url } = entry.source;
  const address =
    repo !== undefined && path !== undefined && commit !== undefined
      ? `https://raw.githubusercontent.com/${repo}/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`
      : url;
  try {
    if (address === undefined) throw new Error('the manifest gives no source');
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address} answered ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // A page's text taken by hand (its navigation kept or not) is not what the address serves:
    // those come from a copy of the corpus, and are checked the same way.
    if (sha256 !== entry.sha256) throw new Error(`${address} gave other bytes (sha256 ${sha256})`);
    writeFileSync(target, bytes);
  } catch (error) {
    failed += 1;
    console.error(`${entry.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${entries.length - failed} of ${entries.length} texts in ${dir}`);
process.exit(failed === 0 ? 0 : 1);
