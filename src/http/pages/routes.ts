/**
 * Every page route, area by area. Each area lists its routes beside the pages they serve
 * (`kit/route.ts` says how a route is declared); the order here is the order they are tried.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { adminRoutes } from './accounts/admin.routes.js';
import { accountRoutes } from './accounts/routes.js';
import { followRoutes } from './follow/routes.js';
import { importRoutes } from './import/routes.js';
import { mount, type PageDeps } from './kit/route.js';
import { editRoutes } from './meetings/edit.routes.js';
import { meetingRoutes } from './meetings/routes.js';
import { registerRoutes } from './registers/routes.js';

export function pageRoutes(app: Hono<AppEnv>, deps: PageDeps): void {
  mount(app, deps, [
    ...accountRoutes,
    ...meetingRoutes,
    ...editRoutes,
    ...registerRoutes,
    ...followRoutes,
    ...importRoutes,
    ...adminRoutes,
  ]);
}
