/**
 * The schema's history, in order. Each migration runs on both engines; what differs between
 * them comes from the engine, never from a branch here.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { Engine } from '../engine.js';
import { initial } from './0001-initial.js';
import { revision } from './0002-revision.js';
import { accounts } from './0003-accounts.js';
import { workflow } from './0004-workflow.js';
import { versions } from './0005-versions.js';
import { links } from './0006-links.js';
import { series } from './0007-series.js';
import { integrity } from './0008-integrity.js';
import { searchWords } from './0009-search-words.js';
import { setupTokens } from './0010-setup-tokens.js';
import { tallies } from './0011-tallies.js';
import { documentTallies } from './0012-document-tallies.js';
import { ownerWordsTable } from './0013-owner-words.js';

/** The migrations for one engine. */
export function migrationsFor(engine: Engine): MigrationProvider {
  const all: Record<string, Migration> = {
    '0001-initial': initial(engine),
    '0002-revision': revision(),
    '0003-accounts': accounts(engine),
    '0004-workflow': workflow(engine),
    '0005-versions': versions(engine),
    '0006-links': links(),
    '0007-series': series(engine),
    '0008-integrity': integrity(),
    '0009-search-words': searchWords(engine),
    '0010-setup-tokens': setupTokens(),
    '0011-tallies': tallies(engine),
    '0012-document-tallies': documentTallies(engine),
    '0013-owner-words': ownerWordsTable(engine),
  };
  return { getMigrations: async () => all };
}
