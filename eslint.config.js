// Lint rules: the recommended sets plus the import directions of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (from, forbidden, allowed = []) => ({
  files: [`src/${from}/**/*.ts`, `src/${from}/**/*.tsx`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}/*`, `**/${dir}/**`, ...allowed.map((path) => `!**/${path}`)],
          message: `${from}/ must not import ${dir}/ (see docs/ARCHITECTURE.md)`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests read JSON answers whose shape they check themselves.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The pages' one script runs in the browser, as plain JavaScript.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', Intl: 'readonly' } },
  },
  layer('domain', ['app', 'storage', 'importers', 'exporters', 'http', 'cli']),
  layer('importers', ['app', 'storage', 'exporters', 'http', 'cli']),
  layer('exporters', ['app', 'storage', 'importers', 'http', 'cli']),
  layer('storage', ['app', 'importers', 'exporters', 'http', 'cli'], ['app/ports.js']),
  layer('app', ['storage', 'http', 'cli']),
  layer('cli', ['storage', 'importers', 'exporters', 'http'], ['http/server.js']),
  layer('http', ['storage', 'importers', 'exporters', 'cli']),
);
