/** The formats a meeting can be exported in (kept apart so the command line loads it cheaply). */
export const EXPORT_FORMATS = ['md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
