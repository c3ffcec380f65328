// Minutes written in German, as associations (Vereine) keep them: who attended, what the board
// decided and who does what, in German words. Fixtures written here, after the shapes found in
// real minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';

const MINUTES = `# Protokoll der Vorstandssitzung vom 12.03.2025

Anwesende Vorstände: Jonas, Mira, Tobias

Gäste: Lena

Entschuldigt: Hannah

Protokoll: Mira

Beginn: 19:30 Uhr

Ende: 20:45 Uhr

## Tagesordnung

- Protokoll der letzten Sitzung
- Mitgliedsanträge
- Anfrage der Stadtbibliothek
- Raumsuche
- Finanzen

# Protokoll

## TOP 1 Protokoll der letzten Sitzung

Das Protokoll der Sitzung vom 10. Februar 2025 wird einstimmig angenommen.

## TOP 2 Mitgliedsanträge

Der Vorstand hat die Aufnahme von zwei neuen Mitgliedern beschlossen.

## TOP 3 Anfrage der Stadtbibliothek

Die Bibliothek fragt nach einem gemeinsamen Workshop. Der Vorstand findet die Idee gut. Lena antwortet der Bibliothek bis Ende März.

## TOP 4 Raumsuche

Es werden weitere Räume gesucht. Der stellvertretende Vorsitzende wird den Vermieter morgen erneut anrufen.

## TOP 5 Finanzen

Der März wird gut. Die Arbeitsgruppe Finanzen wird die Beitragsrechnungen bis Mai verschicken.
`;

describe('someone listed, named by their initials', () => {
  it('owns the task they do in the present', () => {
    const record = recordOf(`# Protokoll der Vorstandssitzung vom 13.10.2025

Teilnehmer

- Frida Lorenz
- Sven Janssen

## TOP 1 Brief an die Stadt

- FL schreibt den Entwurf für einen Brief.
- SJ schreibt das Protokoll beim Gespräch.
- XY schreibt nichts, niemand dieses Namens ist da.
`);
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes).map((o) => [o.kind, o.owner]),
      [
        ['action', 'FL'],
        ['action', 'SJ'],
        ['note', null],
      ],
    );
  });
});

describe('minutes written in German', () => {
  const record = recordOf(MINUTES);
  const outcomes = record.topics.flatMap((t) => t.outcomes);

  it('reads who attended and who sent apologies under German labels', () => {
    const status = (s: string) => record.attendance.filter((a) => a.status === s).map((a) => a.name);
    assert.deepEqual(status('present'), ['Jonas', 'Mira', 'Tobias', 'Lena']);
    assert.deepEqual(status('regrets'), ['Hannah']);
  });

  it('takes the items of the minutes for the topics, not the agenda, the minutes or the hours', () => {
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [
        'Protokoll der letzten Sitzung',
        'Mitgliedsanträge',
        'Anfrage der Stadtbibliothek',
        'Raumsuche',
        'Finanzen',
      ],
    );
    assert.equal(record.attendance.find((a) => a.name === 'Mira')?.role, 'Scribe');
  });

  it('reads what the board decided in German words', () => {
    assert.deepEqual(
      outcomes.filter((o) => o.kind === 'decision').map((o) => o.text),
      [
        'Das Protokoll der Sitzung vom 10. Februar 2025 wird einstimmig angenommen.',
        'Der Vorstand hat die Aufnahme von zwei neuen Mitgliedern beschlossen.',
      ],
    );
  });

  it('reads a task in the present by someone present, and one with its verb last, with who does it', () => {
    assert.deepEqual(
      outcomes.filter((o) => o.kind === 'action').map((o) => o.owner),
      ['Lena', 'stellvertretende Vorsitzende', 'Arbeitsgruppe Finanzen'],
    );
  });

  it('reads no task where nothing is to be done: a forecast, or a passive with no one named', () => {
    const notes = outcomes.filter((o) => o.kind === 'note').map((o) => o.text);
    assert.ok(notes.some((t) => t.startsWith('Es werden weitere Räume gesucht.')));
    assert.ok(notes.some((t) => t.startsWith('Der März wird gut.')));
  });
});
