/**
 * `minutebook import FILE…`: summaries into the database, a batch of files at a time so that
 * memory stays bounded however many are named. Each file is stored whole or not at all; a file
 * that cannot be read or stored is named, with why, and the others go on. On a terminal a line
 * shows how far the import has come; at the end, what was stored and what was not.
 */
import { LOCAL_OPERATOR } from '../app/access.js';
import { describeDatabase } from '../app/config.js';
import type { MeetingStore } from '../app/ports.js';
import { readSummaryAside, saveSummaries, type ImportReport, type ReadFile } from '../app/summaries.js';
import { isInputError, MinutebookError } from '../domain/errors.js';
import { withStore, type CommandContext } from './context.js';
import { describeFailure, ReportedFailure } from './exit.js';
import { readInput } from './files.js';

/** How many files are read, then stored in one transaction. */
const FILES_PER_BATCH = 200;

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export async function importCommand(
  files: string[],
  options: { db?: string; published?: boolean },
  context: CommandContext,
): Promise<void> {
  const { output } = context;
  const failures: unknown[] = [];
  const failed = (error: unknown): void => {
    failures.push(error);
    output.status?.('');
    output.err(`minutebook: ${describeFailure(error).message}`);
  };
  const saveOptions = { published: options.published === true };
  await withStore(context, options.db, async (store, config) => {
    let meetings = 0;
    let stored = 0;
    for (let start = 0; start < files.length; start += FILES_PER_BATCH) {
      // The batch's files are read from disk together, then read for their meetings one by one.
      const batch = files.slice(start, start + FILES_PER_BATCH);
      const inputs = await Promise.allSettled(batch.map((name) => readInput(name)));
      const read: ReadFile[] = [];
      for (const given of inputs) {
        try {
          if (given.status === 'rejected') throw given.reason;
          read.push({ input: given.value, file: await readSummaryAside(given.value) });
        } catch (error) {
          failed(error);
        }
      }
      for (const report of await saveBatch(store, read, saveOptions, failed)) {
        stored++;
        for (const m of report.meetings) {
          meetings++;
          const warnings = m.warnings === 0 ? '' : `, ${plural(m.warnings, 'warning')}`;
          output.out(
            `${m.outcome.padEnd(9)} ${m.id} (version ${m.version}${warnings})  ← ${report.file ?? 'input'}`,
          );
        }
      }
      output.status?.(
        `imported ${Math.min(start + FILES_PER_BATCH, files.length).toLocaleString('en')} of ${plural(files.length, 'file')}`,
      );
    }
    output.status?.('');
    if (stored > 0) await store.analyze();
    const notImported = failures.length === 0 ? '' : `; ${plural(failures.length, 'file')} not imported`;
    output.err(
      `${plural(meetings, 'meeting')} from ${plural(stored, 'file')} in ${describeDatabase(config)}${notImported}`,
    );
  });
  // Each failure was named as it happened; the exit code says the first one's kind.
  if (failures.length > 0) throw new ReportedFailure(describeFailure(failures[0]).code);
}

/**
 * Stores a batch in one transaction; when the store refuses it for one file's sake, each file
 * on its own, so that only the file at fault is left out. A failure of the store itself (the
 * database gone) stops the import.
 */
async function saveBatch(
  store: MeetingStore,
  read: ReadFile[],
  options: { published: boolean },
  failed: (error: unknown) => void,
): Promise<ImportReport[]> {
  if (read.length === 0) return [];
  try {
    return await saveSummaries(store, LOCAL_OPERATOR, read, options);
  } catch (error) {
    if (!refusedForInput(error)) throw error;
    if (read.length === 1) {
      failed(error);
      return [];
    }
  }
  const reports: ImportReport[] = [];
  for (const one of read) reports.push(...(await saveBatch(store, [one], options, failed)));
  return reports;
}

// A refusal of what a file holds (a conflict with a published meeting included), not of the store.
const refusedForInput = (error: unknown): boolean => error instanceof MinutebookError && isInputError(error);
