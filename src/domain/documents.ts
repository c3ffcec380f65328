/**
 * How a document moves: each meeting that names it may give it a state ("the Panel endorsed
 * the draft …"), and the body's flow says which way states may go. A state further along the
 * flow is applied (steps may be skipped: a draft is often endorsed without a recorded review);
 * one that would move the document back, or that the flow does not know, is flagged and not
 * applied, so a summary that calls an endorsed text "the draft" does not undo the endorsement.
 */
import { DOCUMENT_STATES, type DocumentState } from './record.js';

/** The usual flow: planned → draft → under review → endorsed → finalized → published. */
export const DEFAULT_DOCUMENT_FLOW: readonly DocumentState[] = DOCUMENT_STATES;

/** What one meeting said of a document. */
export interface DocumentStep {
  meetingId: string;
  date: string | null;
  /** The state the meeting gave the document, or null when it only named it. */
  given: DocumentState | null;
  /** An action of the meeting that names the document is done: a planned document was made. */
  produced?: boolean;
}

export type StepFlag =
  { code: 'backwards'; from: DocumentState; to: DocumentState } | { code: 'not-in-flow'; to: DocumentState };

export interface AppliedStep extends DocumentStep {
  /** The document's state after this meeting. */
  state: DocumentState | null;
  /** Whether this meeting moved the document. */
  moved: boolean;
  flag: StepFlag | null;
}

/** Applies a document's steps, oldest first, under a flow; returns each step and the state reached. */
export function applyDocumentSteps(
  steps: readonly DocumentStep[],
  flow: readonly DocumentState[] = DEFAULT_DOCUMENT_FLOW,
): { steps: AppliedStep[]; state: DocumentState | null } {
  let state: DocumentState | null = null;
  const applied = steps.map((step): AppliedStep => {
    const given = step.given === 'planned' && step.produced === true ? madeFrom(flow) : step.given;
    if (given === null || given === state) return { ...step, state, moved: false, flag: null };
    const to = flow.indexOf(given);
    if (to === -1) return { ...step, state, moved: false, flag: { code: 'not-in-flow', to: given } };
    if (state !== null && to < flow.indexOf(state))
      return { ...step, state, moved: false, flag: { code: 'backwards', from: state, to: given } };
    state = given;
    return { ...step, state, moved: true, flag: null };
  });
  return { steps: applied, state };
}

/** The state a planned document is in once made: the one after "planned" in the flow. */
function madeFrom(flow: readonly DocumentState[]): DocumentState {
  const at = flow.indexOf('planned');
  return (at === -1 ? undefined : flow[at + 1]) ?? 'planned';
}

/**
 * Reads a flow as a person writes it ("draft, endorsed, published"): known states, each once,
 * at least two. Returns the flow or what is wrong with it.
 */
export function parseDocumentFlow(text: string): { flow: DocumentState[] } | { error: string } {
  const names = text
    .split(/\s*(?:,|→|->|>)\s*/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const flow: DocumentState[] = [];
  for (const name of names) {
    const state = DOCUMENT_STATES.find((s) => s === name);
    if (state === undefined)
      return { error: `"${name}" is not a document state (${DOCUMENT_STATES.join(', ')})` };
    if (flow.includes(state)) return { error: `"${name}" is named twice` };
    flow.push(state);
  }
  if (flow.length < 2) return { error: 'a flow needs at least two states' };
  return { flow };
}
