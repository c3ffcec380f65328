/**
 * The engines every storage contract test runs on: an SQLite file in a fresh temporary folder,
 * and a fresh PostgreSQL database on the server DATABASE_URL names (created and dropped here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { MeetingStore } from '../../src/app/ports.js';
import { openStore } from '../../src/storage/store.js';

export interface TestEngine {
  name: 'sqlite' | 'postgres';
  /** Why the engine cannot run here, or null when it can. */
  unavailable: string | null;
  open(): Promise<{ store: MeetingStore; url: string; drop(): Promise<void> }>;
}

const postgresUrl =
  process.env.DATABASE_URL !== undefined && /^postgres(?:ql)?:\/\//.test(process.env.DATABASE_URL)
    ? process.env.DATABASE_URL
    : null;

/** Whether tests must fail, rather than skip, when PostgreSQL is missing. */
export const postgresRequired = process.env.MINUTEBOOK_REQUIRE_POSTGRES === '1';

export const engines: TestEngine[] = [
  {
    name: 'sqlite',
    unavailable: null,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'minutebook-test-'));
      const url = join(dir, 'test.db');
      const store = await openStore({ url });
      return { store, url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    unavailable: postgresUrl === null ? 'DATABASE_URL does not name a PostgreSQL server' : null,
    async open() {
      const { url, drop } = await emptyPostgresDatabase();
      return { store: await openStore({ url }), url, drop };
    },
  },
];

/** A new, empty database on the PostgreSQL server DATABASE_URL names: its URL, and how to drop it. */
export async function emptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (postgresUrl === null)
    throw new Error('PostgreSQL is required for this test, but DATABASE_URL is not set');
  const name = `mb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(postgresUrl, `CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => admin(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Declares a suite that runs on one engine: skipped with its reason when the engine is missing
 * here, and failed outright when it is missing but required (MINUTEBOOK_REQUIRE_POSTGRES=1).
 */
export function describeOn(
  engine: TestEngine,
  name: string,
  body: (context: { store: () => MeetingStore; url: () => string }) => void,
): void {
  describeWith(engine, name, () => {
    let opened: Awaited<ReturnType<TestEngine['open']>> | null = null;
    before(async () => {
      opened = await engine.open();
    });
    after(async () => {
      await opened?.store.close();
      await opened?.drop();
    });
    body({ store: () => opened!.store, url: () => opened!.url });
  });
}

/**
 * Declares a suite that needs an engine, and opens nothing itself: skipped with its reason when
 * the engine is missing here, and failed outright when it is missing but required.
 */
export function describeWith(engine: TestEngine, name: string, body: () => void): void {
  if (engine.unavailable !== null && postgresRequired) {
    describe(name, () => {
      it('has its database', () => assert.fail(`${engine.name} is required but ${engine.unavailable}`));
    });
    return;
  }
  const missing = engine.unavailable;
  if (missing !== null) {
    describe(name, () => {
      it('has its database', { skip: missing }, () => undefined);
    });
    return;
  }
  describe(name, body);
}
