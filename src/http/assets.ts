/**
 * The pages' style sheet and script, served by the application itself (no other host is ever
 * asked for anything). Files are read once at start-up and sent with a content hash in their
 * address, so browsers may keep them for a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

const FILES = { 'style.css': 'text/css; charset=utf-8', 'app.js': 'text/javascript; charset=utf-8' } as const;
type AssetName = keyof typeof FILES;

const folder = new URL('../../public/', import.meta.url);
const loaded = Object.fromEntries(
  (Object.keys(FILES) as AssetName[]).map((name) => {
    const bytes = readFileSync(new URL(name, folder));
    return [name, { bytes, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 10) }];
  }),
) as Record<AssetName, { bytes: Buffer; hash: string }>;

/** The address of an asset, with its content hash. */
export function assetPath(name: AssetName): string {
  return `/assets/${loaded[name].hash}/${name}`;
}

/** Adds the asset routes to an app. */
export function serveAssets(app: Hono<AppEnv>): void {
  app.get('/assets/:hash/:name', (c) => {
    const name = c.req.param('name') as AssetName;
    const asset = loaded[name];
    if (asset === undefined || asset.hash !== c.req.param('hash')) return c.notFound();
    c.header('Content-Type', FILES[name]);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(asset.bytes));
  });
}
