/**
 * The shapes the API takes and gives, as zod schemas: they validate every request, and the
 * OpenAPI document at /api/openapi.json is generated from them, so the two cannot disagree.
 * Each area's are in schemas/; the pages read their filters with the same queries.
 */
export * from './schemas/common.js';
export * from './schemas/meetings.js';
export * from './schemas/registers.js';
export * from './schemas/following.js';
export * from './schemas/search.js';
