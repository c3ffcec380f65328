// The audit trail's CSV export: what was typed by someone else (a login tried at sign-in, a
// reason, a subject) never becomes a formula in the spreadsheet that opens it. Both engines.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { describeOn, engines } from '../../test/support/stores.js';
import { LOCAL_OPERATOR } from './access.js';
import { auditCsv, exportAudit } from './audit.js';
import type { MeetingStore, StoredAuditEntry } from './ports.js';

/** The rows of a CSV text (quoted cells with doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) cell += char;
    else if (char === ',') endCell();
    else if (char === '\n') endRow();
    else if (char !== '\r') cell += char;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

const entry = (cells: Partial<StoredAuditEntry>): StoredAuditEntry => ({
  id: 1,
  at: '2026-01-02T03:04:05.000Z',
  actorId: null,
  actor: 'system',
  action: 'sign-in-failed',
  subject: null,
  reason: null,
  detail: null,
  ...cells,
});

describe('the audit trail as CSV', () => {
  it('puts a quote before every cell a spreadsheet would read as a formula', () => {
    const openers = ['=', '+', '-', '@', '\t', '\r'];
    const csv = auditCsv(
      openers.map((opener, i) =>
        entry({ id: i + 1, subject: `${opener}HYPERLINK("https://evil.example")`, reason: `${opener}1+1` }),
      ),
    );
    const rows = parseCsv(csv).slice(1);
    assert.equal(rows.length, openers.length);
    rows.forEach((row, i) => {
      assert.equal(row[4], `'${openers[i]}HYPERLINK("https://evil.example")`);
      assert.equal(row[5], `'${openers[i]}1+1`);
    });
  });

  it('leaves other cells as they are', () => {
    const rows = parseCsv(
      auditCsv([
        entry({ actor: 'Ada', subject: 'igf-lp/2024-11-01', reason: 'a 1=1 typo', detail: { a: 1 } }),
      ]),
    );
    assert.deepEqual(rows[1], [
      '1',
      '2026-01-02T03:04:05.000Z',
      'Ada',
      'sign-in-failed',
      'igf-lp/2024-11-01',
      'a 1=1 typo',
      '{"a":1}',
    ]);
  });
});

for (const engine of engines) {
  describeOn(engine, `the audit trail exported from ${engine.name}`, (context) => {
    let store: MeetingStore;
    before(() => {
      store = context.store();
    });

    it('neutralises a formula recorded in the trail', async () => {
      await store.appendAudit([
        {
          actor: null,
          action: 'sign-in-failed',
          subject: '=cmd|" /C calc"!A0',
          reason: '@SUM(A1)',
          detail: {},
        },
      ]);
      const rows = parseCsv(auditCsv(await exportAudit(store, LOCAL_OPERATOR)));
      const row = rows.find((r) => r[3] === 'sign-in-failed')!;
      assert.equal(row[4], `'=cmd|" /C calc"!A0`);
      assert.equal(row[5], `'@SUM(A1)`);
    });
  });
}
