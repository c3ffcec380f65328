/**
 * The fidelity corpus as the scripts read it: the entries of fidelity/manifest/*.json (each batch
 * a file) and the truth of each (fidelity/truth/<id>.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Truth } from './fidelity-score.js';

export interface Entry {
  id: string;
  file: string;
  family: string;
  body: string;
  bytes: number;
  sha256: string;
  short?: boolean;
  source: { repo?: string; path?: string; commit?: string; url?: string };
}

export const ROOT = join(import.meta.dirname, '..', 'fidelity');

/** The names of the batches: `holdout-N` are held out from the work, the rest develop it. */
export function parts(): string[] {
  return readdirSync(join(ROOT, 'manifest'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The entries of one batch, or of all of them. */
export function manifest(part?: string): Entry[] {
  const all = parts();
  if (part !== undefined && !all.includes(part)) {
    console.error(`no part ${part}: the parts are ${all.join(', ')}`);
    process.exit(2);
  }
  return all
    .filter((p) => part === undefined || p === part)
    .flatMap((p) => JSON.parse(readFileSync(join(ROOT, 'manifest', `${p}.json`), 'utf8')) as Entry[]);
}

export function truthOf(entry: Entry): Truth {
  return JSON.parse(readFileSync(join(ROOT, 'truth', `${entry.id}.json`), 'utf8')) as Truth;
}
