/** `minutebook show ID`: one meeting, or one outcome when the identifier names one (…#d1). */
import { LOCAL_OPERATOR } from '../app/access.js';
import { getMeeting, getOutcome } from '../app/meetings.js';
import { outcomeThread } from '../app/follow.js';
import type { MeetingStore } from '../app/ports.js';
import { parseCite } from '../domain/ids.js';
import { keyOf } from '../domain/text.js';
import { BODY_AS_OWNER, latestOwner, namedAtMeeting } from '../domain/thread.js';
import { withStore, type CommandContext } from './context.js';
import { printMeeting } from './print-meeting.js';

export async function showCommand(
  id: string,
  options: { db?: string; json?: boolean },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    if (parseCite(id).outcomeId !== null) {
      const { meeting, topic, outcome } = await getOutcome(store, LOCAL_OPERATOR, id);
      if (options.json) {
        context.output.out(
          JSON.stringify({ meeting: meeting.meeting, topic: topic.title, outcome }, null, 2),
        );
        return;
      }
      const m = meeting.meeting;
      context.output.out(
        [
          `${id}  ${outcome.kind.toUpperCase()}${outcome.verb === null ? '' : ` · ${outcome.verb}`}`,
          `  ${outcome.text}`,
          `  ${topic.title === null ? 'in' : `in "${topic.title}",`} ${[m.body, m.title, m.dateText ?? m.date].filter(Boolean).join(' — ')}`,
          ...(outcome.kind === 'action' ? [`  owner: ${await ownerOf(store, id, outcome.owner)}`] : []),
        ].join('\n'),
      );
      return;
    }
    const { record, version } = await getMeeting(store, LOCAL_OPERATOR, id);
    if (options.json) context.output.out(JSON.stringify({ ...record, version }, null, 2));
    else printMeeting(record, context.output);
  });
}

/** The action's owner as its page gives it: the latest its thread names, and where. */
async function ownerOf(store: MeetingStore, id: string, written: string | null): Promise<string> {
  const thread = await outcomeThread(store, LOCAL_OPERATOR, id);
  const latest = latestOwner(thread);
  if (latest === null) return BODY_AS_OWNER;
  if (written !== null && keyOf(written) === keyOf(latest.owner)) return written;
  return `${latest.owner} ${namedAtMeeting(thread[latest.at]!.date)}`;
}
