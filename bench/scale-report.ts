/** How the scale benchmark prints its figures: one row each, beside its baseline and its bar. */

export interface Row {
  what: string;
  value: number;
  unit: 'ms' | 'MB' | 'req/s' | 'meetings/s';
  /** A range, a peak or a count that goes with the value. */
  detail?: string | undefined;
  baseline?: string | undefined;
  /** The value against the baseline's. */
  ratio?: number | undefined;
  bar?: string | undefined;
  met?: boolean | undefined;
}

/** The value at share q of the sorted values (0.5 the median). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

/** The range of values, for beside a median. */
export const spread = (values: number[]): string =>
  `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms over ${values.length}`;

const figure = (row: Row): string =>
  row.unit === 'ms' || row.unit === 'MB'
    ? `${row.value.toFixed(row.value < 10 ? 2 : 1)} ${row.unit}`
    : `${Math.round(row.value).toLocaleString('en')} ${row.unit}`;

/** The rows of one engine, each printed as it is added, so that a long run shows its progress. */
export class Report {
  readonly rows: Row[] = [];

  add(...rows: Row[]): void {
    for (const row of rows) {
      this.rows.push(row);
      printRow(row);
    }
  }
}

function printRow(row: Row): void {
  const parts = [
    `  ${row.what.padEnd(44)} ${figure(row).padStart(16)}`,
    row.detail ? `(${row.detail})` : '',
    row.baseline ? `| ${row.baseline}` : '',
    row.ratio !== undefined ? `| ratio ${row.ratio.toFixed(2)}` : '',
    row.bar ? `| bar ${row.bar}: ${row.met ? 'met' : 'not met'}` : '',
  ];
  console.log(parts.filter(Boolean).join(' '));
}

/** Each row on both engines, and PostgreSQL's figure against SQLite's (slower by that factor). */
export function printComparison(results: Map<string, Row[]>): void {
  const sqlite = results.get('SQLite');
  const postgres = results.get('PostgreSQL');
  if (sqlite === undefined || postgres === undefined) return;
  console.log('PostgreSQL against SQLite (how many times slower; rates and shares inverted)');
  for (const row of sqlite) {
    const other = postgres.find((r) => r.what.replace(/\d+ pages/, '') === row.what.replace(/\d+ pages/, ''));
    if (other === undefined) continue;
    const higherIsBetter = row.unit === 'req/s' || row.unit === 'meetings/s';
    const factor = higherIsBetter ? row.value / other.value : other.value / row.value;
    console.log(
      `  ${row.what.padEnd(44)} ${figure(row).padStart(16)} ${figure(other).padStart(16)}   ${factor.toFixed(2)} ×${factor > 2 ? '  (over 2 ×)' : ''}`,
    );
  }
  console.log('');
}
