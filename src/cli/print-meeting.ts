/** A meeting record as a person reads it in a terminal. */
import type { Attendance, MeetingRecord, Outcome } from '../domain/record.js';
import { BODY_AS_OWNER } from '../domain/thread.js';
import type { Output } from './output.js';

const KIND: Record<Outcome['kind'], string> = { decision: 'DECISION', action: 'ACTION', note: 'NOTE' };

/** Prints the title block, topics and outcomes, attendance, documents and warnings. */
export function printMeeting(record: MeetingRecord, output: Output): void {
  const m = record.meeting;
  const lines: string[] = [];
  lines.push(`${m.id ?? '(no identifier)'}  ${[m.body, m.title].filter(Boolean).join(' — ')}`);
  const when = [
    m.dateText ?? m.date,
    m.timeText,
    m.start === null
      ? null
      : `(${m.start.slice(11, 16)}${m.end === null ? '' : `–${m.end.slice(11, 16)}`} UTC)`,
  ];
  lines.push(
    `  ${[when.filter(Boolean).join(' '), m.mode, m.venue, m.status === 'held' ? null : m.status, m.publication].filter(Boolean).join(' · ')}`,
  );
  if (m.purpose !== null) lines.push('', `  ${m.purpose}`);
  record.topics.forEach((topic, i) => {
    lines.push('', `${i + 1}. ${topic.title ?? '(under no item)'}`);
    for (const o of topic.outcomes) {
      const details =
        o.kind === 'action'
          ? ` (owner: ${o.owner ?? BODY_AS_OWNER}; due: ${o.due ?? o.dueText ?? '—'}; ${o.status})`
          : '';
      lines.push(
        `   ${m.id ?? ''}#${o.id}  ${KIND[o.kind]}${o.verb === null ? '' : ` · ${o.verb}`}`,
        `      ${o.text}${details}`,
      );
    }
  });
  const present = record.attendance.filter((a) => a.status === 'present').length;
  const counts = [
    `${present} present`,
    ...(['regrets', 'absent'] as const).map(
      (s) => `${record.attendance.filter((a) => a.status === s).length} ${s}`,
    ),
  ];
  lines.push('', `Attendance: ${counts.join(', ')}`);
  for (const [group, entries] of byGroup(record.attendance)) {
    lines.push(`  ${group ?? '(no group)'} (${entries.length}): ${entries.map(describe).join('; ')}`);
  }
  if (record.documents.length > 0) {
    lines.push('', 'Documents:');
    for (const d of record.documents)
      lines.push(
        `  ${d.title}${d.state === null ? '' : ` — ${d.state}`}${d.author === null ? '' : ` (by ${d.author})`}`,
      );
  }
  if (record.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of record.warnings)
      lines.push(`  ${w.line === null ? '' : `line ${w.line}: `}${w.message} [${w.code}]`);
  }
  output.out(lines.join('\n'));
}

function describe(a: Attendance): string {
  const extras = [
    a.role,
    a.status === 'present' ? null : a.status,
    a.onBehalfOf === null ? null : `for ${a.onBehalfOf}`,
    a.remote ? 'remote' : null,
  ].filter(Boolean);
  return `${a.honorific === null ? '' : `${a.honorific} `}${a.name}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

function byGroup(entries: Attendance[]): Map<string | null, Attendance[]> {
  const groups = new Map<string | null, Attendance[]>();
  for (const e of entries) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  return groups;
}
