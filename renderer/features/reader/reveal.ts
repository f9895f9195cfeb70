/**
 * Bringing a sentence into view, decided frame by frame from what the reader
 * shows. In a long document the sentence's row may not be drawn, its page not
 * fetched, and every row height above it a guess until measured, so one scroll
 * to an estimated offset lands short: the reader keeps looking until the
 * sentence sits where it belongs and stays there.
 */
import type { RevealAlign } from '../../state/workspace-state';

/** A vertical extent on screen, in pixels. */
export interface Span {
  top: number;
  bottom: number;
}

/** How far the reader can scroll from where it is: up to the document's top, down to its end. */
export interface ScrollRoom {
  up: number;
  down: number;
}

/** Room kept between a revealed sentence and the view's edges. */
export const REVEAL_MARGIN = 96;

/** How many frames in a row the sentence must stay where it belongs before the reader stops checking. */
export const SETTLED_FRAMES = 2;

/** The scroll (in pixels, down positive) that puts `target` where `align` asks, 0 when it is there. */
export function revealScrollDelta(view: Span, target: Span, align: RevealAlign, room: ScrollRoom, margin = REVEAL_MARGIN): number {
  let delta: number;
  if (align === 'center') delta = (target.top + target.bottom) / 2 - (view.top + view.bottom) / 2;
  else if (align === 'start' || target.top < view.top + margin) delta = target.top - (view.top + margin);
  else if (target.bottom > view.bottom - margin) {
    // A sentence taller than the view shows its start.
    delta = Math.min(target.bottom - (view.bottom - margin), target.top - (view.top + margin));
  } else delta = 0;
  if (align !== 'center' && delta !== 0) {
    // Near the start of the document, show its start: the title above the first sentences.
    const bottomInDocument = target.bottom - view.top + room.up;
    if (bottomInDocument <= view.bottom - view.top - margin) delta = -room.up;
  }
  delta = Math.min(Math.max(delta, -room.up), room.down);
  return Math.abs(delta) < 1 ? 0 : delta;
}

/** What the reader sees this frame, as far as revealing one sentence goes. */
export interface RevealObservation {
  /** The row that holds the sentence, in the rows as cut now. */
  rowIndex: number;
  /** Whether that row shows sentences, not a placeholder for a page on its way. */
  rowLoaded: boolean;
  /** Whether the sentences around the target are still being fetched: when they arrive, the rows are cut anew. */
  fetching: boolean;
  /** Whether the list draws that row now (in view or just outside it). */
  rowDrawn: boolean;
  /** The sentence on screen, when drawn. */
  target: Span | null;
  view: Span;
  room: ScrollRoom;
  align: RevealAlign;
  /** Whether a drawn row is a placeholder: when its page arrives the rows are cut anew and may move. */
  placeholdersDrawn: boolean;
}

export type RevealStep =
  /** Nothing to do this frame: the sentences are on their way, or the rows are. */
  | { kind: 'wait' }
  /** Scroll the list to the row, by its (estimated) offset; the next frames correct it. */
  | { kind: 'scroll-to-row'; index: number }
  /** The sentence is drawn: scroll by this much, measured on screen. */
  | { kind: 'scroll-by'; delta: number }
  /** The sentence is where it belongs, and nothing on its way can move it. */
  | { kind: 'in-place' };

export function nextRevealStep(seen: RevealObservation): RevealStep {
  // Scrolling before the sentence's page is here would cut the rows anew under the view.
  if (!seen.rowLoaded && seen.fetching) return { kind: 'wait' };
  if (!seen.target) return seen.rowDrawn ? { kind: 'wait' } : { kind: 'scroll-to-row', index: seen.rowIndex };
  const delta = revealScrollDelta(seen.view, seen.target, seen.align, seen.room);
  if (delta !== 0) return { kind: 'scroll-by', delta };
  return seen.placeholdersDrawn || seen.fetching ? { kind: 'wait' } : { kind: 'in-place' };
}
