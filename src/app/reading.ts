/**
 * Reading a summary without holding up the requests of others: a large file (a long verbatim
 * record takes a few hundred milliseconds to read) is read on a thread of its own, while the
 * server goes on answering; a small one, most of them, is read at once.
 */
import { Worker } from 'node:worker_threads';
import { MinutebookError, type ErrorCode } from '../domain/errors.js';
import { meetingRecordSchema } from '../domain/record.js';
import type * as Importer from '../importers/importer.js';
import type { ImportInput, ParsedFile } from '../importers/importer.js';

let loading: Promise<typeof Importer> | null = null;

/**
 * The importer, loaded when first needed: it is the largest part of the program, and a server
 * that is never asked to read a file answers sooner without it.
 */
export const importer = (): Promise<typeof Importer> => (loading ??= import('../importers/importer.js'));

/** Reads one file into records, checking each against the interchange schema. */
export async function readSummary(input: ImportInput): Promise<ParsedFile> {
  const parsed = (await importer()).parseSummary(input);
  for (const record of parsed.records) {
    const check = meetingRecordSchema.safeParse(record);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      throw new MinutebookError(
        'invalid-record',
        `the importer produced an invalid record: ${issue.message}`,
        {
          ...(input.name === null ? {} : { file: input.name }),
          field: issue.path.join('.'),
        },
      );
    }
  }
  return parsed;
}

/** Files from this size on are read on the reading thread: below it, reading takes a few milliseconds. */
export const ASIDE_FROM_BYTES = 64 * 1024;

type Answer =
  | { id: number; parsed: ParsedFile }
  | { id: number; error: { code?: ErrorCode; message: string; location?: MinutebookError['location'] } };

/** Reads a summary as readSummary does; a large one on the reading thread. */
export function readSummaryAside(input: ImportInput): Promise<ParsedFile> {
  if (input.bytes.length < ASIDE_FROM_BYTES) return readSummary(input);
  return reader().read(input);
}

class Reader {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (p: ParsedFile) => void; reject: (e: Error) => void }>();
  #next = 0;

  constructor() {
    this.#worker = startWorker();
    this.#worker.unref();
    this.#worker.on('message', (answer: Answer) => {
      const waiting = this.#waiting.get(answer.id);
      this.#waiting.delete(answer.id);
      // Idle, the thread never keeps the process alive on its own.
      if (this.#waiting.size === 0) this.#worker.unref();
      if (waiting === undefined) return;
      if ('parsed' in answer) return waiting.resolve(answer.parsed);
      const { code, message, location } = answer.error;
      waiting.reject(
        code === undefined ? new Error(message) : new MinutebookError(code, message, location ?? {}),
      );
    });
    const fail = (error: Error) => {
      if (current === this) current = null;
      for (const { reject } of this.#waiting.values()) reject(error);
      this.#waiting.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`the reading thread stopped (${code})`)));
  }

  read(input: ImportInput): Promise<ParsedFile> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage({ id, bytes: input.bytes, name: input.name });
    });
  }
}

let current: Reader | null = null;

function reader(): Reader {
  current ??= new Reader();
  return current;
}

/** The reading thread: the built script, or, where the sources run as they are, the same through their loader. */
function startWorker(): Worker {
  const script = new URL(`./read.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  const load = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(load, { eval: true });
}
