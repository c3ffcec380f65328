/** `minutebook list`: meetings, newest first. */
import { LOCAL_OPERATOR } from '../app/access.js';
import { listMeetings } from '../app/meetings.js';
import { withStore, type CommandContext } from './context.js';

export async function listCommand(
  options: { db?: string; body?: string; limit: number; offset: number; json?: boolean },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const { meetings, total } = await listMeetings(store, LOCAL_OPERATOR, {
      limit: options.limit,
      offset: options.offset,
      ...(options.body === undefined ? {} : { body: options.body }),
    });
    if (options.json) {
      context.output.out(JSON.stringify({ meetings, total }, null, 2));
      return;
    }
    for (const m of meetings) {
      const counts = `${plural(m.decisions, 'decision')}, ${plural(m.actions, 'action')}, ${m.present} present`;
      context.output.out(
        `${m.id.padEnd(28)} ${(m.date ?? '(undated)').padEnd(10)}  ${m.state.padEnd(10)} ${[m.body, m.title].filter(Boolean).join(' — ')}  [${counts}]`,
      );
    }
    context.output.err(`${meetings.length} of ${total} meeting${total === 1 ? '' : 's'}`);
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
