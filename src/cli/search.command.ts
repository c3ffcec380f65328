/** `minutebook search QUERY`: meetings, decisions, actions, documents and people, best first. */
import { LOCAL_OPERATOR } from '../app/access.js';
import { search } from '../app/meetings.js';
import { withStore, type CommandContext } from './context.js';

export async function searchCommand(
  query: string,
  options: { db?: string; limit: number; offset: number; json?: boolean },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const { results, total, more } = await search(store, LOCAL_OPERATOR, query, {
      limit: options.limit,
      offset: options.offset,
    });
    if (options.json) {
      context.output.out(JSON.stringify({ results, total, more }, null, 2));
      return;
    }
    const [open, close] = context.output.tty ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
    for (const r of results) {
      const snippet = r.fragments.map((f) => (f.match ? `${open}${f.text}${close}` : f.text)).join('');
      context.output.out(
        `${r.kind.padEnd(8)} ${r.ref}\n         ${r.title}${r.date === null ? '' : ` (${r.date})`}\n         ${snippet}`,
      );
    }
    context.output.err(
      `${results.length} of ${more ? 'more than ' : ''}${total} result${total === 1 ? '' : 's'}`,
    );
  });
}
