/** What a change changed, field by field, as the edit history and the audit trail show it. */
import type { Difference } from '../../../domain/differences.js';
import type { View } from './view.js';

/** What a change did, field by field: each value before and after. */
export function Changes(props: { view: View; differences: Difference[] }) {
  const { m } = props.view;
  if (props.differences.length === 0) return null;
  return (
    <ul class="changes">
      {props.differences.map((d) => (
        <li>
          {m.edit.subject(d.subject)}: <del>{d.saved ?? '—'}</del> → <ins>{d.yours ?? '—'}</ins>
        </li>
      ))}
    </ul>
  );
}

/** The field-by-field differences an audit entry of an edit keeps, if any. */
export function differencesOf(detail: unknown): Difference[] {
  if (typeof detail !== 'object' || detail === null || !('differences' in detail)) return [];
  const list = (detail as { differences: unknown }).differences;
  return Array.isArray(list) ? (list as Difference[]) : [];
}
