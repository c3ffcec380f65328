// Writes docs/interchange.schema.json from the record schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { interchangeSchema } from '../src/domain/interchange-schema.js';

writeFileSync(
  new URL('../docs/interchange.schema.json', import.meta.url),
  `${JSON.stringify(interchangeSchema(), null, 2)}\n`,
);
