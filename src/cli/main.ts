/**
 * The `minutebook` command: parses arguments, runs one command, maps any failure to a message
 * on stderr and an exit code (see exit.ts). Commands load their modules only when run, so that
 * `--help` and argument errors answer at once.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXPORT_FORMATS } from '../app/formats.js';
import type { CommandContext } from './context.js';
import { EXIT, ReportedFailure, describeFailure } from './exit.js';
import { endQuietlyOnClosedOutput, processOutput, type Output } from './output.js';

/** Runs the command line; resolves to the exit code. */
export async function main(
  argv: string[],
  output: Output = processOutput,
  env: NodeJS.ProcessEnv = process.env,
  readSecret?: (prompt: string) => Promise<string>,
): Promise<number> {
  if (output === processOutput) endQuietlyOnClosedOutput();
  const context: CommandContext = { output, env, ...(readSecret === undefined ? {} : { readSecret }) };
  const program = build(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ReportedFailure) return error.exitCode;
    const { code, message } = describeFailure(error);
    output.err(`minutebook: ${message}`);
    return code;
  }
}

function build(context: CommandContext): Command {
  const program = new Command('minutebook')
    .description('A system of record for the meetings of governance bodies.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.output.out(s), writeErr: (s) => context.output.err(s) })
    .showHelpAfterError('(run minutebook --help for usage)');
  const db = new Option(
    '--db <path-or-url>',
    'SQLite file or postgres:// URL (default: $DATABASE_URL, $MINUTEBOOK_DB, ./minutebook.db)',
  );
  const limit = new Option('--limit <n>', 'how many to show').argParser(positive).default(20);
  const offset = new Option('--offset <n>', 'how many to skip').argParser(natural).default(0);

  program
    .command('parse')
    .description('read a summary and print what was extracted, without storing it')
    .argument('<file>', 'a summary (.md, .txt, .adoc) or interchange JSON')
    .option('--json', 'print interchange JSON')
    .action(async (file: string, options: { json?: boolean }) =>
      (await import('./parse.command.js')).parseCommand(file, options, context),
    );
  program
    .command('import')
    .description('import summaries into the database (each file whole or not at all)')
    .argument('<files...>', 'summaries (.md, .txt, .adoc) or interchange JSON')
    .addOption(db)
    .option(
      '--published',
      'the summaries are published already: everyone may read them (otherwise they are drafts)',
    )
    .action(async (files: string[], options: { db?: string; published?: boolean }) =>
      (await import('./import.command.js')).importCommand(files, options, context),
    );
  program
    .command('list')
    .description('list meetings, newest first')
    .addOption(db)
    .option('--body <slug-or-name>', 'only the meetings of one body')
    .addOption(limit)
    .addOption(offset)
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./list.command.js')).listCommand(options, context));
  program
    .command('show')
    .description('show a meeting, or one decision or action (igf-lp/2024-11-01#d1)')
    .argument('<id>', 'a citable identifier')
    .addOption(db)
    .option('--json', 'print JSON')
    .action(async (id: string, options) =>
      (await import('./show.command.js')).showCommand(id, options, context),
    );
  program
    .command('search')
    .description('search meetings, outcomes, documents and people')
    .argument('<query>', 'words, "a phrase", -excluded, OR')
    .addOption(db)
    .addOption(limit)
    .addOption(offset)
    .option('--json', 'print JSON')
    .action(async (query: string, options) =>
      (await import('./search.command.js')).searchCommand(query, options, context),
    );
  program
    .command('export')
    .description('write a meeting in a published format')
    .argument('<id>', 'a meeting identifier')
    .addOption(db)
    .addOption(
      new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (id: string, options) =>
      (await import('./export.command.js')).exportCommand(id, options, context),
    );
  program
    .command('serve')
    .description('serve the web application (what npm start runs)')
    .addOption(db)
    .addOption(new Option('--port <n>', 'the port to listen on').argParser(port).default(3000).env('PORT'))
    .option('--host <name>', 'the address to listen on; 0.0.0.0 for every network', 'localhost')
    .option('--no-example', 'do not load the example series into an empty database')
    .option(
      '--trust-proxy',
      'behind a reverse proxy: believe its X-Forwarded-Proto (https makes cookies Secure) and X-Forwarded-For (the client address); also MINUTEBOOK_TRUST_PROXY=1',
    )
    .action(async (options) => (await import('./serve.command.js')).serveCommand(options, context));
  const user = program.command('user').description('accounts of people who sign in');
  user
    .command('add')
    .description('add an account; the password is asked for, or read from standard input')
    .addOption(db)
    .requiredOption('--login <login>', 'what the person signs in with')
    .requiredOption('--name <name>', 'the person’s name as it appears on pages')
    .addOption(
      new Option('--role <role>', 'what the account may do')
        .choices(['admin', 'secretariat', 'member'])
        .makeOptionMandatory(),
    )
    .option('--body <slug...>', 'the bodies a member belongs to')
    .action(async (options) => (await import('./user.command.js')).userAddCommand(options, context));
  user
    .command('change')
    .description(
      'change an account: its role, its bodies, whether it may sign in, or its password (asked for, or read from standard input)',
    )
    .addOption(db)
    .requiredOption('--login <login>', 'the account to change')
    .addOption(
      new Option('--role <role>', 'what the account may do').choices(['admin', 'secretariat', 'member']),
    )
    .option('--body <slug...>', 'the bodies a member belongs to, replacing the ones it has')
    .option('--no-bodies', 'take every body from the account')
    .option('--disable', 'stop the account signing in; its sessions end')
    .option('--enable', 'let the account sign in again')
    .option('--password', 'give the account a new password; its sessions end')
    .action(async (options) => (await import('./user.command.js')).userChangeCommand(options, context));
  user
    .command('list')
    .description('list the accounts')
    .addOption(db)
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./user.command.js')).userListCommand(options, context));
  const token = program.command('token').description('API tokens for scripts');
  token
    .command('add')
    .description('make an API token for an account and print it (it is shown only once)')
    .addOption(db)
    .requiredOption('--login <login>', 'the account the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "nightly import"')
    .action(async (options) => (await import('./user.command.js')).tokenAddCommand(options, context));
  token
    .command('list')
    .description('list an account’s API tokens: number, name, when made and last used (never the token)')
    .addOption(db)
    .requiredOption('--login <login>', 'the account whose tokens to list')
    .option('--json', 'print JSON')
    .action(async (options) => (await import('./user.command.js')).tokenListCommand(options, context));
  token
    .command('revoke')
    .description('revoke an account’s API token, by the number `token list` shows; it stops working at once')
    .addOption(db)
    .requiredOption('--login <login>', 'the account the token belongs to')
    .argument('<id>', 'the token’s number', tokenNumber)
    .action(async (id: number, options) =>
      (await import('./user.command.js')).tokenRevokeCommand({ ...options, id }, context),
    );
  program
    .command('backup')
    .description('write the whole database as one JSON file (to standard output without -o)')
    .addOption(db)
    .option('-o, --output <file>', 'the file to write')
    .action(async (options) => (await import('./backup.command.js')).backupCommand(options, context));
  program
    .command('restore')
    .description('read a backup into an empty database, of either engine')
    .argument('<file>', 'a file written by minutebook backup')
    .addOption(db)
    .action(async (file: string, options) =>
      (await import('./backup.command.js')).restoreCommand(file, options, context),
    );
  program
    .command('example')
    .description('import the example summary and show the stored meeting (what npm start runs)')
    .addOption(db)
    .action(async (options: { db?: string }) =>
      (await import('./example.command.js')).exampleCommand(options, context),
    );
  return program;
}

/** A parser of whole numbers from `min` to `max`; any other value is refused with `expected`. */
function wholeNumber(min: number, max: number, expected: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(expected);
    return n;
  };
}

const positive = wholeNumber(1, 1000, 'expected a whole number from 1 to 1000');
const port = wholeNumber(0, 65535, 'expected a port from 0 to 65535');
const natural = wholeNumber(0, Infinity, 'expected a whole number, 0 or more');

function tokenNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a token’s number, as `minutebook token list` shows it');
  return n;
}
